import { expect, fixture, html } from '@open-wc/testing';
import '../../../define/pb-config.js';
import '../../../define/pb-stat-chart.js';
import type { StatSeries } from '../../../api/types.js';
import { Chart } from '../internal/chart-engine.js';
import type { PbStatChart } from '../pb-stat-chart.js';
import { settled, shadow } from '../../test/support.js';

/**
 * The x axis of a long series: Chart.js keeps only the ticks that fit, and with more than
 * 60 labels it measures a sample of them first. Whatever it keeps, each tick must name the
 * label at its own position (the report: 365 days read 2024-01-01 … 2024-01-18).
 */

/** `n` consecutive months from `year`-`month`, as the contract sends them (`YYYY-MM`). */
const months = (n: number, year = 1990, month = 1) =>
  Array.from({ length: n }, (_, i) => `${year + Math.floor((month - 1 + i) / 12)}-${String(((month - 1 + i) % 12) + 1).padStart(2, '0')}`);
const branches = (n: number) => Array.from({ length: n }, (_, i) => `第${i + 1}党支部`);
const days = (n: number) => Array.from({ length: n }, (_, i) => new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10));

function stats(groupBy: 'month' | 'branch', labels: string[]): StatSeries {
  return {
    metric: 'points',
    unit: 'points',
    groupBy,
    labels,
    series: [{ key: 'all', label: '全委员会', values: labels.map((_, i) => 500 + ((i * 37) % 400)) }],
  };
}

async function drawn(data: StatSeries, width: number, locale: string): Promise<Chart> {
  const page = await fixture<HTMLElement>(html`<div><pb-config .backend=${{ getStats: async () => data }} locale=${locale}></pb-config></div>`);
  page.style.inlineSize = `${width}px`;
  const config = page.querySelector('pb-config')!;
  config.innerHTML = `<pb-stat-chart group-by="${data.groupBy}"></pb-stat-chart>`;
  const element = config.querySelector<PbStatChart>('pb-stat-chart')!;
  await settled(element, 'chart');
  return Chart.getChart(shadow(element).querySelector('canvas')!)!;
}

/**
 * A month's tick as a reader checks it: the month of that label, with its year on the first
 * tick and wherever the year differs from the tick before, else the month alone.
 */
function monthTick(label: string, previous: string | undefined, locale: string): string {
  const withYear = previous === undefined || previous.slice(0, 4) !== label.slice(0, 4);
  return new Intl.DateTimeFormat(locale, { year: withYear ? 'numeric' : undefined, month: 'short', timeZone: 'UTC' }).format(new Date(`${label}-15T00:00:00Z`));
}

/** What is wrong with the ticks drawn for `labels`: out of order, naming another label, or not spanning them. */
function tickProblems(chart: Chart, labels: string[], monthly: boolean, locale: string): string[] {
  const ticks = chart.scales['x']!.ticks;
  const found: string[] = [];
  if (ticks.length < 2) found.push(`only ${ticks.length} ticks`);
  ticks.forEach((tick, i) => {
    const label = labels[tick.value];
    const text = String(tick.label);
    if (label === undefined) found.push(`tick ${i} has value ${tick.value}, outside the labels`);
    else if (text !== (monthly ? monthTick(label, labels[ticks[i - 1]?.value ?? -1], locale) : label)) found.push(`tick ${i} at ${label} reads "${text}"`);
    if (i > 0 && tick.value <= ticks[i - 1]!.value) found.push(`tick ${i} (${tick.value}) is not after tick ${i - 1} (${ticks[i - 1]!.value})`);
  });
  if (ticks[0]?.value !== 0) found.push(`the first tick is label ${ticks[0]?.value}, not the first label`);
  // The ticks reach the end of the axis: the last one is within one step of the last label.
  const step = Math.max(1, ...ticks.slice(1).map((tick, i) => tick.value - ticks[i]!.value));
  const last = ticks.at(-1)?.value ?? 0;
  if (last < labels.length - 1 - step) found.push(`the last tick is label ${last} of ${labels.length}, a step is ${step}`);
  return found;
}

describe('<pb-stat-chart> axis of a long series', function () {
  this.timeout(60_000);

  for (const groupBy of ['month', 'branch'] as const) {
    for (const count of [61, 365, 1000]) {
      it(`names the right label under every tick: ${count} labels, group-by ${groupBy}`, async () => {
        const labels = groupBy === 'month' ? months(count) : branches(count);
        const found: string[] = [];
        for (const [width, locale] of [[800, 'zh-CN'], [375, 'en']] as const) {
          const chart = await drawn(stats(groupBy, labels), width, locale);
          found.push(...tickProblems(chart, labels, groupBy === 'month', locale).map((p) => `${width} px, ${locale}: ${p}`));
        }
        expect(found).to.deep.equal([]);
      });
    }
  }

  it('shows the year wherever it changes between the ticks kept, for 12 and 36 months on a phone', async () => {
    for (const count of [12, 36]) {
      const labels = months(count, 2025, 12);
      for (const locale of ['zh-CN', 'en']) {
        const chart = await drawn(stats('month', labels), 375, locale);
        expect(tickProblems(chart, labels, true, locale), `${count} months, ${locale}`).to.deep.equal([]);
        expect(chart.scales['x']!.ticks.length, 'the axis was thinned').to.be.lessThan(count);
      }
    }
  });

  it('reads a year of days across the year, not its first 18 days (the report)', async () => {
    const labels = days(365);
    const chart = await drawn(stats('month', labels), 800, 'zh-CN');
    expect(tickProblems(chart, labels, false, 'zh-CN')).to.deep.equal([]);
    const ticks = chart.scales['x']!.ticks.map((tick) => String(tick.label));
    expect(ticks[0]).to.equal('2024-01-01');
    expect(ticks.at(-1)! >= '2024-11-01', `the last tick reads ${ticks.at(-1)}`).to.equal(true);
  });
});
