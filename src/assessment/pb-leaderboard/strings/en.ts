import type { LeaderboardStrings } from './zh-CN.js';
import { en as namesEn } from '../../shared/strings/en.js';

/** English strings for `zh-CN.ts`, loaded when a widget shows English. */
export const en: LeaderboardStrings = {
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
  duesRateForbidden: 'Only the branch secretary can see how members of the branch pay their dues. Branches can be ranked by dues paid on time.',
};
