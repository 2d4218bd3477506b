import { expect } from '@open-wc/testing';
import { checkStats, labelText, summarize, tableOf, tickText, valueText } from '../../../src/assessment/pb-stat-chart/internal/chart-data.js';
import { isEmptyStats, type Stats } from '../../../src/assessment/pb-stat-chart/internal/shapes.js';
import { localeReady } from '../../../src/i18n/strings.js';

const trend: Stats = {
  metric: 'study-hours',
  unit: 'hours',
  groupBy: 'month',
  labels: ['2026-07', '2026-08', '2026-09'],
  series: [{ key: 'all', label: '全委员会', values: [312.5, null, 340.2] }],
};

const branches: Stats = {
  metric: 'dues-rate',
  unit: 'percent',
  groupBy: 'branch',
  labels: ['第一党支部', '青山村党支部'],
  series: [{ key: '2026-01..2026-11', label: '2026-01 – 2026-11', values: [0.925, 0.71] }],
};

describe('chart data checks', () => {
  it('accepts gaps (null) and series as long as the labels', () => {
    expect(checkStats(trend)).to.equal(null);
    expect(checkStats(branches)).to.equal(null);
  });

  it('names a series of another length than the labels', () => {
    const stats = { ...trend, series: [...trend.series, { key: 'b01', label: '第一党支部', values: [1, 2] }] };
    expect(checkStats(stats)).to.deep.equal({ path: '$.series[1].values', message: 'has 2 values for 3 labels' });
  });

  it('names values that cannot be drawn: not finite, or a rate outside 0–1', () => {
    expect(checkStats({ ...trend, series: [{ key: 'all', label: 'x', values: [1, Number.NaN, 2] }] })).to.deep.equal({
      path: '$.series[0].values[1]',
      message: 'expected a finite number, got NaN',
    });
    expect(checkStats({ ...branches, series: [{ key: 'k', label: 'x', values: [0.5, 92.5] }] })).to.deep.equal({
      path: '$.series[0].values[1]',
      message: 'expected a rate from 0 to 1, got 92.5',
    });
  });

  it('counts no labels, no series, or only gaps as nothing to show', () => {
    expect(isEmptyStats(trend)).to.equal(false);
    expect(isEmptyStats({ ...trend, labels: [], series: [] })).to.equal(true);
    expect(isEmptyStats({ ...trend, series: [] })).to.equal(true);
    expect(isEmptyStats({ ...trend, series: [{ key: 'all', label: 'x', values: [null, null, null] }] })).to.equal(true);
  });
});

describe('chart data as text', () => {
  before(() => localeReady('en'));

  it('words months in the locale and leaves branch names as they are', () => {
    expect(labelText('zh-CN', trend, '2026-07')).to.equal('2026年7月');
    expect(labelText('en', trend, '2026-07')).to.equal('Jul 2026');
    expect(labelText('en', branches, '第一党支部')).to.equal('第一党支部');
  });

  it('builds the table from the same series: one row per label, one cell per series, gaps said', () => {
    expect(tableOf('zh-CN', trend)).to.deep.equal({
      head: ['月份', '全委员会（学时）'],
      rows: [
        { label: '2026年7月', cells: ['312.5'] },
        { label: '2026年8月', cells: ['无数据'] },
        { label: '2026年9月', cells: ['340.2'] },
      ],
    });
    expect(tableOf('en', branches)).to.deep.equal({
      head: ['Branch', '2026-01 – 2026-11 (%)'],
      rows: [
        { label: '第一党支部', cells: ['92.5%'] },
        { label: '青山村党支部', cells: ['71%'] },
      ],
    });
    expect(valueText('en', 'points', 1234.4, true)).to.equal('1,234 pts');
  });

  it('summarizes a trend: kind, metric, range, highest, lowest and latest', () => {
    expect(summarize('zh-CN', trend, 'line')).to.equal(
      '折线图：学习时长，2026年7月至2026年9月。全委员会最高 340.2 学时（2026年9月），最低 312.5 学时（2026年7月），最近 340.2 学时（2026年9月）。',
    );
    expect(summarize('en', trend, 'bar')).to.equal(
      'Bar chart of study hours, Jul 2026 to Sep 2026. 全委员会: highest 340.2 h (Sep 2026), lowest 312.5 h (Jul 2026), latest 340.2 h (Sep 2026).',
    );
  });

  it('summarizes a comparison by branch, and a series with no data', () => {
    expect(summarize('zh-CN', branches, 'doughnut')).to.equal(
      '环形图：党费按时交纳率，2 个支部。2026-01 – 2026-11最高 92.5%（第一党支部），最低 71%（青山村党支部）。',
    );
    const gaps = { ...trend, series: [{ key: 'b06', label: '流动党员党支部', values: [null, null, null] }] };
    expect(summarize('en', gaps, 'line')).to.contain('流动党员党支部: no data');
  });
});

describe('axis ticks', () => {
  it('shorten months and keep the year on the first tick and on January', () => {
    const year: Stats = { ...trend, labels: ['2025-12', '2026-01', '2026-02'], series: [{ key: 'all', label: 'x', values: [1, 2, 3] }] };
    expect([0, 1, 2].map((i) => tickText('zh-CN', year, i))).to.deep.equal(['2025年12月', '2026年1月', '2月']);
    expect([0, 1, 2].map((i) => tickText('en', year, i))).to.deep.equal(['Dec 2025', 'Jan 2026', 'Feb']);
    expect(tickText('en', branches, 1)).to.equal('青山村党支部');
  });

  it('keep the year where it differs from the tick before, when Chart.js kept only some ticks', () => {
    const years: Stats = { ...trend, labels: ['2025-11', '2025-12', '2026-01', '2026-02', '2026-03'], series: [{ key: 'all', label: 'x', values: [1, 2, 3, 4, 5] }] };
    expect([tickText('zh-CN', years, 0, -1), tickText('zh-CN', years, 3, 0), tickText('zh-CN', years, 4, 3)]).to.deep.equal(['2025年11月', '2026年2月', '3月']);
    expect(tickText('en', years, 3, 1)).to.equal('Feb 2026');
  });
});
