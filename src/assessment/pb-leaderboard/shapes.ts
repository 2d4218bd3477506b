import { array, nullable, number, object, picklist, string, type InferOutput } from 'valibot';
import type { LeaderboardPage } from '../../api/types.js';
import { metrics, periods, scopes } from '../shared/metrics.js';

const entryShape = object({
  id: string(),
  name: string(),
  branchName: nullable(string()),
  value: number(),
  rank: number(),
  previousRank: nullable(number()),
});

/** The fields of `LeaderboardPage` the leaderboard reads; `checkPage` adds the rules a type cannot say. */
export const pageShape = object({
  metric: picklist(metrics),
  scope: picklist(scopes),
  period: picklist(periods),
  unit: picklist(['points', 'hours', 'percent']),
  generatedAt: string(),
  total: number(),
  items: array(entryShape),
  nextCursor: nullable(string()),
  me: nullable(object({ entry: entryShape, index: number() })),
});

export type RankPage = InferOutput<typeof pageShape>;
export type RankEntry = RankPage['items'][number];

// The shape must accept everything the contract allows.
const _check: LeaderboardPage extends RankPage ? true : never = true;
void _check;
