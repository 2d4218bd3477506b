import type { LeaderboardPage, Metric } from '../types.js';

/**
 * The unit a metric's values travel in, as the contract's `Metric` says: points; `hours`, 学时
 * (study-hours: credit hours of completed courses); `clock-hours`, time studied (study-time);
 * and rates (0–1) for the rest.
 */
export const unitOf = (metric: Metric): LeaderboardPage['unit'] =>
  metric === 'points' ? 'points' : metric === 'study-hours' ? 'hours' : metric === 'study-time' ? 'clock-hours' : 'percent';
