/**
 * Course requests (点单): what a new request holds, which status changes the branch may
 * make and what each needs, which requests take voices, and how close two titles are. Pure.
 */
import { COURSE_REQUEST_STATUSES, type CourseRequestStatus } from '../shared-contract';
import { dayOf } from './calendar';
import type { FieldError, FieldErrorCode } from './field-errors';
import { isCalendarDay } from './study-plan';

export const REQUEST_STATUSES = COURSE_REQUEST_STATUSES;
export type RequestStatus = CourseRequestStatus;

export interface CourseRequestRecord {
  id: string;
  branchId: string;
  title: string;
  details: string;
  category: string;
  topic: string;
  anonymous: boolean;
  /** Null when anonymous. */
  authorId: string | null;
  /** Anonymous only: the keyed hash of request and requester. */
  authorTag: string | null;
  status: RequestStatus;
  revision: number;
  createdOn: string;
  statusChangedAt: number | null;
  plannedOn: string | null;
  courseId: string | null;
  declineReason: string | null;
  mergedInto: string | null;
}

export interface NewRequestInput {
  title: string;
  details?: string;
  category: string;
  anonymous: boolean;
}

/** A title says what is asked for: at least two characters besides spaces. */
export function titleError(title: string): FieldError | null {
  return [...title.trim().replace(/\s+/gu, '')].length < 2 ? { pointer: '/title', code: 'too-short', detail: 'must have at least 2 characters besides spaces' } : null;
}

/** A request asks for a course in one of the catalog's categories. */
export function categoryError(category: string, categories: ReadonlySet<string>): FieldError | null {
  return categories.has(category) ? null : { pointer: '/category', code: 'not-an-option', detail: `is not a course category (${[...categories].join('、')})` };
}

/**
 * A new request, received. Its topic starts as its category. An anonymous one names its
 * requester only through `tag` (the keyed hash), and carries the day only: a time would
 * point at whoever was online then.
 */
export function newCourseRequest(id: string, input: NewRequestInput, member: { id: string; branchId: string }, tag: string, now: number): CourseRequestRecord {
  return {
    id,
    branchId: member.branchId,
    title: input.title.trim(),
    details: (input.details ?? '').trim(),
    category: input.category,
    topic: input.category,
    anonymous: input.anonymous,
    authorId: input.anonymous ? null : member.id,
    authorTag: input.anonymous ? tag : null,
    status: 'received',
    revision: 0,
    createdOn: dayOf(now),
    statusChangedAt: null,
    plannedOn: null,
    courseId: null,
    declineReason: null,
    mergedInto: null,
  };
}

export interface StatusChange {
  status: Exclude<RequestStatus, 'received'>;
  plannedOn?: string;
  courseId?: string;
  reason?: string;
  mergedInto?: string;
  topic?: string;
}

/** What each status needs, and takes (besides `topic`). */
const CHANGE_FIELD = { planned: 'plannedOn', available: 'courseId', declined: 'reason', merged: 'mergedInto' } as const;

/** What is wrong with a change as written, before any record is looked at. */
export function changeShapeErrors(change: StatusChange): FieldError[] {
  const errors: FieldError[] = [];
  const needed = CHANGE_FIELD[change.status];
  if (change[needed] === undefined) errors.push({ pointer: `/${needed}`, code: 'required', detail: `is required when status is ${change.status}` });
  for (const field of Object.values(CHANGE_FIELD)) {
    if (field !== needed && change[field] !== undefined) errors.push({ pointer: `/${field}`, code: 'not-allowed', detail: `is not taken when status is ${change.status}` });
  }
  if (change.plannedOn !== undefined && !isCalendarDay(change.plannedOn)) errors.push({ pointer: '/plannedOn', code: 'not-a-date', detail: 'is not a day of the calendar' });
  if (change.reason !== undefined && change.reason.trim().length < 2) errors.push({ pointer: '/reason', code: 'too-short', detail: 'must have at least 2 characters besides spaces' });
  if (change.topic !== undefined && !change.topic.trim()) errors.push({ pointer: '/topic', code: 'blank', detail: 'must not be blank' });
  return errors;
}

export type ChangeOutcome =
  /** The move is not allowed from the request's status (409). */
  | { refused: 'transition'; detail: string }
  /** The change names something that is not there or not fitting (422). */
  | { refused: 'invalid'; error: FieldError }
  /** The request after the change; for a merge, the target too (with the new topic, if one was given). */
  | { refused: null; next: CourseRequestRecord; target: CourseRequestRecord | null };

/**
 * A well-formed change (changeShapeErrors) applied to request `r`. `target` is the request
 * a merge names, as found (null when missing); `courseExists` whether the course an
 * `available` change names is in the catalog.
 */
