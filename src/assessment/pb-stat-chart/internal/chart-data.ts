import { expected, type DataProblem } from '../../../contract/data-shape.js';
import { then } from '../../../contract/builders/then.js';
import { getStats } from '../../../contract/shapes/StatSeries.gen.js';
import type { Locale } from '../../../i18n/locale.js';
import { formatDate } from '../../../i18n/format.js';
import { formatValue, isShowable, type Unit } from '../../shared/metrics.js';
import { assessmentStrings } from '../../shared/strings/index.js';
import type { Stats } from './shapes.js';
import { chartStrings } from '../strings/index.js';

/**
 * The chart's numbers as the member reads them, without a canvas: checks of what the
 * server sent, the labels and values as text, the table rows and the summary read out
 * for the canvas. Pure (no DOM), so the chart and its table can be compared in tests.
 */

/** Series the same length as the labels, values finite and rates within 0–1. */
export function checkStats(stats: Stats): DataProblem | null {
  for (const [s, series] of stats.series.entries()) {
    if (series.values.length !== stats.labels.length) {
      return { path: `$.series[${s}].values`, message: `has ${series.values.length} values for ${stats.labels.length} labels` };
    }
    const bad = series.values.findIndex((value) => value !== null && !isShowable(stats.unit, value));
    if (bad >= 0) {
      const value = series.values[bad];
      return expected(`$.series[${s}].values[${bad}]`, stats.unit === 'percent' && Number.isFinite(value) ? 'a rate from 0 to 1' : 'a finite number', value);
    }
  }
  return null;
}

/** The statistics as the contract says, then `checkStats`: what the chart's backend checks. */
export const statsAnswer = then(getStats, checkStats);

/** A month `2026-07` as `2026年7月` / `Jul 2026`; branch names stay as they are. */
export function labelText(locale: Locale, stats: Stats, label: string): string {
  if (stats.groupBy !== 'month' || !/^\d{4}-\d{2}$/.test(label)) return label;
  return formatDate(locale, `${label}-15T00:00:00Z`, { year: 'numeric', month: 'short', timeZone: 'UTC' });
}

/**
 * The axis tick of the label at `index`: months shortened to `7月` / `Jul`, with the year
 * on the first tick and wherever it differs from the tick before (`previous`, the index of
 * the label that tick shows), so a year of ticks fits a phone without turning sideways and
 * an axis thinned to one tick every few years still says which years.
 */
export function tickText(locale: Locale, stats: Stats, index: number, previous = index - 1): string {
  const label = stats.labels[index] ?? '';
  const month = stats.groupBy === 'month' && /^(\d{4})-\d{2}$/.exec(label);
  if (!month || index === 0 || stats.labels[previous]?.slice(0, 4) !== month[1]) return labelText(locale, stats, label);
  return formatDate(locale, `${label}-15T00:00:00Z`, { month: 'short', timeZone: 'UTC' });
}

/** A value as the table and the tooltips show it; `null` is "no data". */
export function valueText(locale: Locale, unit: Unit, value: number | null, withUnit = false): string {
  const strings = assessmentStrings(locale);
  if (value === null) return strings.noValue;
  return formatValue(locale, unit, value, withUnit ? strings.unit[unit] : undefined);
}

/** A series' name with the unit its values count in (`全委员会（学时）`, `Branch 1 (%)`), for the legend, the tooltip and the table. */
export function seriesName(locale: Locale, stats: Stats, label: string): string {
  const strings = chartStrings(locale);
  return strings.withUnit(label, strings.unit[stats.unit]);
}

/** The table of the chart: a header row, then one row per label with one cell per series. */
export function tableOf(locale: Locale, stats: Stats): { head: string[]; rows: Array<{ label: string; cells: string[] }> } {
  const strings = chartStrings(locale);
  return {
    head: [strings.groupHeading[stats.groupBy], ...stats.series.map((series) => seriesName(locale, stats, series.label))],
    rows: stats.labels.map((label, i) => ({ label: labelText(locale, stats, label), cells: stats.series.map((series) => valueText(locale, stats.unit, series.values[i] ?? null)) })),
  };
}

/**
 * The canvas's text alternative: what kind of chart of which metric over which labels,
 * then per series its highest, lowest and (for months) latest value.
 */
export function summarize(locale: Locale, stats: Stats, kind: 'line' | 'bar' | 'doughnut'): string {
  const strings = chartStrings(locale);
  const metric = assessmentStrings(locale).metric[stats.metric];
  const first = labelText(locale, stats, stats.labels[0] ?? '');
  const last = labelText(locale, stats, stats.labels[stats.labels.length - 1] ?? '');
  const scope = stats.groupBy === 'month' ? strings.range(first, last) : strings.branches(stats.labels.length);
  const parts = stats.series.map((series) => {
    // Indexes first, words for the three points named: a year of days is thousands of values.
    let high = -1;
    let low = -1;
    let latest = -1;
    series.values.forEach((value, i) => {
      if (value === null) return;
      if (high < 0 || value > series.values[high]!) high = i;
      if (low < 0 || value < series.values[low]!) low = i;
      latest = i;
    });
    if (latest < 0) return strings.seriesEmpty(series.label);
    const text = (i: number) => strings.at(valueText(locale, stats.unit, series.values[i]!, true), labelText(locale, stats, stats.labels[i]!));
    return strings.seriesSummary(series.label, text(high), text(low), stats.groupBy === 'month' ? text(latest) : undefined);
  });
  return strings.summary(strings.kind[kind], metric, scope, parts);
}
