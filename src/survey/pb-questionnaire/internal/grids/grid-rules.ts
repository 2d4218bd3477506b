import type { QuestionDef } from '../shapes.js';
import { values, type Problem, type TypeRules } from '../validation.js';
import { gridStrings } from './strings/index.js';

type Grid = Record<string, string>;

/**
 * A grid's answer: known rows and columns, no limited column over its limit, every row
 * when required. With the grid's chunk, as the reference server checks it
 * (`demo/server/rules/answer-validation.ts`).
 */
export const gridRules: TypeRules = {
  check(question, value, required): Problem | null {
    if (question.type !== 'matrix' || typeof value !== 'object' || Array.isArray(value)) return { code: 'option' };
    const grid = value as Grid;
    const rows = values(question.rows);
    const columns = values(question.columns);
    if (Object.entries(grid).some(([row, column]) => !rows.has(row) || !columns.has(column))) return { code: 'option' };
    for (const [column, limit] of Object.entries(question.columnLimits ?? {})) {
      if (Object.values(grid).filter((c) => c === column).length > limit) return { code: 'limit', column, n: limit };
    }
    if (required && question.rows.some((row) => !Object.hasOwn(grid, row.value))) return { code: 'rows' };
    return null;
  },
  words(locale, problem, question: QuestionDef) {
    const strings = gridStrings(locale);
    if (problem.code !== 'limit') return strings.problemRows;
    const label = question.type === 'matrix' ? (question.columns.find((c) => c.value === problem.column)?.label ?? problem.column) : problem.column;
    return strings.problemLimit(label, problem.n);
  },
};