export function applyStatusChange(
  r: CourseRequestRecord,
  change: StatusChange,
  now: number,
  found: { target: CourseRequestRecord | null; courseExists: boolean },
): ChangeOutcome {
  if (!canMove(r.status, change.status)) return { refused: 'transition', detail: `The request is ${r.status}: it cannot become ${change.status}.` };
  const invalid = (pointer: string, code: FieldErrorCode, detail: string): ChangeOutcome => ({ refused: 'invalid', error: { pointer, code, detail } });
  const next: CourseRequestRecord = { ...r, status: change.status, revision: r.revision + 1, statusChangedAt: now };
  if (change.topic !== undefined && change.status !== 'merged') next.topic = change.topic.trim();
  if (change.status === 'planned') {
    if (change.plannedOn! < dayOf(now)) return invalid('/plannedOn', 'in-the-past', `is before today (${dayOf(now)})`);
    next.plannedOn = change.plannedOn!;
  } else if (change.status === 'available') {
    if (!found.courseExists) return invalid('/courseId', 'not-found', 'is not a course of the catalog');
    next.courseId = change.courseId!;
  } else if (change.status === 'declined') {
    next.declineReason = change.reason!.trim();
  } else {
    const target = found.target;
    if (!target || target.branchId !== r.branchId) return invalid('/mergedInto', 'not-found', 'is not a request of this branch');
    if (target.id === r.id) return invalid('/mergedInto', 'conflict', 'is the request itself');
    if (!canReceiveMerge(target.status)) return invalid('/mergedInto', 'conflict', `is ${target.status}: merge into a received, planned or available request`);
    next.mergedInto = target.id;
    return { refused: null, next, target: change.topic !== undefined ? { ...target, topic: change.topic.trim() } : target };
  }
  return { refused: null, next, target: null };
}

/**
 * Allowed moves. `planned → planned` is a new date; available, declined and merged are
 * final (a declined need asked again is a new request, which the similarity check finds).
 */
const TRANSITIONS: Record<RequestStatus, readonly RequestStatus[]> = {
  received: ['planned', 'available', 'declined', 'merged'],
  planned: ['planned', 'available', 'declined', 'merged'],
  available: [],
  declined: [],
  merged: [],
};

export function canMove(from: RequestStatus, to: RequestStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Voices are added and withdrawn only while the branch has not answered for good. */
export function takesVoices(status: RequestStatus): boolean {
  return status === 'received' || status === 'planned';
}

/** A request others may be merged into: not declined, not itself merged away. */
export function canReceiveMerge(status: RequestStatus): boolean {
  return status === 'received' || status === 'planned' || status === 'available';
}

/** Listing order: open requests first, then those answered. */
export const STATUS_ORDER: Record<RequestStatus, number> = { received: 0, planned: 0, available: 1, declined: 2, merged: 3 };

/** Titles at least this similar are offered as near duplicates. */
export const SIMILARITY_THRESHOLD = 0.5;

/**
 * The title as compared: NFKC (full-width letters and digits become ASCII), lower case,
 * without spaces and punctuation, so 《党史》学习 and 党史 学习 are the same text.
 */
export function normalizeTitle(title: string): string {
  return title.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** The set of adjacent character pairs; a one-character text is its own "pair". */
export function bigrams(text: string): Set<string> {
  const chars = [...normalizeTitle(text)];
  if (chars.length === 1) return new Set(chars);
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

function sharedBigrams(a: string, b: string): { shared: number; x: number; y: number } {
  const x = bigrams(a);
  const y = bigrams(b);
  let shared = 0;
  for (const pair of x) if (y.has(pair)) shared += 1;
  return { shared, x: x.size, y: y.size };
}

/**
 * How close two titles are, 0–1: the bigrams they share ÷ the bigrams of the shorter one
 * (overlap coefficient), so a short title inside a longer one scores high (智能手机使用 ~
 * 智能手机常用功能培训: 3 of 5, 0.6). Sharing a single bigram (培训, 党员) is chance, not a
 * duplicate: at least two must be shared, unless the shorter title has only one. Bigrams
 * need no word segmentation, so this works for Chinese as for English.
 */
export function titleSimilarity(a: string, b: string): number {
  const { shared, x, y } = sharedBigrams(a, b);
  const shorter = Math.min(x, y);
  if (shorter === 0 || shared < Math.min(2, shorter)) return 0;
  return Math.round((shared / shorter) * 100) / 100;
}

/** Dice coefficient of the bigrams: ranks equally close titles by how alike their lengths are. */
export function titleDice(a: string, b: string): number {
  const { shared, x, y } = sharedBigrams(a, b);
  return x + y ? (2 * shared) / (x + y) : 0;
}
