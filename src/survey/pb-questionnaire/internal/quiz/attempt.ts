import { expectAnswers } from '../../../../api/answers.js';
import type { Backend } from '../../../../api/backend.js';
import { PbError } from '../../../../api/errors.js';
import { randomId } from '../../../../api/keys.js';
import { startAttempt as attemptShape } from '../../../../contract/shapes/Attempt.gen.js';
import type { Locale } from '../../../../i18n/locale.js';
import { coreStrings } from '../../../../i18n/strings.js';
import { describeError } from '../../../../shared/error-text.js';
import { clockSkew } from '../countdown.js';
import { newDraft, type LocalDraft } from '../drafts.js';
import type { Loaded, Timed } from '../loaded.js';
import type { Request } from '../machine.js';
import type { Definition } from '../shapes.js';
import { quizStrings } from './strings/index.js';

type Attempt = NonNullable<Definition['mine']['attempt']>;

expectAnswers({ startAttempt: attemptShape });

/** How far apart the server's and this device's "now" may be before the estimate is ignored. */
const SKEW_TRUST_MS = 60_000;

/**
 * This device's clock offset from an attempt the server sent while a request was under
 * way. The server's time on the answer (`serverTime`) is the truth; backends that do not
 * send it stamp only `startedAt`, which is "now" on the server only for a new attempt (an
 * attempt resumed from another device started earlier, and its offset says nothing).
 */
function skewOf(attempt: Attempt, sentAt: number, receivedAt: number): number {
  const estimate = clockSkew(attempt.serverTime ?? attempt.startedAt, sentAt, receivedAt);
  return attempt.serverTime || Math.abs(estimate) <= SKEW_TRUST_MS ? estimate : 0;
}

/**
 * Starts a timed attempt and returns what the draft keeps of it: the server fixes the
 * deadline, the device estimates its clock's offset. `resumed`: the server answered with
 * an attempt started before (on another device, after this page loaded); the draft then
 * takes the answers saved on the server for it. Without a backend the deadline is the
 * device's own.
 */
export async function startAttempt(host: { readonly backend: Backend }, loaded: Loaded): Promise<{ patch: Partial<LocalDraft>; resumed?: true }> {
  const { definition } = loaded;
  if (!loaded.server) return { patch: { deadline: new Date(Date.now() + definition.timeLimitSeconds! * 1000).toISOString(), skewMs: 0 } };
  const { backend } = host;
  const sentAt = Date.now();
  const attempt = await backend.startAttempt(definition.id, { idempotencyKey: randomId() });
  const patch: Partial<LocalDraft> = { attemptId: attempt.id, deadline: attempt.deadline, skewMs: skewOf(attempt, sentAt, Date.now()) };
  if (attempt.serverTime && Date.parse(attempt.startedAt) < Date.parse(attempt.serverTime)) {
    const draft = await backend.getDraft(definition.id).catch(() => null);
    if (draft?.attemptId === attempt.id) Object.assign(patch, { answers: draft.answers, pageIndex: draft.pageIndex, serverUpdatedAt: draft.updatedAt });
    return { patch, resumed: true };
  }
  return { patch };
}

/** Starts the attempt Start asked for and sends in what came of it: `started`, or `start-failed`. */
export function askAttempt(host: { readonly backend: Backend }, loaded: Loaded, send: (request: Request) => void): void {
  startAttempt(host, loaded).then(
    ({ patch, resumed }) => send({ type: 'started', patch, resumed }),
    (error: unknown) => send({ type: 'start-failed', error }),
  );
}

/**
 * The draft with the member's running attempt, as the server tells it on the definition's
 * read (`mine.attempt`, started on any device): its id, deadline and this device's clock
 * offset, from the server's time and the read's round trip (`timing`). Answers kept for
 * another attempt are not this one's; a draft of an attempt the server no longer has open
 * (submitted on another device) is dropped. Backends that do not send `mine.attempt` are
 * asked through `startAttempt` when the draft names an attempt whose deadline this device
 * does not know. `elsewhere`: this device did not know the attempt.
 */
export async function runningAttempt(
  backend: Backend,
  definition: Definition,
  draft: LocalDraft,
  server: boolean,
  timing: Omit<Timed, 'value'> | undefined,
  signal: AbortSignal,
): Promise<{ draft: LocalDraft; elsewhere: boolean }> {
  // Left out by backends older than the contract's running attempts.
  let attempt = definition.mine.attempt;
  let read = timing;
  if (attempt === undefined) {
    if (!server || !draft.attemptId || draft.deadline) return { draft, elsewhere: false };
    const sentAt = Date.now();
    attempt = await backend.startAttempt(definition.id, { idempotencyKey: randomId(), signal });
    read = { sentAt, receivedAt: Date.now() };
  }
  if (!attempt) return { draft: draft.attemptId ? newDraft(Date.now()) : draft, elsewhere: false };
  const ours = draft.attemptId === attempt.id;
  const known = ours && draft.deadline !== null;
  // A resumed attempt's `startedAt` says nothing about clocks: only the server's time does.
  const skewMs = read && attempt.serverTime ? clockSkew(attempt.serverTime, read.sentAt, read.receivedAt) : ours ? draft.skewMs : 0;
  return { draft: { ...(ours ? draft : newDraft(Date.now())), attemptId: attempt.id, deadline: attempt.deadline, skewMs }, elsewhere: !known };
}

/** Why an attempt did not start, in the member's words: offline says to try again once connected. */
export function startError(locale: Locale, error: unknown): string {
  return error instanceof PbError && error.retryable ? quizStrings(locale).startOffline : describeError(coreStrings(locale), error).message;
}
