import { localized } from '../../i18n/strings.js';

type Kind = 'line' | 'bar' | 'doughnut';

const zh = {
  kind: { line: '折线图', bar: '柱状图', doughnut: '环形图' } satisfies Record<Kind, string>,
  groupHeading: { month: '月份', branch: '支部' },
  range: (first: string, last: string) => (first === last ? first : `${first}至${last}`),
  branches: (n: number) => `${n} 个支部`,
  at: (value: string, label: string) => `${value}（${label}）`,
  seriesSummary: (name: string, high: string, low: string, latest?: string) => `${name}最高 ${high}，最低 ${low}${latest ? `，最近 ${latest}` : ''}`,
  seriesEmpty: (name: string) => `${name}无数据`,
  summary: (kind: string, metric: string, scope: string, parts: string[]) => `${kind}：${metric}，${scope}。${parts.join('；')}。`,
  viewTable: '以表格查看',
  legend: '显示或隐藏数据',
  tableRegion: '统计表',
  empty: '暂无统计数据',
  emptyHint: '所选时间段内还没有可以统计的记录。',
};

const en: typeof zh = {
  kind: { line: 'Line chart', bar: 'Bar chart', doughnut: 'Doughnut chart' },
  groupHeading: { month: 'Month', branch: 'Branch' },
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

export const chartStrings = localized({ 'zh-CN': zh, en });
