import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../../../test/browser/support/wait.js';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../../define/pb-config.js';
import '../../../define/pb-stat-chart.js';
import type { Backend } from '../../../api/backend.js';
import type { StatSeries } from '../../../api/types.js';
import { Chart } from '../internal/chart-engine.js';
import type { PbStatChart } from '../pb-stat-chart.js';
import { makeSeries } from '../../../../fixtures/rankings.js';
import { mockServer } from '../../../../test/browser/support/mock.js';
import { part, parts, settled, shadow, text } from '../../test/support.js';

async function chart(stats: StatSeries | Backend['getStats'], attributes = '', locale = 'zh-CN', wait = 'chart'): Promise<PbStatChart> {
  const getStats = typeof stats === 'function' ? stats : async () => structuredClone(stats);
  const config = await fixture(html`<pb-config .backend=${{ getStats }} locale=${locale}></pb-config>`);
  config.innerHTML = `<pb-stat-chart ${attributes}></pb-stat-chart>`;
  const element = config.querySelector('pb-stat-chart')!;
  await settled(element, wait, 10_000);
  return element;
}

const drawn = (element: PbStatChart) => Chart.getChart(shadow(element).querySelector('canvas')!)!;

/** Numbers as a reader would write them: independent of the widget's own formatting. */
const plain = (value: number | null, digits = 1) => (value === null ? '无数据' : new Intl.NumberFormat('zh-CN', { maximumFractionDigits: digits }).format(value));

