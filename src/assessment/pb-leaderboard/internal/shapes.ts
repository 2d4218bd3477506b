import { oneOf, orNull, shape, type Infer } from '../../../api/data-shape.js';
import type { LeaderboardPage } from '../../../api/types.js';
import { metrics, periods, scopes } from '../../shared/metrics.js';

const entryEntries = {
  id: 'string',
  name: 'string',
  branchName: 'string?',
  value: 'number',
  rank: 'number',
  previousRank: 'number?',
} as const;

/** The fields of `LeaderboardPage` the leaderboard reads; `checkPage` adds the rules a type cannot say. */
export const pageShape = shape({
  metric: oneOf(metrics),
  scope: oneOf(scopes),
  period: oneOf(periods),
  unit: 'points|hours|percent',
  generatedAt: 'string',
  total: 'number',
  items: [entryEntries],
  nextCursor: 'string?',
  me: orNull({ entry: entryEntries, index: 'number' }),
});

export type RankPage = Infer<typeof pageShape>;
export type RankEntry = RankPage['items'][number];

// The shape must accept everything the contract allows.
const _check: LeaderboardPage extends RankPage ? true : never = true;
void _check;
