/**
 * Calendar arithmetic in China Standard Time (UTC+8, no daylight saving), because dues
 * months and ranking periods follow the members' calendar, not the server's time zone.
 */
const OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

import { addMonths, type Period, type YearMonth } from '../shared-contract';

export type { Period, YearMonth };

export interface TimeRange {
  /** Inclusive start, epoch ms. */
  from: number;
  /** Exclusive end, epoch ms. */
  to: number;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** The CST calendar month containing an instant. */
export function monthOf(epochMs: number): YearMonth {
  const d = new Date(epochMs + OFFSET_MS);
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}`;
}

/** The CST calendar day ("YYYY-MM-DD") containing an instant. */
export function dayOf(epochMs: number): string {
  return new Date(epochMs + OFFSET_MS).toISOString().slice(0, 10);
}

export function parseYearMonth(ym: YearMonth): { year: number; month: number } {
  return { year: Number(ym.slice(0, 4)), month: Number(ym.slice(5, 7)) };
}

/** Month arithmetic is the contract's (its arrears rule counts months back with it). */
export { addMonths };

/** Months from `a` to `b` (b − a); negative when b is earlier. */
export function monthsBetween(a: YearMonth, b: YearMonth): number {
  const pa = parseYearMonth(a);
  const pb = parseYearMonth(b);
  return (pb.year - pa.year) * 12 + (pb.month - pa.month);
}

/**
 * Inclusive list of months from `from` to `to`. Counted, not compared as text: "10000-01"
 * sorts before "9999-12", and a loop on that comparison never ended. Callers bound the span.
 */
export function monthRange(from: YearMonth, to: YearMonth): YearMonth[] {
  return Array.from({ length: Math.max(0, monthsBetween(from, to) + 1) }, (_, i) => addMonths(from, i));
}

/** The instant a CST month begins. */
export function monthStart(ym: YearMonth): number {
  const { year, month } = parseYearMonth(ym);
  return Date.UTC(year, month - 1, 1) - OFFSET_MS;
}

/** The time from the start of month `from` to the end of month `to`. */
export function monthsSpan(from: YearMonth, to: YearMonth): TimeRange {
  return { from: monthStart(from), to: monthStart(addMonths(to, 1)) };
}

/** A calendar year in China, as a time range. */
export function yearSpan(year: number): TimeRange {
  return monthsSpan(`${year}-01`, `${year}-12`);
}

export function monthsOfYear(year: number): YearMonth[] {
  return monthRange(`${year}-01`, `${year}-12`);
}

/** The current period containing `now`, and the one before it (null for `all`). */
export function periodRanges(period: Period, now: number): { current: TimeRange; previous: TimeRange | null } {
  if (period === 'all') return { current: { from: 0, to: now + 1 }, previous: null };
  if (period === 'week') {
    const local = new Date(now + OFFSET_MS);
    const weekday = (local.getUTCDay() + 6) % 7; // Monday = 0
    const dayStart = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) - OFFSET_MS;
    const from = dayStart - weekday * DAY_MS;
    return { current: { from, to: from + 7 * DAY_MS }, previous: { from: from - 7 * DAY_MS, to: from } };
  }
  const months = period === 'month' ? 1 : period === 'quarter' ? 3 : 12;
  const { year, month } = parseYearMonth(monthOf(now));
  const firstMonth = months === 12 ? 1 : Math.floor((month - 1) / months) * months + 1;
  const start = `${year}-${pad2(firstMonth)}`;
  return {
    current: { from: monthStart(start), to: monthStart(addMonths(start, months)) },
    previous: { from: monthStart(addMonths(start, -months)), to: monthStart(start) },
  };
}

export { DAY_MS };
