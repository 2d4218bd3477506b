import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { makeSeries } from '../../fixtures/rankings.js';
import { statsHandler } from '../mocks/assessment.js';
import { handlers, states } from '../mocks/handlers.js';
import '../../src/define/pb-stat-chart.js';

interface Args {
  metric: string;
  kind: string;
  groupBy: string;
  title: string;
  view: 'chart' | 'table';
}

/**
 * `<pb-stat-chart>`: a metric by month (a trend) or by branch (a comparison). Chart.js
 * loads with the first chart. The canvas carries a generated summary; "view as table"
 * shows the same numbers; the legend buttons show and hide series (keyboard too).
 */
const meta: Meta<Args> = {
  title: 'Assessment/Stat chart',
  component: 'pb-stat-chart',
  args: { metric: 'study-hours', kind: '', groupBy: 'month', title: '近12个月学时', view: 'chart' },
  argTypes: {
    metric: { control: 'select', options: ['points', 'study-hours', 'study-time', 'completion-rate', 'participation-rate', 'dues-rate'] },
    kind: { control: 'select', options: ['', 'line', 'bar', 'doughnut'] },
    groupBy: { control: 'inline-radio', options: ['month', 'branch'] },
    view: { control: 'inline-radio', options: ['chart', 'table'] },
  },
  render: (args) =>
    html`<pb-stat-chart metric=${args.metric} kind=${args.kind} group-by=${args.groupBy} title=${args.title} view=${args.view}></pb-stat-chart>`,
};
export default meta;

type Story = StoryObj<Args>;
const path = '/stats/:metric';

export const StudyHoursTrend: Story = { name: 'Credit hours (学时) by month (line)' };

/** Time studied is its own metric, in hours on the clock, never 学时. */
export const StudyTimeTrend: Story = { name: 'Time studied by month (line)', args: { metric: 'study-time', title: '近12个月学习时长' } };

export const PointsTrend: Story = { name: 'Study points by month (bar)', args: { metric: 'points', kind: 'bar', title: '学习积分' } };

export const DuesRateByBranch: Story = {
  name: 'Dues paid on time by branch (bar)',
  args: { metric: 'dues-rate', groupBy: 'branch', title: '各支部党费按时交纳率' },
};

export const CompletionByBranch: Story = {
  name: 'Required course completion by branch',
  args: { metric: 'completion-rate', groupBy: 'branch', title: '必修课完成率' },
};

export const ParticipationTrend: Story = { name: 'Participation rate by month', args: { metric: 'participation-rate', title: '参学率' } };

export const PointsShare: Story = {
  name: 'Points by branch (doughnut)',
  args: { metric: 'points', groupBy: 'branch', kind: 'doughnut', title: '各支部学习积分' },
};

export const SeveralBranches: Story = {
  name: 'Three branches compared (legend toggles)',
  args: { title: '支部学时对比' },
  parameters: { msw: [statsHandler({ series: 3 }), ...handlers] },
};

export const TableView: Story = { name: 'View as table', args: { view: 'table' }, parameters: { msw: [statsHandler({ series: 3 }), ...handlers] } };

/** Made-up long series: the axis keeps only the ticks that fit, each naming its own label. */
const days = (n: number) => Array.from({ length: n }, (_, i) => new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10));
const months = (n: number) => Array.from({ length: n }, (_, i) => `${1990 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
const longSeries = (metric: 'points' | 'study-hours' | 'dues-rate', groupBy: 'month' | 'branch', labels?: string[], count = labels?.length ?? 0) => {
  const stats = makeSeries(metric, { groupBy, points: count });
  return labels ? { ...stats, labels } : stats;
};

export const YearOfDays: Story = {
  name: 'Long series: a year of days (365 labels)',
  args: { metric: 'points', title: '2024 年每日学习积分' },
  parameters: { msw: [states.json(path, longSeries('points', 'month', days(365))), ...handlers] },
};

export const ThousandMonths: Story = {
  name: 'Long series: 1,000 months',
  args: { title: '学时（1,000 个月）' },
  parameters: { msw: [states.json(path, longSeries('study-hours', 'month', months(1000))), ...handlers] },
};

export const ManyBranches: Story = {
  name: 'Long series: 61 branches',
  args: { metric: 'dues-rate', groupBy: 'branch', title: '61 个支部党费按时交纳率' },
  parameters: { msw: [states.json(path, longSeries('dues-rate', 'branch', undefined, 61)), ...handlers] },
};

export const Loading: Story = { parameters: { msw: [states.loading(path), ...handlers] } };

export const Empty: Story = {
  parameters: { msw: [states.json(path, { ...makeSeries('study-hours'), series: [{ key: 'all', label: '全委员会', values: Array(12).fill(null) }] }), ...handlers] },
};

export const ServerError: Story = {
  name: 'Error (server, with retry)',
  render: () => html`<pb-config .retry=${{ retries: 0 }}><pb-stat-chart metric="study-hours"></pb-stat-chart></pb-config>`,
  parameters: { msw: [states.problem(path, 503, 'Service Unavailable'), ...handlers] },
};

export const SeriesLengths: Story = {
  name: 'Error (a series shorter than the labels)',
  parameters: {
    msw: [states.json(path, { ...makeSeries('study-hours'), series: [{ key: 'all', label: '全委员会', values: [312.5, 298, 340.2] }] }), ...handlers],
  },
};

export const NotANumber: Story = {
  name: 'Error (a value that is not a number)',
  parameters: {
    msw: [states.json(path, { ...makeSeries('study-hours', { points: 3 }), series: [{ key: 'all', label: '全委员会', values: [312.5, '298', 340.2] }] }), ...handlers],
  },
};

export const UnknownMetric: Story = { name: 'Error (misconfigured: unknown metric)', args: { metric: 'score' } };