describe('<pb-stat-chart>', function () {
  this.timeout(20_000);
  let errors: string[] = [];
  const originalError = console.error;
  beforeEach(() => {
    errors = [];
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
  });
  afterEach(async () => {
    console.error = originalError;
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('draws a trend on a canvas with role img and a generated summary', async () => {
    const stats = makeSeries('study-hours');
    stats.series[0]!.values[2] = null;
    const element = await chart(stats, 'metric="study-hours" title="近12个月学时"');
    expect(text(part(element, 'title'))).to.equal('近12个月学时');
    const canvas = shadow(element).querySelector('canvas')!;
    expect(canvas.getAttribute('role')).to.equal('img');
    const label = canvas.getAttribute('aria-label')!;
    const values = stats.series[0]!.values.filter((v): v is number => v !== null);
    expect(label).to.match(/^折线图：学时，2025年12月至2026年11月。全委员会最高 /);
    expect(label).to.contain(`最高 ${plain(Math.max(...values))} 学时`);
    expect(label).to.contain(`最低 ${plain(Math.min(...values))} 学时`);
    const instance = drawn(element);
    expect((instance.config as { type: string }).type).to.equal('line');
    expect(instance.data.labels).to.have.length(12);
    expect(instance.data.datasets[0]!.data).to.deep.equal(stats.series[0]!.values);
    await expect(element).shadowDom.to.be.accessible();
  });

  it('"view as table" shows exactly the numbers the chart was given, as a real table', async () => {
    const stats = makeSeries('study-hours', { series: 3 });
    stats.series[1]!.values[4] = null;
    const element = await chart(stats, 'metric="study-hours"');
    const toggle = part(element, 'view-toggle')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    const table = await settled(element, 'table');
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(element.view).to.equal('table');
    expect(element.getAttribute('view')).to.equal('table');
    expect(part(element, 'chart')!.hidden).to.equal(true);

    const instance = drawn(element);
    const head = [...table.querySelectorAll('thead th')].map(text);
    expect(head).to.deep.equal(['月份', ...stats.series.map((series) => `${series.label}（学时）`)]);
    expect(head.slice(1)).to.deep.equal(instance.data.datasets.map((d) => d.label));
    const bodyRows = [...table.querySelectorAll('tbody tr')];
    expect(bodyRows.map((row) => text(row.querySelector('th[scope="row"]')))).to.deep.equal(instance.data.labels);
    bodyRows.forEach((row, i) => {
      const cells = [...row.querySelectorAll('td')].map(text);
      expect(cells, `row ${i}`).to.deep.equal(instance.data.datasets.map((d) => plain(d.data[i] as number | null)));
    });
    await expect(element).shadowDom.to.be.accessible();
    toggle.click();
    await element.updateComplete;
    expect(part(element, 'table')).to.equal(null);
    expect(part(element, 'chart')!.hidden).to.equal(false);
  });

  for (const [metric, zh, en] of [
    ['points', '分', 'points'],
    ['study-hours', '学时', 'credit hours'],
    ['study-time', '小时', 'hours'],
    ['dues-rate', '%', '%'],
  ] as const) {
    it(`names the unit of ${metric} with each series: legend, tooltip, table and axis, in both locales`, async () => {
      for (const [locale, unit, named] of [
        ['zh-CN', zh, (name: string) => `${name}（${zh}）`],
        ['en', en, (name: string) => `${name} (${en})`],
      ] as const) {
        const stats = makeSeries(metric, { series: 2 });
        const element = await chart(stats, `metric="${metric}"`, locale);
        const names = stats.series.map((series) => named(series.label));
        expect(parts(element, 'legend-item').map(text), `${locale} legend`).to.deep.equal(names);
        const instance = drawn(element);
        expect(instance.data.datasets.map((d) => d.label), `${locale} datasets`).to.deep.equal(names);
        // The tooltip a member gets on the third month.
        instance.tooltip!.setActiveElements([{ datasetIndex: 0, index: 2 }, { datasetIndex: 1, index: 2 }], { x: 0, y: 0 });
        instance.update('none');
        const lines = instance.tooltip!.body.flatMap((item) => item.lines);
        expect(lines, `${locale} tooltip`).to.have.length(2);
        lines.forEach((line, i) => expect(line.startsWith(`${names[i]}: `), `${locale} tooltip: ${line}`).to.equal(true));
        const axis = (instance.options.scales!['y'] as { title: { display: boolean; text: string } }).title;
        expect(axis.display ? axis.text : '%', `${locale} axis`).to.equal(unit);
        part(element, 'view-toggle')!.click();
        const table = await settled(element, 'table');
        expect([...table.querySelectorAll('thead th')].slice(1).map(text), `${locale} table`).to.deep.equal(names);
      }
    });
  }

  it('shows and hides series with legend buttons, by keyboard too', async () => {
    const element = await chart(makeSeries('points', { series: 3 }), 'metric="points"');
    const items = parts(element, 'legend-item');
    expect(items.map(text)).to.deep.equal(['第一党支部（分）', '第二党支部（分）', '社区党支部（分）']);
    expect(items.map((item) => item.getAttribute('aria-pressed'))).to.deep.equal(['true', 'true', 'true']);
    items[1]!.focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => items[1]!.getAttribute('aria-pressed') === 'false');
    expect(drawn(element).isDatasetVisible(1)).to.equal(false);
    expect(drawn(element).isDatasetVisible(0)).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => items[1]!.getAttribute('aria-pressed') === 'true');
    expect(drawn(element).isDatasetVisible(1)).to.equal(true);
    await expect(element).shadowDom.to.be.accessible();
  });

  it('draws bars for branches and a doughnut whose legend hides slices', async () => {
    const bars = await chart(makeSeries('dues-rate', { groupBy: 'branch' }), 'metric="dues-rate" group-by="branch"');
    expect((drawn(bars).config as { type: string }).type).to.equal('bar');
    expect((drawn(bars).options.scales!['y'] as { max?: number }).max, 'rates end at 100%').to.equal(1);
    expect(parts(bars, 'legend-item'), 'one series needs no legend').to.have.length(0);

    const doughnut = await chart(makeSeries('points', { groupBy: 'branch' }), 'metric="points" group-by="branch" kind="doughnut"');
    expect((drawn(doughnut).config as { type: string }).type).to.equal('doughnut');
    const slices = parts(doughnut, 'legend-item');
    expect(slices).to.have.length(6);
    slices[3]!.click();
    await waitUntil(() => slices[3]!.getAttribute('aria-pressed') === 'false');
    expect(drawn(doughnut).getDataVisibility(3)).to.equal(false);
  });

  it('takes its colours from the theme tokens and follows a theme change', async () => {
    const element = await chart(makeSeries('points', { series: 2 }), 'metric="points"');
    const instance = drawn(element);
    expect(instance.data.datasets[0]!.borderColor).to.equal('#b3141a');
    expect((instance.options.scales!['x']!.ticks as { color: string }).color).to.equal('#5c5552');
    element.theme = 'dark';
    await waitUntil(() => (drawn(element).options.scales!['x']!.ticks as { color: string }).color === '#c0b7b1', 'dark tokens not applied');
    // The first series in the dark theme: the light red, 3:1 or more on the dark surface.
    expect(drawn(element).data.datasets[0]!.borderColor).to.equal('#ff8f87');
    element.style.setProperty('--pb-stat-chart-color-1', '#0055aa');
    element.theme = 'large-text';
    await waitUntil(() => drawn(element).data.datasets[0]!.borderColor === '#0055aa', 'page colour not applied');
    expect((drawn(element).options.scales!['x']!.ticks as { font: { size: number } }).font.size).to.equal(16);
  });

  it('turns animation off for members who asked for reduced motion', async () => {
    const animated = await chart(makeSeries('points'), 'metric="points"');
    expect(drawn(animated).options.animation).to.not.equal(false);
    await emulateMedia({ reducedMotion: 'reduce' });
    const still = await chart(makeSeries('points'), 'metric="points"');
    expect(drawn(still).options.animation).to.equal(false);
  });

  it('resizes with its box', async () => {
    const element = await chart(makeSeries('points'), 'metric="points"');
    element.style.width = '600px';
    await waitUntil(() => drawn(element).width === 600, 'did not take 600 px');
    element.style.width = '320px';
    await waitUntil(() => drawn(element).width === 320, 'did not shrink to 320 px');
  });

  it('draws again when the page moves it elsewhere', async () => {
    const element = await chart(makeSeries('points'), 'metric="points"');
    const parent = element.parentElement!;
    element.remove();
    expect(Chart.getChart(shadow(element).querySelector('canvas')!), 'released when it leaves').to.equal(undefined);
    document.body.append(element);
    parent.append(element);
    await waitUntil(() => Chart.getChart(shadow(element).querySelector('canvas')!), 'not drawn again');
    expect(drawn(element).data.datasets[0]!.data).to.have.length(12);
  });

  it('tells the page when the chart is drawn', async () => {
    const config = await fixture(html`<pb-config .backend=${{ getStats: async () => makeSeries('points') }}></pb-config>`);
    const element = document.createElement('pb-stat-chart');
    const event = oneEvent(config, 'pb-stat-chart-draw');
    config.append(element);
    expect((await event).detail).to.deep.equal({ kind: 'line' });
  });

  it('speaks English with locale="en"', async () => {
    const element = await chart(makeSeries('dues-rate', { groupBy: 'branch' }), 'metric="dues-rate" group-by="branch" view="table"', 'en', 'table');
    expect(shadow(element).querySelector('canvas')!.getAttribute('aria-label')).to.match(/^Bar chart of dues paid on time, 6 branches\. /);
    expect(text(part(element, 'view-toggle'))).to.equal('View as table');
    expect(text(part(element, 'table')!.querySelector('thead th'))).to.equal('Branch');
  });

  it('asks the REST API with the contract’s query, and shows an error with a retry', async () => {
    const server = await mockServer({
      'GET /stats/participation-rate': [{ status: 503, body: { title: 'Service Unavailable', status: 503 } }, { body: makeSeries('participation-rate') }],
    });
    const config = await fixture(
      html`<pb-config api-base=${server.base} .retry=${{ retries: 0 }}><pb-stat-chart metric="participation-rate" from="2025-12" to="2026-11" branch-id="b01"></pb-stat-chart></pb-config>`,
    );
    const element = config.querySelector('pb-stat-chart')!;
    const error = await settled(element, 'error', 10_000);
    expect(text(error)).to.contain('服务器暂时无法处理请求');
    await expect(element).shadowDom.to.be.accessible();
    part(element, 'retry')!.click();
    await settled(element, 'chart', 10_000);
    const [request] = await server.log();
    expect(Object.fromEntries(new URLSearchParams(request!.query))).to.deep.equal({ groupBy: 'month', from: '2025-12', to: '2026-11', branchId: 'b01' });
  });

  it('shows the loading skeleton, then the empty state when nothing was measured', async () => {
    let answer!: (stats: StatSeries) => void;
    const element = await chart(() => new Promise((resolve) => (answer = resolve)), '', 'zh-CN', 'loading');
    await expect(element).shadowDom.to.be.accessible();
    const empty = makeSeries('points');
    empty.series[0]!.values = empty.labels.map(() => null);
    answer(empty);
    expect(text(await settled(element, 'empty'))).to.equal('暂无统计数据 所选时间段内还没有可以统计的记录。');
    expect(shadow(element).querySelector('canvas')).to.equal(null);
  });

  for (const [name, broken, path, expectation] of [
    ['a series shorter than the labels', (s: StatSeries) => (s.series[0]!.values = [1, 2, 3]), '$.series[0].values', 'has 3 values for 12 labels'],
    ['a value that is not a number', (s: StatSeries) => ((s.series[0]!.values as unknown[])[1] = '298'), '$.series[0].values[1]', 'expected number, got "298"'],
    ['a missing value', (s: StatSeries) => (s.series[0]!.values = [...s.series[0]!.values.slice(0, 3), undefined as never, ...s.series[0]!.values.slice(4)]), '$.series[0].values[3]', 'got undefined'],
    ['a rate above 1', (s: StatSeries) => ((s.unit = 'percent'), (s.series[0]!.values[0] = 87.5)), '$.series[0].values[0]', 'expected a rate from 0 to 1, got 87.5'],
  ] as const) {
    it(`says clearly what is wrong with ${name}, instead of drawing it`, async () => {
      const stats = makeSeries('points');
      broken(stats);
      const element = await chart(async () => stats, '', 'en', 'error');
      const error = part(element, 'error')!;
      expect(text(error)).to.contain('unexpected format');
      const detail = text(error.querySelector('.state-detail code'));
      expect(detail).to.contain(`backend.getStats() returned data that does not match the contract at ${path}`);
      expect(detail).to.contain(expectation);
      expect(shadow(element).querySelector('canvas')).to.equal(null);
    });
  }

  it('refuses an unknown metric, kind or month, naming the attribute, without asking the server', async () => {
    let calls = 0;
    const getStats = async () => (calls++, makeSeries('points'));
    const metric = await chart(getStats, 'metric="score"', 'zh-CN', 'error');
    expect(text(part(metric, 'error'))).to.contain('“metric”');
    const month = await chart(getStats, 'from="2026-13"', 'zh-CN', 'error');
    expect(text(part(month, 'error'))).to.contain('“from”');
    expect(calls).to.equal(0);
    const kind = await chart(getStats, 'kind="pie"', 'zh-CN', 'error');
    expect(text(part(kind, 'error'))).to.contain('“kind”');
    expect(errors.some((e) => e.includes('"pie" is not a chart kind'))).to.equal(true);
  });

  it('writes labels from the server as text, never HTML', async () => {
    const stats = makeSeries('points', { series: 2 });
    stats.series[0]!.label = '<img src=x onerror="window.__pwned=1">第一党支部';
    const element = await chart(stats, '', 'zh-CN', 'legend');
    expect(text(parts(element, 'legend-item')[0])).to.equal(`${stats.series[0]!.label}（分）`);
    part(element, 'view-toggle')!.click();
    await settled(element, 'table');
    expect(shadow(element).querySelector('img')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
