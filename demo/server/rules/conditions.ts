/**
 * Conditions of the questionnaire definition format (`visibleIf`, `requiredIf`), evaluated
 * as data, never with eval. Shared by answer validation and quiz scoring.
 */
export type Scalar = string | number | boolean;
export type AnswerValue = Scalar | string[] | Record<string, string>;
export type Answers = Record<string, AnswerValue>;

export type Condition =
  | { question: string; equals: Scalar }
  | { question: string; notEquals: Scalar }
  | { question: string; in: Scalar[] }
  | { question: string; answered: boolean }
  | { all: Condition[] }
  | { any: Condition[] };

export function isAnswered(value: AnswerValue | undefined): boolean {
  if (value === undefined || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

function matches(value: AnswerValue | undefined, expected: Scalar): boolean {
  if (Array.isArray(value)) return value.includes(String(expected));
  return value === expected;
}

export function evaluateCondition(condition: Condition, answers: Answers): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, answers));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, answers));
  const value = answers[condition.question];
  if ('equals' in condition) return matches(value, condition.equals);
  if ('notEquals' in condition) return !matches(value, condition.notEquals);
  if ('in' in condition) return condition.in.some((v) => matches(value, v));
  return isAnswered(value) === condition.answered;
}
