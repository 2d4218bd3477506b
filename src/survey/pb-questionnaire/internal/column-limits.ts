import type { QuestionOf } from './shapes.js';

/** How full one limited column of a matrix is (民主评议: 优秀 at most ⌊n / 3⌋). */
export interface ColumnCount {
  column: string;
  label: string;
  used: number;
  limit: number;
  /** No further row may choose this column. */
  full: boolean;
  /** More rows chose it than allowed (a restored draft, or a limit lowered since). */
  over: boolean;
}

/**
 * At most a third of the members may be rated 优秀: ⌊n / 3⌋, so 8 members allow 2 and
 * 2 members allow none. The server sets `columnLimits` this way; stories and benchmarks
 * build definitions with it.
 */
export function excellentLimit(memberCount: number): number {
  return Math.floor(Math.max(0, memberCount) / 3);
}

/** The live count of each column that has a limit, in column order. */
export function columnCounts(question: QuestionOf<'matrix'>, grid: Readonly<Record<string, string>> | undefined): ColumnCount[] {
  const limits = question.columnLimits ?? {};
  return question.columns
    .filter((column) => limits[column.value] !== undefined)
    .map((column) => {
      const limit = limits[column.value]!;
      const used = Object.values(grid ?? {}).filter((chosen) => chosen === column.value).length;
      return { column: column.value, label: column.label, used, limit, full: used >= limit, over: used > limit };
    });
}

/** Whether `row` may not choose `column` now: the column is full and the row is not already in it. */
export function isBlocked(counts: readonly ColumnCount[], grid: Readonly<Record<string, string>> | undefined, row: string, column: string): boolean {
  const count = counts.find((c) => c.column === column);
  return count !== undefined && count.full && !(grid && Object.hasOwn(grid, row) && grid[row] === column);
}
