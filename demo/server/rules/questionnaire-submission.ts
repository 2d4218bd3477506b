/**
 * A submission and the drafts before it: which attempt they may name, which answers count
 * (those sent, or for a submission long past its deadline the last draft saved in time),
 * and what must be fixed first. Pure: the route reads the attempt and writes the outcome.
 */
import { answerOf, questionStates, type Answers, type SubmissionRequest } from '../shared-contract';
import { validateAnswers, type QuestionDef } from './answer-validation';
import { checkEvaluationGrid } from './evaluation-rules';
import { isUnanswered, type FieldError } from './field-errors';
import type { AttemptRecord, QuestionnaireRecord } from './questionnaire-status';

/** A submission arriving this long after the deadline still counts as on time (clock skew, slow links). */
export const LATE_GRACE_MS = 60_000;

/** A draft may name only an attempt of the member's own. */
export function draftAttemptError(attempt: AttemptRecord | null, memberId: string): FieldError | null {
  return !attempt || attempt.memberId !== memberId ? { pointer: '/attemptId', code: 'not-found', detail: 'is not an attempt of yours' } : null;
}

/** What a late submission is scored on: the last draft stored before the deadline, so a draft saved later is not kept. */
export function keepsSnapshot(attempt: AttemptRecord, now: number): boolean {
  return attempt.closedAt === null && (attempt.deadline === null || now <= attempt.deadline);
}

export type SubmissionCheck = { errors: FieldError[] } | { errors: null; answers: Answers; late: boolean };

/**
 * The answers a submission records, or what is wrong with it. `attempt` is the one the
 * request names (null when it names none or none was found); `questions` are as the member
 * answers them (questionnaire-status.ts pagesFor).
 */
export function checkSubmission(
  q: QuestionnaireRecord,
  questions: readonly QuestionDef[],
  request: SubmissionRequest,
  attempt: AttemptRecord | null,
  memberId: string,
  now: number,
): SubmissionCheck {
  if (request.attemptId && (!attempt || attempt.memberId !== memberId || attempt.closedAt !== null)) {
    return { errors: [{ pointer: '/attemptId', code: 'not-found', detail: 'is not an open attempt of yours' }] };
  }
  if (q.mode === 'quiz' && q.timeLimitSeconds && !attempt) {
    return { errors: [{ pointer: '/attemptId', code: 'required', detail: 'start an attempt first (timed quiz)' }] };
  }
  if (attempt?.deadline != null && now > attempt.deadline + LATE_GRACE_MS) {
    return { errors: null, late: true, answers: questionStates(questions, attempt.snapshot ?? {}).effective };
  }
  const checked = validateAnswers(questions, request.answers);
  if (q.mode === 'evaluation') {
    const matrix = questions.find((question) => question.type === 'matrix');
    const grid = (answerOf(checked.answers, matrix?.id ?? '') ?? {}) as Record<string, string>;
    const gridProblems = matrix ? checkEvaluationGrid((matrix.rows ?? []).map((r) => r.value), grid) : [];
    const pointer = `/answers/${matrix?.id}`;
    checked.errors = checked.errors.filter((e) => e.pointer !== pointer);
    checked.errors.push(...gridProblems.map((p) => ({ pointer, ...p })));
  }
  // When time is up the member's answers are submitted as they stand: unanswered
  // questions score nothing instead of blocking the submission.
  if (attempt?.deadline != null && now >= attempt.deadline) checked.errors = checked.errors.filter((e) => !isUnanswered(e));
  return checked.errors.length ? { errors: checked.errors } : { errors: null, late: false, answers: checked.answers };
}
