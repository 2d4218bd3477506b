import type { StatSeries } from '../../../api/types.js';

/** The contract's `StatSeries`, as the chart reads it (checked by the backend, then by `checkStats`). */
export type Stats = StatSeries;

/** Nothing to draw: no labels, no series, or not one measured value. */
export function isEmptyStats(stats: Stats): boolean {
  return !stats.labels.length || stats.series.every((series) => series.values.every((value) => value === null));
}
