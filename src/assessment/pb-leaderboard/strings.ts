import type { Metric, Period } from '../../api/types.js';
import { localized } from '../../i18n/strings.js';
import type { Scope } from '../shared/metrics.js';
import { assessmentStrings } from '../shared/strings.js';

const names = assessmentStrings('zh-CN');
const namesEn = assessmentStrings('en');

const zh = {
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
};

const en: typeof zh = {
  rank: 'Rank',
  name: { branches: 'Branch', members: 'Member' },
  change: 'Change',
  label: (scope, metric, period) => `${namesEn.scope[scope]} by ${namesEn.metric[metric].toLowerCase()}, ${namesEn.period[period].toLowerCase()}`,
  rankOf: (rank) => `No. ${rank}`,
  tied: 'tied',
  top: 'top three',
  up: (n) => `up ${n} ${n === 1 ? 'place' : 'places'}`,
  down: (n) => `down ${n} ${n === 1 ? 'place' : 'places'}`,
  same: 'no change',
  new: 'new in the ranking',
  newShort: 'New',
  meTag: { branches: 'your branch', members: 'you' },
  mine: { branches: 'Your branch', members: 'Your rank' },
  jump: { branches: 'Show my branch', members: 'Show me' },
  outside: (cap) => `outside the top ${cap}`,
  count: (n, scope, shown) => `${shown} ${scope === 'branches' ? (n === 1 ? 'branch' : 'branches') : n === 1 ? 'member' : 'members'}`,
  updated: (time) => `Updated ${time}`,
  empty: 'No ranking yet',
  emptyHint: (period) => `Nothing to rank ${period === 'all' ? 'yet' : namesEn.period[period].toLowerCase()}.`,
  controls: { metric: 'Metric', period: 'Period', scope: 'Show' },
};

export const leaderboardStrings = localized({ 'zh-CN': zh, en });
export type LeaderboardStrings = typeof zh;
