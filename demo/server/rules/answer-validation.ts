/**
 * Answers checked against a questionnaire definition: visibility, required-ness and each
 * question type's own limits. Pure; returns JSON-pointer errors for a 422 problem.
 */
import { answerOf, isAnswered, questionStates, type AnswerValue, type Answers, type Option, type Question } from '../shared-contract';
import type { FieldError, FieldErrorCode } from './field-errors';

type Keys<U> = U extends unknown ? keyof U : never;
type Field<U, K extends PropertyKey> = U extends unknown ? (K extends keyof U ? U[K] : never) : never;

/**
 * A question of the contract (`Question`, one of its nine types) as the server reads it:
 * every type's fields on it, absent where its type has none (`options` of a rating).
 */
export type QuestionDef = Pick<Question, 'id' | 'type' | 'title' | 'description'> & {
  [K in Exclude<Keys<Question>, 'id' | 'type' | 'title' | 'description'>]?: Field<Question, K>;
};

/** What is wrong with one answer: a stable code and words for people. */
export interface AnswerProblem {
  code: FieldErrorCode;
  detail: string;
}

const problem = (code: FieldErrorCode, detail: string): AnswerProblem => ({ code, detail });

function optionValues(options: Option[] | undefined): Set<string> {
  return new Set((options ?? []).map((o) => o.value));
}

function lengthProblem(q: QuestionDef, text: string): AnswerProblem | null {
  const length = [...text].length;
  if (q.minLength !== undefined && length < q.minLength) return problem('too-short', `at least ${q.minLength} characters`);
  if (q.maxLength !== undefined && length > q.maxLength) return problem('too-long', `at most ${q.maxLength} characters`);
  return null;
}

function patternProblem(q: QuestionDef, text: string): AnswerProblem | null {
  if (!q.pattern) return null;
  try {
    return new RegExp(q.pattern, 'u').test(text) ? null : problem('wrong-format', q.patternMessage ?? 'does not match the expected format');
  } catch {
    return null; // A broken pattern in the definition must not block members.
  }
}

/** The problem with one answered value, or null when it fits the question. */
export function answerProblem(q: QuestionDef, value: AnswerValue): AnswerProblem | null {
  switch (q.type) {
    case 'single':
      return typeof value === 'string' && optionValues(q.options).has(value) ? null : problem('not-an-option', 'must be one of the options');
    case 'multiple': {
      if (!Array.isArray(value)) return problem('wrong-type', 'must be a list of options');
      const allowed = optionValues(q.options);
      if (value.some((v) => !allowed.has(v))) return problem('not-an-option', 'must only contain options');
      if (new Set(value).size !== value.length) return problem('repeated', 'must not repeat an option');
      if (q.minSelect !== undefined && value.length < q.minSelect) return problem('too-few', `choose at least ${q.minSelect}`);
      if (q.maxSelect !== undefined && value.length > q.maxSelect) return problem('too-many', `choose at most ${q.maxSelect}`);
      return null;
    }
    case 'boolean':
      return typeof value === 'boolean' ? null : problem('wrong-type', 'must be true or false');
    case 'text':
    case 'longtext':
      if (typeof value !== 'string') return problem('wrong-type', 'must be text');
      return lengthProblem(q, value) ?? (q.type === 'text' ? patternProblem(q, value) : null);
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return problem('wrong-type', 'must be a number');
      if (q.min !== undefined && value < q.min) return problem('too-small', `must be at least ${q.min}`);
      if (q.max !== undefined && value > q.max) return problem('too-large', `must be at most ${q.max}`);
      if (q.step !== undefined) {
        const steps = (value - (q.min ?? 0)) / q.step;
        if (Math.abs(steps - Math.round(steps)) > 1e-9) return problem('off-step', `must be a multiple of ${q.step}`);
      }
      return null;
    }
    case 'rating':
      return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= (q.scale ?? 5)
        ? null
        : problem('out-of-range', `must be a whole number from 1 to ${q.scale ?? 5}`);
    case 'matrix': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return problem('wrong-type', 'must map rows to columns');
      const rows = optionValues(q.rows);
      const columns = optionValues(q.columns);
      for (const [row, column] of Object.entries(value)) {
        if (!rows.has(row)) return problem('not-an-option', `unknown row ${row}`);
        if (!columns.has(column)) return problem('not-an-option', `unknown column for row ${row}`);
      }
      for (const [column, limit] of Object.entries(q.columnLimits ?? {})) {
        const used = Object.values(value).filter((c) => c === column).length;
        if (used > limit) return problem('limit-exceeded', `at most ${limit} rows may choose ${column}`);
      }
      return null;
    }
    case 'ranking': {
      if (!Array.isArray(value)) return problem('wrong-type', 'must be a list of options');
      const all = optionValues(q.options);
      const same = value.length === all.size && new Set(value).size === value.length && value.every((v) => all.has(v));
      return same ? null : problem('not-a-ranking', 'must order every option exactly once');
    }
  }
}

function matrixIncomplete(q: QuestionDef, value: AnswerValue | undefined): boolean {
  if (q.type !== 'matrix' || typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return (q.rows ?? []).some((r) => !Object.hasOwn(value, r.value));
}

/**
 * Cleaned answers (hidden ones dropped) and one error per broken answer. Which questions
 * are shown and required is the contract's rule (`questionStates`), the widget's own: a
 * question is visible when its `visibleIf` holds against the answers of the visible
 * questions before it, so a hidden question's answer never counts.
 */
export function validateAnswers(questions: readonly QuestionDef[], answers: Answers): { answers: Answers; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const known = new Set(questions.map((q) => q.id));
  for (const id of Object.keys(answers)) {
    if (!known.has(id)) errors.push({ pointer: `/answers/${id}`, code: 'not-allowed', detail: 'no such question' });
  }
  const { effective, visible, required } = questionStates(questions, answers);
  for (const q of questions) {
    if (!visible.has(q.id)) continue;
    const value = answerOf(effective, q.id);
    const pointer = `/answers/${q.id}`;
    if (!isAnswered(value)) {
      if (required.has(q.id)) errors.push({ pointer, code: 'required', detail: 'required' });
      continue;
    }
    const found = answerProblem(q, value!);
    if (found) errors.push({ pointer, ...found });
    else if (required.has(q.id) && matrixIncomplete(q, value)) errors.push({ pointer, code: 'incomplete', detail: 'every row must be answered' });
  }
  return { answers: effective, errors };
}
