/**
 * What is wrong with one field of a request, as a rule finds it. The rules return these;
 * http/problem.ts sends them as a problem's `errors` (the contract's `FieldError`).
 *
 * `code` is what code (the server's own, a client's) branches on; `detail` is English for
 * people and may change wording. The codes are listed on `FieldError.code` in openapi.yaml.
 */
import type { FieldError as ContractFieldError } from '../shared-contract';

export const FIELD_ERROR_CODES = [
  /** A value that must be given is missing (or a required question is unanswered). */
  'required',
  /** A required grid has rows left unanswered. */
  'incomplete',
  /** A field, parameter or answer the operation does not take (here, or in this case). */
  'not-allowed',
  /** Not the JSON type expected (a list, a number, text…). */
  'wrong-type',
  /** Text not in the expected format (a pattern, a date-time, a header's characters). */
  'wrong-format',
  /** Not a day of the calendar (2026-02-30). */
  'not-a-date',
  /** Not one of the allowed values: an enum, a question's options, a grid's rows or columns, a grade, a category. */
  'not-an-option',
  /** Given twice: a query parameter, an option. */
  'repeated',
  'too-short',
  'too-long',
  /** Fewer or more items (choices, list entries) than allowed. */
  'too-few',
  'too-many',
  /** A number below or above its bounds. */
  'too-small',
  'too-large',
  /** Outside the range allowed (a rating, a time past the lesson's end). */
  'out-of-range',
  /** Not a multiple of the question's step. */
  'off-step',
  /** A ranking that does not order every option exactly once. */
  'not-a-ranking',
  /** An evaluation grid that leaves members ungraded. */
  'ungraded',
  /** More than a limit allows: a grid column's quota (优秀), a chart's months. */
  'limit-exceeded',
  /** Only spaces. */
  'blank',
  /** Names something that is not there, or not the caller's (a course, member, request, attempt). */
  'not-found',
  /** Contradicts what is already there (a month already paid, a cursor's ranking, another lesson's session). */
  'conflict',
  /** Must come after something else (pay older months first; a range ending before it starts). */
  'out-of-order',
  /** A day before today. */
  'in-the-past',
  /** A meeting's check-in code of a period rotated out. */
  'expired',
  /** A check-in code that is not the meeting's. */
  'incorrect',
  /** A member not expected at the meeting (a committee's or a party group's). */
  'not-expected',
  /** Any other way of not fitting the contract's schema. */
  'invalid',
] as const;

export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

/** The contract's field error, always with a code here (the contract lets other backends leave it out). */
export type FieldError = ContractFieldError & { code: FieldErrorCode };

/** An unanswered question or grid row: what a timed attempt whose time is up may leave. */
export function isUnanswered(error: Pick<FieldError, 'code'>): boolean {
  return error.code === 'required' || error.code === 'incomplete';
}
