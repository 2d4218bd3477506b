/**
 * Chart.js with only what `<pb-stat-chart>` draws: line, bar and doughnut charts on
 * category and linear scales, with tooltips. Not `chart.js/auto`, which brings every
 * chart type, scale and plugin (about 7 KB more gzipped). The legend is ours
 * (keyboard-operable buttons), so Chart.js's legend plugin is left out, and areas are
 * not filled, so the filler plugin is too.
 */
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

let registered = false;

/**
 * Chart.js with our pieces registered. Registration happens in a call, not at module
 * level: the package marks its modules free of side effects, so a bundler may drop a
 * top-level `Chart.register(…)`.
 */
export function chartClass(): typeof Chart {
  if (!registered) {
    Chart.register(LineController, BarController, DoughnutController, LineElement, PointElement, BarElement, ArcElement, CategoryScale, LinearScale, Tooltip);
    registered = true;
  }
  return Chart;
}

export { Chart };
