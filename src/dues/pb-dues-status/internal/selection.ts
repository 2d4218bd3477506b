/**
 * Which months a member can put into a payment and which are chosen. Months are paid oldest
 * first (the server refuses a payment that leaves an older unpaid month out, 422), so the
 * choice is always the oldest payable months with no gap: ticking a month ticks the ones
 * before it, unticking one unticks the ones after it. This keeps the member from choosing
 * what the server would refuse; the server decides in the end.
 */
import type { DuesMonth, DuesYear } from '../../../api/types.js';
import type { YearMonth } from '../../shared/months.js';

/**
 * The months of the year shown that can be paid now, oldest first: overdue ones, this month,
 * and months of the current year still to come (paying ahead); none while an earlier year
 * still has overdue months, which go first. `before-start` months are never payable.
 */
export function payableMonths(dues: DuesYear, current: YearMonth): YearMonth[] {
  if (dues.arrears.months[0]! < `${dues.year}-01`) return [];
  return dues.months
    .filter((m) => m.status === 'unpaid' || m.status === 'due' || (m.status === 'not-due' && m.month > current && m.month < `${+current.slice(0, 4) + 1}`))
    .map((m) => m.month)
    .sort();
}

/** Chosen when the member opens the year: every overdue month and this month, the oldest payable ones. */
export function defaultSelection(dues: DuesYear, current: YearMonth): YearMonth[] {
  return payableMonths(dues, current).filter((m) => m <= current);
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
