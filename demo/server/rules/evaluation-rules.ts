/**
 * Democratic evaluation (民主评议): each member grades every other member of the branch;
 * at most a third of them may be graded 优秀.
 */
import type { FieldErrorCode } from './field-errors';

export const EVALUATION_GRADES = [
  { value: 'excellent', label: '优秀' },
  { value: 'qualified', label: '合格' },
  { value: 'basic', label: '基本合格' },
  { value: 'unqualified', label: '不合格' },
] as const;

export type Grade = (typeof EVALUATION_GRADES)[number]['value'];

/** ⌊n / 3⌋: with 8 members to grade, at most 2 优秀. */
export function excellentLimit(rateeCount: number): number {
  return Math.floor(rateeCount / 3);
}

export function isGrade(value: unknown): value is Grade {
  return EVALUATION_GRADES.some((g) => g.value === value);
}

/** Problems with a voter's grid, each with its code; empty when the grid is acceptable. */
export function checkEvaluationGrid(rateeIds: readonly string[], grid: Record<string, string>): { code: FieldErrorCode; detail: string }[] {
  const problems: { code: FieldErrorCode; detail: string }[] = [];
  const expected = new Set(rateeIds);
  for (const id of Object.keys(grid)) {
    if (!expected.has(id)) problems.push({ code: 'not-an-option', detail: `row ${id} is not a member to evaluate` });
    else if (!isGrade(grid[id])) problems.push({ code: 'not-an-option', detail: `row ${id} has an unknown grade` });
  }
  const missing = rateeIds.filter((id) => !(id in grid));
  if (missing.length) problems.push({ code: 'ungraded', detail: `every member must be graded (missing ${missing.length})` });
  const excellent = Object.values(grid).filter((g) => g === 'excellent').length;
  const limit = excellentLimit(rateeIds.length);
  if (excellent > limit) problems.push({ code: 'limit-exceeded', detail: `at most ${limit} members may be graded excellent (优秀), got ${excellent}` });
  return problems;
}
