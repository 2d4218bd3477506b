import { oneOf, shape, type Infer } from '../../../api/data-shape.js';
import type { StatSeries } from '../../../api/types.js';
import { metrics } from '../../shared/metrics.js';

/** `StatSeries` as the chart reads it; `checkStats` adds what a type cannot say (equal lengths, rates 0–1). */
export const statsShape = shape({
  metric: oneOf(metrics),
  unit: 'points|hours|percent',
  groupBy: 'month|branch',
  labels: ['string'],
  series: [{ key: 'string', label: 'string', values: ['number?'] }],
});

export type Stats = Infer<typeof statsShape>;

// The shape must accept everything the contract allows.
const _check: StatSeries extends Stats ? true : never = true;
void _check;

/** Nothing to draw: no labels, no series, or not one measured value. */
export function isEmptyStats(stats: Stats): boolean {
  return !stats.labels.length || stats.series.every((series) => series.values.every((value) => value === null));
}
