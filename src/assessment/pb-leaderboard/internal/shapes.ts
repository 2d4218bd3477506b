import type { LeaderboardEntry, LeaderboardPage } from '../../../api/types.js';

/** The contract's page and entry, as the leaderboard names them (checked by its backend: `pageAnswer`). */
export type RankPage = LeaderboardPage;
export type RankEntry = LeaderboardEntry;
