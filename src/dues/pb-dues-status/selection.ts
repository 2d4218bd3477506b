/**
 * Which months a member can put into a payment and which are chosen at first. The server
 * decides what is payable in the end (it answers 409 otherwise); this only keeps the
 * member from choosing months that cannot be paid.
 */
import type { DuesMonth } from '../../api/types.js';
import type { YearMonth } from '../months.js';

/**
 * Unpaid months, and months of the current year still to come (paying ahead). A `not-due`
 * month before the current one is before the member's dues began: not payable.
 */
export function isPayable(month: DuesMonth, current: YearMonth): boolean {
  if (month.status === 'unpaid') return true;
  return month.status === 'not-due' && month.month > current && month.month.slice(0, 4) === current.slice(0, 4);
}

/**
 * The months chosen when the member opens the year: every overdue month plus the current
 * one, which are exactly the unpaid ones (a month is unpaid only once it is due).
 */
export function defaultSelection(months: readonly DuesMonth[]): YearMonth[] {
  return months.filter((m) => m.status === 'unpaid').map((m) => m.month);
}

/** The total of the chosen months, in 分, as the server states each month's amount. */
export function selectedFen(months: readonly DuesMonth[], selected: ReadonlySet<YearMonth>): number {
  return months.reduce((total, m) => (selected.has(m.month) ? total + m.amountFen : total), 0);
}
