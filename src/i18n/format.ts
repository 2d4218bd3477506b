import type { Locale } from './locale.js';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) cache.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) cache.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

let warming = false;

/**
 * The first `Intl` formatter of a page costs tens of milliseconds (the ICU data loads).
 * Registering the tags calls this (`defineElement`), so that cost falls in idle time, not
 * in a widget's first render; a widget connecting calls it too, for classes a page
 * registered itself. The first call of the page wins.
 */
export function warmFormats(locale: Locale): void {
  if (warming) return;
  warming = true;
  (globalThis.requestIdleCallback ?? setTimeout)(() => {
    formatNumber(locale, 0);
    // Dates load more ICU data again (calendars, patterns): the common date-and-time style.
    formatDate(locale, 0, { dateStyle: 'medium', timeStyle: 'short' });
  });
}

/** A plain number: `12,345` / `12,345.5`. */
export function formatNumber(locale: Locale, value: number, maximumFractionDigits = 1): string {
  return numberFormat(locale, { maximumFractionDigits }).format(value);
}

/** A ratio 0–1 as a percentage: `0.875` → `87.5%`. */
export function formatPercent(locale: Locale, ratio: number, maximumFractionDigits = 1): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits }).format(ratio);
}

/**
 * An amount in 分 (fen, the integer unit every amount travels in) as yuan:
 * `4800` → `¥48.00` (zh-CN) or `CN¥48.00` (en).
 */
export function formatCny(locale: Locale, fen: number): string {
  return numberFormat(locale, { style: 'currency', currency: 'CNY' }).format(fen / 100);
}

/** A date or time from an ISO string, a timestamp or a Date; `style` as in Intl. */
export function formatDate(
  locale: Locale,
  value: string | number | Date,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): string {
  return dateFormat(locale, options).format(new Date(value));
}

/**
 * A duration in seconds, in the two largest units: `1小时 20分钟`, `1 hr 20 min`,
 * `45秒`. Built from unit formats because `Intl.DurationFormat` is not in every browser
 * members use.
 */
export function formatDuration(locale: Locale, totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  const parts: Array<[number, 'hour' | 'minute' | 'second']> = [
    [Math.floor(seconds / 3600), 'hour'],
    [Math.floor((seconds % 3600) / 60), 'minute'],
    [seconds % 60, 'second'],
  ];
  const first = parts.findIndex(([amount]) => amount > 0);
  // Short units: `24秒`, not the long form's `24秒钟`, which reads as padding in a list.
  const unit = ([amount, name]: (typeof parts)[number]) => numberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' }).format(amount);
  if (first === -1) return unit([0, 'second']);
  return parts
    .slice(first, first + 2)
    .filter(([amount]) => amount > 0)
    .map(unit)
    .join(' ');
}

/** A media position: `1:05:09` or `5:09`. */
export function formatClock(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
