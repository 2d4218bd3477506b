/**
 * Dues arrears (欠缴), the contract's rule: which months are overdue, the run of them up to
 * now and its level. The reference server states them on every dues year; the widgets
 * work them out the same way for a site that keeps only the months.
 */
import type { Arrears, DuesMonth, YearMonth } from '../types.js';
import { arrearsLevel } from './arrears-level.js';

export { arrearsLevel, SERIOUS_ARREARS_MONTHS } from './arrears-level.js';

type MonthStatus = DuesMonth['status'];

/** The month `delta` months after `month` (before it, when negative): `addMonths('2026-01', -1)` is `'2025-12'`. */
export function addMonths(month: YearMonth, delta: number): YearMonth {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + delta;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * Unpaid months in a row, counted back from the last month that has ended (the current
 * month is still payable on time). Exempt months neither break nor extend the run.
 */
export function consecutiveArrears(
  statusOf: (month: YearMonth) => MonthStatus,
  currentMonth: YearMonth,
  duesFrom: YearMonth,
): { consecutiveMonths: number; since: YearMonth | null } {
  let count = 0;
  let since: YearMonth | null = null;
  for (let m = addMonths(currentMonth, -1); m >= duesFrom; m = addMonths(m, -1)) {
    const status = statusOf(m);
    if (status === 'exempt') continue;
    if (status !== 'unpaid') break;
    count += 1;
    since = m;
  }
  return { consecutiveMonths: count, since };
}

/** A member's arrears now: the overdue months, what they come to, the run and its level. */
export function arrearsOf(
  statusOf: (month: YearMonth) => MonthStatus,
  amountOf: (month: YearMonth) => number,
  currentMonth: YearMonth,
  duesFrom: YearMonth,
): Arrears {
  const months: YearMonth[] = [];
  for (let m = duesFrom; m < currentMonth; m = addMonths(m, 1)) if (statusOf(m) === 'unpaid') months.push(m);
  const run = consecutiveArrears(statusOf, currentMonth, duesFrom);
  return {
    ...run,
    level: arrearsLevel(run.consecutiveMonths, months.length),
    months,
    owedFen: months.reduce((sum, m) => sum + amountOf(m), 0),
  };
}

