/** Strings of `<pb-leaderboard>` in zh-CN, the default: the table the English one is typed by. */
import type { Metric, Period } from '../../../api/types.js';
import type { Scope } from '../../shared/metrics.js';
import { zhCN as names } from '../../shared/strings/zh-CN.js';

export const zhCN = {
  rank: '名次',
  name: { branches: '支部', members: '党员' } satisfies Record<Scope, string>,
  change: '变化',
  label: (scope: Scope, metric: Metric, period: Period) => `${names.period[period]}${names.scope[scope]}${names.metric[metric]}排行`,
  rankOf: (rank: number) => `第 ${rank} 名`,
  tied: '并列',
  top: '前三名',
  up: (n: number) => `上升 ${n} 位`,
  down: (n: number) => `下降 ${n} 位`,
  same: '名次不变',
  new: '新上榜',
  newShort: '新',
  meTag: { branches: '本支部', members: '我' } satisfies Record<Scope, string>,
  mine: { branches: '本支部排名', members: '我的排名' } satisfies Record<Scope, string>,
  jump: { branches: '定位到本支部', members: '定位到我' } satisfies Record<Scope, string>,
  outside: (cap: number) => `未进入前 ${cap} 名`,
  count: (_n: number, scope: Scope, shown: string) => (scope === 'branches' ? `共 ${shown} 个支部` : `共 ${shown} 名党员`),
  updated: (time: string) => `更新于 ${time}`,
  empty: '暂无排名',
  emptyHint: (period: Period) => `${names.period[period]}还没有可以排名的记录。`,
  controls: { metric: '指标', period: '时段', scope: '范围' },
  duesRateForbidden: '党员个人的党费按时交纳率只有本支部书记可以查看。可以查看各支部的交纳率排行。',
};

export type LeaderboardStrings = typeof zhCN;
