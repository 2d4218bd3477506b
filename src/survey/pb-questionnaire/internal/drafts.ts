import type { Answers, Draft, SubmissionRequest } from '../../../api/types.js';
import { randomId } from '../../../api/keys.js';

/**
 * A member's work on one questionnaire as kept on the device (IndexedDB). Beside what the
 * server's draft holds, it keeps what only this device knows: the submit's idempotency key
 * (created once, so every retry, reload or double click submits the same response), the
 * submission while it waits to be sent, the attempt's deadline and the clock difference.
 */
export interface LocalDraft {
  answers: Answers;
  pageIndex: number;
  /** The step the member was on (page id, or question id one-at-a-time). */
  stepKey: string | null;
  attemptId: string | null;
  /** The timed attempt's deadline, from the server. */
  deadline: string | null;
  /** Server clock minus this device's clock, estimated when the attempt started. */
  skewMs: number;
  /** This device's time of the last change. */
  updatedAt: number;
  /** `updatedAt` of the last server draft this one was in step with. */
  serverUpdatedAt: string | null;
  /** Changed since the server last confirmed a draft. */
  dirty: boolean;
  /** The `Idempotency-Key` of this response's submission. */
  submitKey: string;
  /** The submission, exactly as first sent, while it waits for the server's answer. */
  pending: SubmissionRequest | null;
}

/** A fresh draft at `now` (this device's time) with its own submission key. */
export function newDraft(now: number, submitKey = randomId()): LocalDraft {
  return {
    answers: {},
    pageIndex: 0,
    stepKey: null,
    attemptId: null,
    deadline: null,
    skewMs: 0,
    updatedAt: now,
    serverUpdatedAt: null,
    dirty: false,
    submitKey,
    pending: null,
  };
}

/** The device's record for this member and questionnaire on this backend. */
export function draftKey(namespace: string, questionnaireId: string): string {
  return `${namespace}|${questionnaireId}`;
}

function adopt(local: LocalDraft | undefined, server: Draft, now: number): LocalDraft {
  const keep = local ?? newDraft(now);
  const sameAttempt = keep.attemptId === server.attemptId;
  return {
    ...keep,
    answers: server.answers,
    pageIndex: server.pageIndex,
    stepKey: sameAttempt ? keep.stepKey : null,
    attemptId: server.attemptId,
    deadline: sameAttempt ? keep.deadline : null,
    updatedAt: now,
    serverUpdatedAt: server.updatedAt,
    dirty: false,
  };
}

/**
 * The newer of the device's draft and the server's. The device wins while it has a
 * submission waiting, and when it has changes the server has not seen and the server's
 * draft has not moved since they were last in step; if both changed (another device),
 * the later change wins, on the server's clock.
 */
export function pickDraft(local: LocalDraft | undefined, server: Draft | null, now: number): LocalDraft {
  if (!server) return local ?? newDraft(now);
  if (!local) return adopt(undefined, server, now);
  if (local.pending) return local;
  const serverMoved = local.serverUpdatedAt === null || Date.parse(server.updatedAt) > Date.parse(local.serverUpdatedAt);
  if (!local.dirty) return serverMoved ? adopt(local, server, now) : local;
  if (!serverMoved) return local;
  return local.updatedAt + local.skewMs >= Date.parse(server.updatedAt) ? local : adopt(local, server, now);
}
