import { describeOperation } from '../../../api/client.js';
import { PbError } from '../../../api/errors.js';
import { randomId } from '../../../api/keys.js';
import { expectShape } from '../../../api/shape.js';
import type { Locale } from '../../../i18n/locale.js';
import { coreStrings } from '../../../i18n/strings.js';
import { describeError } from '../../../shared/error-text.js';
import { clockSkew } from '../countdown.js';
import type { LocalDraft } from '../drafts.js';
import type { Loaded } from '../load.js';
import type { PbQuestionnaire } from '../pb-questionnaire.js';
import { attemptShape } from '../shapes.js';
import { quizStrings } from './quiz-strings.js';

/** How far apart the server's and this device's "now" may be before the estimate is ignored. */
const SKEW_TRUST_MS = 60_000;

/**
 * Starts a timed attempt and returns what the draft keeps of it: the server fixes the
 * deadline, the device estimates its clock's offset. Without a backend the deadline is
 * the device's own.
 */
export async function startAttempt(host: PbQuestionnaire, loaded: Loaded): Promise<Partial<LocalDraft>> {
  const { definition } = loaded;
  if (!loaded.server) return { deadline: new Date(Date.now() + definition.timeLimitSeconds! * 1000).toISOString(), skewMs: 0 };
  const sentAt = Date.now();
  const answer = await host.backend.startAttempt(definition.id, { idempotencyKey: randomId() });
  const attempt = expectShape(attemptShape, answer, describeOperation(host.settings, 'startAttempt'));
  // `startedAt` is "now" on the server only for a new attempt; an attempt resumed from
  // another device started earlier, and its offset says nothing about clocks.
  const estimate = clockSkew(attempt.startedAt, sentAt, Date.now());
  return { attemptId: attempt.id, deadline: attempt.deadline, skewMs: Math.abs(estimate) <= SKEW_TRUST_MS ? estimate : 0 };
}

/** Why an attempt did not start, in the member's words: offline says to try again once connected. */
export function startError(locale: Locale, error: unknown): string {
  return error instanceof PbError && error.retryable ? quizStrings(locale).startOffline : describeError(coreStrings(locale), error).message;
}
