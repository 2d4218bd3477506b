/**
 * Answers checked against a questionnaire definition: visibility, required-ness and each
 * question type's own limits. Pure; returns JSON-pointer errors for a 422 problem.
 */
import { evaluateCondition, isAnswered, type AnswerValue, type Answers, type Condition } from './conditions';

export interface OptionDef {
  value: string;
  label: string;
  /** Learning-needs surveys: the topic this choice asks for (counted as course-request demand). */
  topic?: string;
}

export interface QuestionDef {
  id: string;
  type: 'single' | 'multiple' | 'boolean' | 'text' | 'longtext' | 'number' | 'rating' | 'matrix' | 'ranking';
  title: string;
  description: string | null;
  required?: boolean;
  visibleIf?: Condition;
  requiredIf?: Condition;
  points?: number;
  options?: OptionDef[];
  minSelect?: number;
  maxSelect?: number;
  labelTrue?: string;
  labelFalse?: string;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  patternMessage?: string;
  min?: number;
  max?: number;
  step?: number;
  scale?: number;
  minLabel?: string;
  maxLabel?: string;
  rows?: OptionDef[];
  columns?: OptionDef[];
  columnLimits?: Record<string, number>;
}

export interface AnswerError {
  pointer: string;
  detail: string;
}

/**
 * Walks questions in order; a question is visible when its `visibleIf` holds against the
 * answers of questions visible before it, so a hidden question's answer never counts.
 */
export function visibleAnswers(questions: readonly QuestionDef[], answers: Answers): Answers {
  const effective: Answers = {};
  for (const q of questions) {
    if (q.visibleIf && !evaluateCondition(q.visibleIf, effective)) continue;
    const value = answers[q.id];
    if (value !== undefined) effective[q.id] = value;
  }
  return effective;
}

function isVisible(q: QuestionDef, effective: Answers): boolean {
  return !q.visibleIf || evaluateCondition(q.visibleIf, effective);
}

function optionValues(options: OptionDef[] | undefined): Set<string> {
  return new Set((options ?? []).map((o) => o.value));
}

function lengthProblem(q: QuestionDef, text: string): string | null {
  const length = [...text].length;
  if (q.minLength !== undefined && length < q.minLength) return `at least ${q.minLength} characters`;
  if (q.maxLength !== undefined && length > q.maxLength) return `at most ${q.maxLength} characters`;
  return null;
}

function patternProblem(q: QuestionDef, text: string): string | null {
  if (!q.pattern) return null;
  try {
    return new RegExp(q.pattern, 'u').test(text) ? null : q.patternMessage ?? 'does not match the expected format';
  } catch {
    return null; // A broken pattern in the definition must not block members.
  }
}

/** The problem with one answered value, or null when it fits the question. */
export function answerProblem(q: QuestionDef, value: AnswerValue): string | null {
  switch (q.type) {
    case 'single':
      return typeof value === 'string' && optionValues(q.options).has(value) ? null : 'must be one of the options';
    case 'multiple': {
      if (!Array.isArray(value)) return 'must be a list of options';
      const allowed = optionValues(q.options);
      if (value.some((v) => !allowed.has(v))) return 'must only contain options';
      if (new Set(value).size !== value.length) return 'must not repeat an option';
      if (q.minSelect !== undefined && value.length < q.minSelect) return `choose at least ${q.minSelect}`;
      if (q.maxSelect !== undefined && value.length > q.maxSelect) return `choose at most ${q.maxSelect}`;
      return null;
    }
    case 'boolean':
      return typeof value === 'boolean' ? null : 'must be true or false';
    case 'text':
    case 'longtext':
      if (typeof value !== 'string') return 'must be text';
      return lengthProblem(q, value) ?? (q.type === 'text' ? patternProblem(q, value) : null);
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'must be a number';
      if (q.min !== undefined && value < q.min) return `must be at least ${q.min}`;
      if (q.max !== undefined && value > q.max) return `must be at most ${q.max}`;
      if (q.step !== undefined) {
        const steps = (value - (q.min ?? 0)) / q.step;
        if (Math.abs(steps - Math.round(steps)) > 1e-9) return `must be a multiple of ${q.step}`;
      }
      return null;
    }
    case 'rating':
      return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= (q.scale ?? 5)
        ? null
        : `must be a whole number from 1 to ${q.scale ?? 5}`;
    case 'matrix': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'must map rows to columns';
      const rows = optionValues(q.rows);
      const columns = optionValues(q.columns);
      for (const [row, column] of Object.entries(value)) {
        if (!rows.has(row)) return `unknown row ${row}`;
        if (!columns.has(column)) return `unknown column for row ${row}`;
      }
      for (const [column, limit] of Object.entries(q.columnLimits ?? {})) {
        const used = Object.values(value).filter((c) => c === column).length;
        if (used > limit) return `at most ${limit} rows may choose ${column}`;
      }
      return null;
    }
    case 'ranking': {
      if (!Array.isArray(value)) return 'must be a list of options';
      const all = optionValues(q.options);
      const same = value.length === all.size && new Set(value).size === value.length && value.every((v) => all.has(v));
      return same ? null : 'must order every option exactly once';
    }
  }
}

function isRequired(q: QuestionDef, effective: Answers): boolean {
  if (q.requiredIf && evaluateCondition(q.requiredIf, effective)) return true;
  return q.required === true;
}

function matrixIncomplete(q: QuestionDef, value: AnswerValue | undefined): boolean {
  if (q.type !== 'matrix' || typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return (q.rows ?? []).some((r) => !(r.value in value));
}

/** Cleaned answers (hidden ones dropped) and one error per broken answer. */
export function validateAnswers(questions: readonly QuestionDef[], answers: Answers): { answers: Answers; errors: AnswerError[] } {
  const errors: AnswerError[] = [];
  const known = new Set(questions.map((q) => q.id));
  for (const id of Object.keys(answers)) {
    if (!known.has(id)) errors.push({ pointer: `/answers/${id}`, detail: 'no such question' });
  }
  const effective = visibleAnswers(questions, answers);
  for (const q of questions) {
    if (!isVisible(q, effective)) continue;
    const value = effective[q.id];
    const pointer = `/answers/${q.id}`;
    if (!isAnswered(value)) {
      if (isRequired(q, effective)) errors.push({ pointer, detail: 'required' });
      continue;
    }
    const problem = answerProblem(q, value!);
    if (problem) errors.push({ pointer, detail: problem });
    else if (isRequired(q, effective) && matrixIncomplete(q, value)) errors.push({ pointer, detail: 'every row must be answered' });
  }
  return { answers: effective, errors };
}
