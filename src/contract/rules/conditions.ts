import type { AnswerValue, Answers, Condition } from '../types.js';

type Scalar = string | number | boolean;

/**
 * Conditions of the definition format (`visibleIf`, `requiredIf`), evaluated as data,
 * never with `eval` or `Function`: the same rules as the reference server
 * (`demo/server/rules/conditions.ts`), so what the member sees is what the server checks.
 */

/** Whether a value counts as an answer: not missing, not empty text, not an empty list or grid. */
export function isAnswered(value: AnswerValue | undefined): boolean {
  if (value === undefined || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

/**
 * The answer to `id`, never an inherited property: a question may well be called
 * `constructor`, and `answers.constructor` exists on every object.
 */
export function answerOf<T>(answers: Readonly<Record<string, T>>, id: string): T | undefined {
  return Object.hasOwn(answers, id) ? answers[id] : undefined;
}

/** `equals` on a multiple-choice answer means "contains". */
function matches(value: AnswerValue | undefined, expected: Scalar): boolean {
  if (Array.isArray(value)) return value.includes(String(expected));
  return value === expected;
}

/**
 * Whether `condition` holds for `answers`. Pass the answers of visible questions only: a
 * condition on a hidden question sees no answer.
 *
 * @example evaluateCondition({ question: 'migrant', equals: true }, { migrant: true }) // true
 */
export function evaluateCondition(condition: Condition, answers: Answers): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, answers));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, answers));
  const value = answerOf(answers, condition.question);
  if ('equals' in condition) return matches(value, condition.equals);
  if ('notEquals' in condition) return !matches(value, condition.notEquals);
  if ('in' in condition) return condition.in.some((expected) => matches(value, expected));
  return isAnswered(value) === condition.answered;
}

/** Every question id a condition reads (for checking a definition). */
export function conditionQuestions(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(conditionQuestions);
  if ('any' in condition) return condition.any.flatMap(conditionQuestions);
  return [condition.question];
}
