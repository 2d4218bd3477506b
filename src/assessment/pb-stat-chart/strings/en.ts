import type { ChartStrings } from './zh-CN.js';

/** English strings for `zh-CN.ts`, loaded when a widget shows English. */
export const en: ChartStrings = {
  kind: { line: 'Line chart', bar: 'Bar chart', doughnut: 'Doughnut chart' },
  groupHeading: { month: 'Month', branch: 'Branch' },
  unit: { points: 'points', hours: 'credit hours', 'clock-hours': 'hours', percent: '%' },
  withUnit: (name, unit) => `${name} (${unit})`,
  range: (first, last) => (first === last ? first : `${first} to ${last}`),
  branches: (n) => `${n} ${n === 1 ? 'branch' : 'branches'}`,
  at: (value, label) => `${value} (${label})`,
  seriesSummary: (name, high, low, latest) => `${name}: highest ${high}, lowest ${low}${latest ? `, latest ${latest}` : ''}`,
  seriesEmpty: (name) => `${name}: no data`,
  summary: (kind, metric, scope, parts) => `${kind} of ${metric.toLowerCase()}, ${scope}. ${parts.join('; ')}.`,
  viewTable: 'View as table',
  legend: 'Show or hide data',
  tableRegion: 'Data table',
  empty: 'No statistics yet',
  emptyHint: 'Nothing has been recorded for this period yet.',
};
