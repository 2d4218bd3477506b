/** Strings of `<pb-stat-chart>` in zh-CN, the default: the table the English one is typed by. */
type Kind = 'line' | 'bar' | 'doughnut';
type Unit = 'points' | 'hours' | 'clock-hours' | 'percent';

export const zhCN = {
  kind: { line: '折线图', bar: '柱状图', doughnut: '环形图' } satisfies Record<Kind, string>,
  groupHeading: { month: '月份', branch: '支部' },
  /** What a series counts in, after its name in the legend, the tooltip and the table's header. */
  unit: { points: '分', hours: '学时', 'clock-hours': '小时', percent: '%' } satisfies Record<Unit, string>,
  withUnit: (name: string, unit: string) => `${name}（${unit}）`,
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

export type ChartStrings = typeof zhCN;
