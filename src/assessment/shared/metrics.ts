import { ConfigError } from '../../api/errors.js';
import type { LeaderboardPage, Metric, Period } from '../../api/types.js';
import { Metric as metricShape } from '../../contract/shapes/Metric.gen.js';
import { Period as periodShape } from '../../contract/shapes/Period.gen.js';
import { formatNumber, formatPercent } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locale.js';

/** The unit a metric's values travel in (rates as 0–1). */
export type Unit = LeaderboardPage['unit'];
export type Scope = LeaderboardPage['scope'];

/** The contract's metrics and periods, in its order (its shapes are `'points|study-hours|…'`). */
export const metrics = metricShape.split('|') as readonly Metric[];
export const periods = periodShape.split('|') as readonly Period[];
export const scopes: readonly Scope[] = ['branches', 'members'];

/**
 * Checks an attribute against the values the contract allows, so a typo in the page's
 * HTML becomes a configuration error naming the attribute instead of a 400 from the server.
 *
 * @example const metric = oneOf('metric', this.metric, metrics);
 */
export function oneOf<T extends string>(attribute: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ConfigError(attribute, `"${value}" is not a valid ${attribute}: use ${allowed.join(', ')}`);
}

/**
 * A value in its unit for the member's locale: points as whole numbers, hours with one
 * decimal, rates (0–1) as percentages. `unitWord` adds the unit after points and hours,
 * where the number alone would not say what it counts.
 */
export function formatValue(locale: Locale, unit: Unit, value: number, unitWord?: (n: string) => string): string {
  if (unit === 'percent') return formatPercent(locale, value);
  const text = formatNumber(locale, value, unit === 'hours' || unit === 'clock-hours' ? 1 : 0);
  return unitWord ? unitWord(text) : text;
}

/** Whether `value` is a number a widget can show: finite, and a rate between 0 and 1. */
export function isShowable(unit: Unit, value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && (unit !== 'percent' || (value >= 0 && value <= 1));
}
