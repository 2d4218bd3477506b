import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { checkStats, labelText, summarize, tableOf, tickText, valueText } from '../internal/chart-data.js';
import { isEmptyStats, type Stats } from '../internal/shapes.js';
import { localeReady } from '../../../i18n/strings.js';

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
    assert.equal(checkStats(trend), null);
    assert.equal(checkStats(branches), null);
  });

  it('names a series of another length than the labels', () => {
    const stats = { ...trend, series: [...trend.series, { key: 'b01', label: '第一党支部', values: [1, 2] }] };
    assert.deepEqual(checkStats(stats), { path: '$.series[1].values', message: 'has 2 values for 3 labels' });
  });

  it('names values that cannot be drawn: not finite, or a rate outside 0–1', () => {
    assert.deepEqual(checkStats({ ...trend, series: [{ key: 'all', label: 'x', values: [1, Number.NaN, 2] }] }), {
      path: '$.series[0].values[1]',
      message: 'expected a finite number, got NaN',
    });
    assert.deepEqual(checkStats({ ...branches, series: [{ key: 'k', label: 'x', values: [0.5, 92.5] }] }), {
      path: '$.series[0].values[1]',
      message: 'expected a rate from 0 to 1, got 92.5',
    });
  });

  it('counts no labels, no series, or only gaps as nothing to show', () => {
    assert.equal(isEmptyStats(trend), false);
    assert.equal(isEmptyStats({ ...trend, labels: [], series: [] }), true);
    assert.equal(isEmptyStats({ ...trend, series: [] }), true);
    assert.equal(isEmptyStats({ ...trend, series: [{ key: 'all', label: 'x', values: [null, null, null] }] }), true);
  });
});

describe('chart data as text', () => {
  before(() => localeReady('en'));

  it('words months in the locale and leaves branch names as they are', () => {
    assert.equal(labelText('zh-CN', trend, '2026-07'), '2026年7月');
    assert.equal(labelText('en', trend, '2026-07'), 'Jul 2026');
    assert.equal(labelText('en', branches, '第一党支部'), '第一党支部');
  });

  it('builds the table from the same series: one row per label, one cell per series, gaps said', () => {
    assert.deepEqual(tableOf('zh-CN', trend), {
      head: ['月份', '全委员会（学时）'],
      rows: [
        { label: '2026年7月', cells: ['312.5'] },
        { label: '2026年8月', cells: ['无数据'] },
        { label: '2026年9月', cells: ['340.2'] },
      ],
    });
    assert.deepEqual(tableOf('en', branches), {
      head: ['Branch', '2026-01 – 2026-11 (%)'],
      rows: [
        { label: '第一党支部', cells: ['92.5%'] },
        { label: '青山村党支部', cells: ['71%'] },
      ],
    });
    assert.equal(valueText('en', 'points', 1234.4, true), '1,234 pts');
  });

  it('summarizes a trend: kind, metric, range, highest, lowest and latest', () => {
    assert.equal(summarize('zh-CN', trend, 'line'), 
      '折线图：学时，2026年7月至2026年9月。全委员会最高 340.2 学时（2026年9月），最低 312.5 学时（2026年7月），最近 340.2 学时（2026年9月）。',
    );
    assert.equal(summarize('en', trend, 'bar'), 
      'Bar chart of credit hours, Jul 2026 to Sep 2026. 全委员会: highest 340.2 credit h (Sep 2026), lowest 312.5 credit h (Jul 2026), latest 340.2 credit h (Sep 2026).',
    );
  });

  it('summarizes a comparison by branch, and a series with no data', () => {
    assert.equal(summarize('zh-CN', branches, 'doughnut'), 
      '环形图：党费按时交纳率，2 个支部。2026-01 – 2026-11最高 92.5%（第一党支部），最低 71%（青山村党支部）。',
    );
    const gaps = { ...trend, series: [{ key: 'b06', label: '流动党员党支部', values: [null, null, null] }] };
    assert.ok((summarize('en', gaps, 'line')).includes('流动党员党支部: no data'));
  });
});

describe('axis ticks', () => {
  it('shorten months and keep the year on the first tick and on January', () => {
    const year: Stats = { ...trend, labels: ['2025-12', '2026-01', '2026-02'], series: [{ key: 'all', label: 'x', values: [1, 2, 3] }] };
    assert.deepEqual([0, 1, 2].map((i) => tickText('zh-CN', year, i)), ['2025年12月', '2026年1月', '2月']);
    assert.deepEqual([0, 1, 2].map((i) => tickText('en', year, i)), ['Dec 2025', 'Jan 2026', 'Feb']);
    assert.equal(tickText('en', branches, 1), '青山村党支部');
  });

  it('keep the year where it differs from the tick before, when Chart.js kept only some ticks', () => {
    const years: Stats = { ...trend, labels: ['2025-11', '2025-12', '2026-01', '2026-02', '2026-03'], series: [{ key: 'all', label: 'x', values: [1, 2, 3, 4, 5] }] };
    assert.deepEqual([tickText('zh-CN', years, 0, -1), tickText('zh-CN', years, 3, 0), tickText('zh-CN', years, 4, 3)], ['2025年11月', '2026年2月', '3月']);
    assert.equal(tickText('en', years, 3, 1), 'Feb 2026');
  });
});
