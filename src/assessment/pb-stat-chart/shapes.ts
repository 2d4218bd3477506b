import { array, nullable, number, object, picklist, string, type InferOutput } from 'valibot';
import type { StatSeries } from '../../api/types.js';
import { metrics } from '../shared/metrics.js';

/** `StatSeries` as the chart reads it; `checkStats` adds what a type cannot say (equal lengths, rates 0–1). */
export const statsShape = object({
  metric: picklist(metrics),
  unit: picklist(['points', 'hours', 'percent']),
  groupBy: picklist(['month', 'branch']),
  labels: array(string()),
  series: array(object({ key: string(), label: string(), values: array(nullable(number())) })),
});

export type Stats = InferOutput<typeof statsShape>;

// The shape must accept everything the contract allows.
const _check: StatSeries extends Stats ? true : never = true;
void _check;

/** Nothing to draw: no labels, no series, or not one measured value. */
export function isEmptyStats(stats: Stats): boolean {
  return !stats.labels.length || stats.series.every((series) => series.values.every((value) => value === null));
}
