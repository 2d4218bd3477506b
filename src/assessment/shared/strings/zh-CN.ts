/** Strings of both assessment widgets (metric, period and scope names, and units) in zh-CN, the default: the table the English one is typed by. */
import type { Metric, Period } from '../../../api/types.js';
import type { Scope, Unit } from '../metrics.js';

export const zhCN = {
  metric: {
    points: '学习积分',
    'study-hours': '学时',
    'study-time': '学习时长',
    'completion-rate': '必修课完成率',
    'participation-rate': '参学率',
    'dues-rate': '党费按时交纳率',
    'attendance-rate': '参会率',
  } satisfies Record<Metric, string>,
  period: { week: '本周', month: '本月', quarter: '本季度', year: '本年度', all: '累计' } satisfies Record<Period, string>,
  scope: { branches: '支部', members: '党员' } satisfies Record<Scope, string>,
  unit: { points: (n: string) => `${n} 分`, hours: (n: string) => `${n} 学时`, 'clock-hours': (n: string) => `${n} 小时`, percent: (n: string) => n } satisfies Record<Unit, (n: string) => string>,
  noValue: '无数据',
};

export type AssessmentStrings = typeof zhCN;
