import type { ChartConfiguration, ChartDataset, Plugin, TooltipItem } from 'chart.js';
import type { Locale } from '../../../i18n/locale.js';
import { labelText, seriesName, tickText, valueText } from './chart-data.js';
import { chartStrings } from '../strings/index.js';
import type { Stats } from './shapes.js';

export type Kind = 'line' | 'bar' | 'doughnut';

/** What the chart takes from the theme: colours from the `--pb-*` tokens, the text font. */
export interface Look {
  series: string[];
  text: string;
  muted: string;
  border: string;
  surface: string;
  font: { family: string; size: number };
}

/** Series are told apart by line pattern and point shape as well as colour. */
export const DASHES: number[][] = [[], [6, 4], [2, 3], [10, 4, 2, 4], [1, 5], [12, 6]];
const POINTS = ['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot'] as const;

/** Which of the six colours and patterns series (or doughnut slice) `i` uses. */
export const colourOf = (i: number) => i % 6;
export const dashOf = (i: number) => (i + Math.floor(i / 6)) % DASHES.length;

/** Reads the look from the element's computed tokens, so light, dark and large-text follow the page. */
export function readLook(host: Element): Look {
  const style = getComputedStyle(host);
  const token = (name: string) => style.getPropertyValue(name).trim();
  return {
    series: [1, 2, 3, 4, 5, 6].map((n) => token(`--_series-${n}`)),
    text: token('--_c-text'),
    muted: token('--_c-text-muted'),
    border: token('--_c-border'),
    surface: token('--_c-surface'),
    font: { family: style.fontFamily, size: Math.round(parseFloat(style.fontSize) * 0.8) || 13 },
  };
}

/**
 * The Chart.js configuration for statistics: labels and values exactly as the table
 * shows them, axis and tooltip text in the member's locale, colours from the look.
 * `hidden` are the series (or doughnut slices) the member switched off in the legend.
 */
export function chartConfig(locale: Locale, stats: Stats, kind: Kind, look: Look, hidden: ReadonlySet<number>, animate: boolean, drawn: Plugin): ChartConfiguration {
  const doughnut = kind === 'doughnut';
  const many = stats.labels.length > 60;
  // Animating thousands of points costs more than it shows (Chart.js's own advice).
  const moving = animate && stats.labels.length * stats.series.length <= 1000;
  const colour = (i: number) => look.series[colourOf(i)] || look.text;
  const datasets = stats.series.map(
    (series, i) =>
      ({
        label: seriesName(locale, stats, series.label),
        data: series.values,
        borderColor: doughnut ? look.surface : colour(i),
        backgroundColor: doughnut ? stats.labels.map((_, j) => colour(j)) : colour(i),
        borderWidth: 2,
        borderDash: kind === 'line' ? DASHES[dashOf(i)] : undefined,
        pointStyle: POINTS[colourOf(i)],
        pointRadius: many ? 0 : 3,
        pointHoverRadius: 5,
        // Hundreds of points a line are denser than pixels: curves would cost and not show.
        tension: many ? 0 : 0.25,
        spanGaps: false,
        hidden: !doughnut && hidden.has(i),
      }) as ChartDataset,
  );
  const ticks = { color: look.muted, font: look.font };
  const axis = { ticks, grid: { color: look.border }, border: { color: look.border } };
  return {
    type: kind,
    data: { labels: stats.labels.map((label) => labelText(locale, stats, label)), datasets },
    plugins: [drawn],
    options: {
      responsive: false,
      maintainAspectRatio: false,
      animation: moving ? { duration: 400 } : false,
      normalized: true,
      color: look.text,
      interaction: doughnut ? { mode: 'nearest', intersect: true } : { mode: 'index', intersect: false },
      plugins: {
        tooltip: {
          titleFont: look.font,
          bodyFont: look.font,
          // The series' name says the unit: the value follows as the table shows it.
          callbacks: { label: (item: TooltipItem<Kind>) => `${item.dataset.label ?? ''}: ${valueText(locale, stats.unit, item.raw as number | null)}` },
        },
      },
      scales: doughnut
        ? {}
        : {
            // Months lie flat and thin out on a phone; branch names turn to stay whole.
            // With many labels, Chart.js sizes the axis from a sample instead of measuring each.
            x: {
              ...axis,
              ticks: {
                ...ticks,
                maxRotation: stats.groupBy === 'month' ? 0 : 50,
                // Room between the ticks kept, so flat dates do not run into each other.
                autoSkipPadding: Math.round(look.font.size * 0.75),
                // Sampling (any size under the label count) also makes Chart.js word the ticks it
                // kept once more after thinning them, so a month sees the tick kept before it.
                sampleSize: many ? 24 : stats.labels.length > 2 ? stats.labels.length - 1 : undefined,
                // A category tick's value is its label's index; `index` is only its place among
                // the ticks kept (the axis of 365 days read 2024-01-01 … 2024-01-18).
                callback: (value: string | number, index: number, kept: Array<{ value: number }>) =>
                  tickText(locale, stats, Number(value), index > 0 ? kept[index - 1]!.value : -1),
              },
            },
            y: {
              ...axis,
              // Rates carry % on every tick; points and hours name their unit once, beside the axis.
              title: { display: stats.unit !== 'percent', text: chartStrings(locale).unit[stats.unit], color: look.muted, font: look.font },
              beginAtZero: true,
              max: stats.unit === 'percent' ? 1 : undefined,
              ticks: { ...ticks, callback: (value: string | number) => valueText(locale, stats.unit, Number(value)) },
            },
          },
    },
  } as ChartConfiguration;
}
