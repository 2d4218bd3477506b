/**
 * The list a member sees: the server's requests with this page's writes laid over them
 * until the server's next answer says the same. A voice waiting in the outbox shows at
 * once (pressed, the count moved by one); a request asked offline shows first, marked as
 * waiting; an answer the server gave since the list loaded replaces the row in place, so
 * nothing jumps under the member's finger. No DOM: tested as data.
 */
import type { CourseRequest, CourseRequestCreate, CourseRequestStatus } from '../../../api/types.js';

/** A request as shown: `pending` while a write about it waits to be confirmed. */
export type ShownRequest = CourseRequest & { pending?: boolean };

export interface Overlays {
  /** Voices waiting in the outbox: request id → the state asked for. */
  voices: ReadonlyMap<string, boolean>;
  /** Rows the server answered with since the list loaded (a voice, a plan), by id. */
  answered: ReadonlyMap<string, CourseRequest>;
  /** Requests confirmed since the list loaded, newest first: shown above it. */
  created: readonly CourseRequest[];
  /** Requests asked but not yet confirmed, newest first, by the key they were queued with. */
  asking: ReadonlyArray<{ key: string; draft: CourseRequestCreate; day: string }>;
  /** Secretaries' answers waiting in the outbox, by request id. */
  answering: ReadonlySet<string>;
}

export const noOverlays: Overlays = { voices: new Map(), answered: new Map(), created: [], asking: [], answering: new Set() };

export interface ListFilter {
  status: CourseRequestStatus | '';
  mine: boolean;
}

/** Whether a request belongs in a list filtered by status and "mine". */
export function matches(request: CourseRequest, filter: ListFilter): boolean {
  return (!filter.status || request.status === filter.status) && (!filter.mine || request.mine.asked || request.mine.voiced);
}

/** A request asked on this page and not yet confirmed, shaped as the server will show it. */
export function askedRequest(key: string, draft: CourseRequestCreate, day: string): ShownRequest {
  return {
    id: `pending:${key}`,
    branchId: '',
    title: draft.title,
    details: draft.details ?? '',
    category: draft.category,
    topic: draft.category,
    anonymous: draft.anonymous,
    requester: null,
    status: 'received',
    revision: 0,
    createdOn: day,
    statusChangedAt: null,
    plannedOn: null,
    course: null,
    declineReason: null,
    mergedInto: null,
    voices: 1,
    demand: { voices: 1, answers: 0, total: 1 },
    mine: { asked: true, voiced: true, unread: false },
    pending: true,
  };
}

/** A voice laid over a request: pressed or not, and the counts moved by one when that changes them. */
export function withVoice(request: CourseRequest, voiced: boolean): ShownRequest {
  if (request.mine.voiced === voiced) return { ...request, pending: true };
  const step = voiced ? 1 : -1;
  return {
    ...request,
    voices: Math.max(0, request.voices + step),
    demand: { ...request.demand, voices: Math.max(0, request.demand.voices + step), total: Math.max(0, request.demand.total + step) },
    mine: { ...request.mine, voiced },
    pending: true,
  };
}

/**
 * The rows to show: waiting and newly confirmed requests first (when the filter takes
 * them), then the server's, each with what waits for it. A server row stays even when a
 * change of this page takes it out of the filter (a voice withdrawn under "mine"): rows
 * vanish on the next load, not under the member's finger.
 */
export function showRequests(items: readonly CourseRequest[], overlays: Overlays, filter: ListFilter): ShownRequest[] {
  const listed = new Set(items.map((r) => r.id));
  const fresh = overlays.created.filter((r) => !listed.has(r.id));
  const asked = overlays.asking.map((a) => askedRequest(a.key, a.draft, a.day));
  return [...[...asked, ...fresh].filter((r) => matches(r, filter)), ...items].map((request): ShownRequest => {
    const current = overlays.answered.get(request.id) ?? request;
    const voice = overlays.voices.get(current.id);
    if (voice !== undefined) return withVoice(current, voice);
    return overlays.answering.has(current.id) ? { ...current, pending: true } : current;
  });
}

/** The changes shown as unread that have not been marked seen yet: `{id, revision}` as the member saw them. */
export function unseen(shown: readonly CourseRequest[], marked: ReadonlySet<string>): Array<{ id: string; revision: number }> {
  return shown.filter((r) => r.mine.unread && !marked.has(`${r.id}@${r.revision}`)).map((r) => ({ id: r.id, revision: r.revision }));
}
