/**
 * What a request's status allows and what it shows, without DOM: the member's voice, the
 * line each status shows, the day in China, the filters' values. The server owns these
 * rules (it refuses what it does not allow); the widget mirrors them only to offer what can
 * succeed. The secretary's answers are in `branch/answer-rules.ts`.
 */
import type { CourseRequest, CourseRequestStatus, Member, MemberGroup } from '../../../api/types.js';
import { CourseRequestStatus as statusShape } from '../../../contract/shapes/CourseRequestStatus.gen.js';
import { MemberCategory as categoryShape } from '../../../contract/shapes/MemberCategory.gen.js';
import { MemberGroup as groupShape } from '../../../contract/shapes/MemberGroup.gen.js';

/** A dues category (`Member.category`), which the branch view can count demand by. */
export type MemberCategory = Member['category'];

/** The filters' values: the contract's lists, in its order (its shapes are `'received|planned|…'`). */
export const requestStatusList = statusShape.split('|') as readonly CourseRequestStatus[];
export const memberGroups = groupShape.split('|') as readonly MemberGroup[];
export const memberCategories = categoryShape.split('|') as readonly MemberCategory[];

/** Open: the branch has not answered for good (voices may still come and go). */
export const isOpen = (status: CourseRequestStatus): boolean => status === 'received' || status === 'planned';

/** Voices change only while a request is open (`course-request-closed` otherwise). */
export const canVoice = isOpen;

/** The day it is in China (UTC+8), `YYYY-MM-DD`: the server's calendar for `plannedOn` and `createdOn`. */
export function chinaDay(now: number = Date.now()): string {
  return new Date(now + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The parts of a status line: a day, a course, a reason or a request, as the status has them. */
export type StatusLine =
  | { status: 'received'; day: string }
  | { status: 'planned'; day: string | null }
  | { status: 'available'; course: { id: string; title: string } | null }
  | { status: 'declined'; reason: string }
  | { status: 'merged'; into: { id: string; title: string } | null };

/** What the status line says for a request, from the fields its status fills. */
export function statusLine(request: CourseRequest): StatusLine {
  switch (request.status) {
    case 'planned':
      return { status: 'planned', day: request.plannedOn };
    case 'available':
      return { status: 'available', course: request.course };
    case 'declined':
      return { status: 'declined', reason: request.declineReason ?? '' };
    case 'merged':
      return { status: 'merged', into: request.mergedInto };
    default:
      return { status: 'received', day: request.createdOn };
  }
}
