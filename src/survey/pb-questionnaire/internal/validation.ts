import type { AnswerValue } from '../../../api/types.js';
import type { Locale } from '../../../i18n/locale.js';
import { isAnswered } from '../../../contract/rules/conditions.js';
import type { QuestionDef } from './shapes.js';

/**
 * What is wrong with one answer, as data; `strings.ts` words it in the member's language.
 * The checks match the reference server's (`demo/server/rules/answer-validation.ts`), so a
 * page that passes here is not refused there.
 */
export type Problem =
  | { code: 'required' }
  | { code: 'option' }
  | { code: 'minSelect' | 'maxSelect' | 'minLength' | 'maxLength' | 'min' | 'max' | 'step'; n: number }
  | { code: 'pattern'; message: string | undefined }
  | { code: 'number' }
  | { code: 'rating'; n: number }
  | { code: 'rows' }
  | { code: 'limit'; column: string; n: number }
  | { code: 'ranking' }
  /** The server refused the answer for a reason of its own (its detail text). */
  | { code: 'server'; detail: string };

/** The values of a question's options (rows, columns). */
export const values = (list: ReadonlyArray<{ value: string }>) => new Set(list.map((o) => o.value));

/** Length in characters as members count them (code points, so 𠮷 is one). */
export function textLength(text: string): number {
  let length = 0;
  for (const _ of text) length++;
  return length;
}

/**
 * A number typed by a member: full-width digits and the ideographic full stop of Chinese
 * input methods are accepted (`１２．５` is 12.5). Empty text is `undefined`; anything else
 * that is not a number is `NaN`.
 */
export function parseNumber(raw: string): number | undefined {
  const text = raw
    .trim()
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    .replace(/[－−]/g, '-')
    .replace(/[＋]/g, '+');
  if (!text) return undefined;
  return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(text) ? Number(text) : Number.NaN;
}

function patternHolds(pattern: string, text: string): boolean {
  try {
    return new RegExp(pattern, 'u').test(text);
  } catch {
    return true; // A broken pattern in the definition must not block members.
  }
}

function textProblem(question: Extract<QuestionDef, { type: 'text' | 'longtext' }>, text: string): Problem | null {
  const length = textLength(text);
  if (question.minLength !== undefined && length < question.minLength) return { code: 'minLength', n: question.minLength };
  if (question.maxLength !== undefined && length > question.maxLength) return { code: 'maxLength', n: question.maxLength };
  if (question.type === 'text' && question.pattern && !patternHolds(question.pattern, text)) {
    return { code: 'pattern', message: question.patternMessage };
  }
  return null;
}

function numberProblem(question: Extract<QuestionDef, { type: 'number' }>, value: number): Problem | null {
  if (!Number.isFinite(value)) return { code: 'number' };
  if (question.min !== undefined && value < question.min) return { code: 'min', n: question.min };
  if (question.max !== undefined && value > question.max) return { code: 'max', n: question.max };
  if (question.step !== undefined) {
    const steps = (value - (question.min ?? 0)) / question.step;
    if (Math.abs(steps - Math.round(steps)) > 1e-9) return { code: 'step', n: question.step };
  }
  return null;
}

/**
 * A question type's own rules, brought by its lazy part (the grid's, the ranking's) with
 * a questionnaire that has one, so others never download them: what is wrong with an
 * answer, and the member's words for the problems only it finds.
 */
export interface TypeRules {
  check(question: QuestionDef, value: AnswerValue, required: boolean): Problem | null;
  words(locale: Locale, problem: Problem, question: QuestionDef): string;
}

/** The rules of the lazily loaded question types, as the loaded questionnaire has them. */
export type QuestionRules = Partial<Record<QuestionDef['type'], TypeRules>>;

/**
 * The problem with a question's answer, or null when it is fine. An unanswered question
 * has a problem only when it is required. Grids and ranking are checked by their `rules`.
 */
export function questionProblem(question: QuestionDef, value: AnswerValue | undefined, required: boolean, rules?: QuestionRules): Problem | null {
  if (!isAnswered(value)) return required ? { code: 'required' } : null;
  switch (question.type) {
    case 'single':
      return typeof value === 'string' && values(question.options).has(value) ? null : { code: 'option' };
    case 'multiple': {
      if (!Array.isArray(value)) return { code: 'option' };
      const allowed = values(question.options);
      if (value.some((v) => !allowed.has(v)) || new Set(value).size !== value.length) return { code: 'option' };
      if (question.minSelect !== undefined && value.length < question.minSelect) return { code: 'minSelect', n: question.minSelect };
      if (question.maxSelect !== undefined && value.length > question.maxSelect) return { code: 'maxSelect', n: question.maxSelect };
      return null;
    }
    case 'boolean':
      return typeof value === 'boolean' ? null : { code: 'option' };
    case 'text':
    case 'longtext':
      return typeof value === 'string' ? textProblem(question, value) : { code: 'option' };
    case 'number':
      return typeof value === 'number' ? numberProblem(question, value) : { code: 'number' };
    case 'rating':
      return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= question.scale ? null : { code: 'rating', n: question.scale };
    case 'matrix':
    case 'ranking':
      return rules?.[question.type]?.check(question, value!, required) ?? null;
  }
}
