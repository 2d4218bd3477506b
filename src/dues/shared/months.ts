/**
 * Dues months as `YYYY-MM` strings. Dues are counted in the members' calendar, China
 * Standard Time (UTC+8, no daylight saving), whatever the device's time zone says.
 */
export type YearMonth = string;

const CST_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The CST month containing `now`. */
export function currentMonth(now: number = Date.now()): YearMonth {
  return new Date(now + CST_OFFSET_MS).toISOString().slice(0, 7);
}

/** The twelve months of `year`, January first. */
export function monthsOfYear(year: number): YearMonth[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

/** The first instant of a month, as the `Date` that `Intl` formats with `timeZone: 'UTC'`. */
export function monthDate(month: YearMonth): Date {
  return new Date(`${month}-01T00:00:00Z`);
}
