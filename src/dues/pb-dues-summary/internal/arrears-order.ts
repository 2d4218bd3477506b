/**
 * The order a branch secretary reads members in arrears: the six-month cases first (they
 * need a conversation now; the Party Constitution treats six consecutive months without
 * good reason as leaving the Party), then by months overdue, then by amount owed.
 * Sorted here as well as on the server, so a site's own backend need not sort.
 */
import type { DuesSummary } from '../../../api/types.js';

export type ArrearsEntry = DuesSummary['arrears'][number];

const collator = new Intl.Collator('zh-CN');

export function isSerious(entry: ArrearsEntry): boolean {
  return entry.level === 'serious' || entry.consecutiveMonths >= 6;
}

export function sortArrears(entries: readonly ArrearsEntry[]): ArrearsEntry[] {
  return [...entries].sort(
    (a, b) =>
      Number(isSerious(b)) - Number(isSerious(a)) ||
      b.overdueMonths - a.overdueMonths ||
      b.owedFen - a.owedFen ||
      collator.compare(a.name, b.name),
  );
}
