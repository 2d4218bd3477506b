/**
 * Which months a member can put into a payment and which are chosen. Months are paid oldest
 * first (the server refuses a payment that leaves an older unpaid month out, 422), so the
 * choice is always the oldest payable months with no gap: ticking a month ticks the ones
 * before it, unticking one unticks the ones after it. This keeps the member from choosing
 * what the server would refuse; the server decides in the end.
 */
import type { DuesMonth, DuesYear } from '../../api/types.js';
import type { YearMonth } from '../months.js';

/**
 * Overdue months, this month, and months of the current year still to come (paying ahead).
 * Months before the member's dues began are `before-start`: not payable.
 */
export function isPayable(month: DuesMonth, current: YearMonth): boolean {
  if (month.status === 'unpaid' || month.status === 'due') return true;
  return month.status === 'not-due' && month.month > current && month.month.slice(0, 4) === current.slice(0, 4);
}

/** The year of the oldest overdue month when it is before the year shown: those months go first. */
export function earlierOverdueYear(dues: DuesYear): number | null {
  const oldest = dues.arrears.months[0];
  return oldest && oldest < `${dues.year}-01` ? Number(oldest.slice(0, 4)) : null;
}

/** The months of the year shown that can be paid now, oldest first; none while an earlier year still owes. */
export function payableMonths(dues: DuesYear, current: YearMonth): YearMonth[] {
  if (earlierOverdueYear(dues) !== null) return [];
  return dues.months
    .filter((m) => isPayable(m, current))
    .map((m) => m.month)
    .sort();
}

/** Chosen when the member opens the year: every overdue month and this month, the oldest payable ones. */
export function defaultSelection(dues: DuesYear, current: YearMonth): YearMonth[] {
  const owed = new Set(dues.months.filter((m) => m.status === 'unpaid' || m.status === 'due').map((m) => m.month));
  return payableMonths(dues, current).filter((m) => owed.has(m));
}

/** The choice after ticking (`on`) or unticking `month`: the payable months up to it, or before it. */
export function choose(payable: readonly YearMonth[], chosen: Iterable<YearMonth>, month: YearMonth, on: boolean): YearMonth[] {
  const at = payable.indexOf(month);
  return at < 0 ? [...chosen] : payable.slice(0, on ? at + 1 : at);
}

/** The total of the chosen months, in 分, as the server states each month's amount. */
export function selectedFen(months: readonly DuesMonth[], selected: ReadonlySet<YearMonth>): number {
  return months.reduce((total, m) => (selected.has(m.month) ? total + m.amountFen : total), 0);
}
