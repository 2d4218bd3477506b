/**
 * The secretary's answer to a request, without DOM: which answers a status allows, the
 * requests a duplicate may be merged into, the one field each answer needs
 * (a day for a plan, a course to link, a reason to decline, a request to merge into),
 * checked before it is sent, and the change the server receives. The server checks again
 * and owns the moves (`status-transition`, `invalid-course-request`).
 */
import type { CourseRequest, CourseRequestStatus, CourseRequestStatusChange } from '../../../../api/types.js';
import { isOpen } from '../request-status.js';

/** The secretary's answers: plan, link a course (available), decline, merge. */
export type Answer = 'planned' | 'available' | 'declined' | 'merged';
const answerKinds: readonly Answer[] = ['planned', 'available', 'declined', 'merged'];

/** What the secretary may still answer: every answer while open; nothing once final (planned may be planned again, another day). */
export const answersFor = (status: CourseRequestStatus): readonly Answer[] => (isOpen(status) ? answerKinds : []);

/** Requests a duplicate may be merged into: another of the branch that is open or available. */
export function mergeTargets(request: Pick<CourseRequest, 'id'>, all: readonly CourseRequest[]): CourseRequest[] {
  return all.filter((other) => other.id !== request.id && (isOpen(other.status) || other.status === 'available'));
}

export const REASON_MAX = 200;

export interface AnswerDraft {
  kind: Answer;
  plannedOn: string;
  courseId: string;
  reason: string;
  mergedInto: string;
  /** The request's topic as typed; sent only when it differs from `currentTopic`. */
  topic: string;
}

export type AnswerProblem =
  | { field: 'plannedOn'; rule: 'missing' | 'past' }
  | { field: 'courseId'; rule: 'missing' }
  | { field: 'reason'; rule: 'short' | 'long' }
  | { field: 'mergedInto'; rule: 'missing' };

export const draftFor = (kind: Answer, topic: string, plannedOn = ''): AnswerDraft => ({ kind, plannedOn, courseId: '', reason: '', mergedInto: '', topic });

/** The problems of an answer on the day `today` (`YYYY-MM-DD`, China): empty when it can be sent. */
export function answerProblems(draft: AnswerDraft, today: string): AnswerProblem[] {
  switch (draft.kind) {
    case 'planned':
      if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.plannedOn)) return [{ field: 'plannedOn', rule: 'missing' }];
      // Day strings of one form compare as days.
      return draft.plannedOn < today ? [{ field: 'plannedOn', rule: 'past' }] : [];
    case 'available':
      return draft.courseId ? [] : [{ field: 'courseId', rule: 'missing' }];
    case 'declined': {
      const reason = [...draft.reason.trim()].length;
      return reason < 2 ? [{ field: 'reason', rule: 'short' }] : reason > REASON_MAX ? [{ field: 'reason', rule: 'long' }] : [];
    }
    default:
      return draft.mergedInto ? [] : [{ field: 'mergedInto', rule: 'missing' }];
  }
}

/** The change the server receives: the status, its one field, and the topic when the secretary changed it. */
export function toChange(draft: AnswerDraft, currentTopic: string): CourseRequestStatusChange {
  const topic = draft.topic.trim();
  const extra = topic && topic !== currentTopic ? { topic } : {};
  switch (draft.kind) {
    case 'planned':
      return { status: 'planned', plannedOn: draft.plannedOn, ...extra };
    case 'available':
      return { status: 'available', courseId: draft.courseId, ...extra };
    case 'declined':
      return { status: 'declined', reason: draft.reason.trim(), ...extra };
    default:
      return { status: 'merged', mergedInto: draft.mergedInto, ...extra };
  }
}
