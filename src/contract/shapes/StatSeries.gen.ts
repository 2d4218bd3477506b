// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { Metric } from './Metric.gen.js';

/** The shape of `StatSeries` in openapi.yaml. */
export const StatSeries = { metric: Metric, unit: 'points|hours|clock-hours|percent', groupBy: 'month|branch', labels: ['string'], series: [{ key: 'string', label: 'string', values: ['number?'] }] } as const;
/** What `getStats` answers. */
export { StatSeries as getStats };
