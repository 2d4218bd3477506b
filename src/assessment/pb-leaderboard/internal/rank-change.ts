/** How an entry's rank moved since the previous period. */
export interface RankChange {
  direction: 'up' | 'down' | 'same' | 'new';
  /** Places moved (0 for same or new). */
  places: number;
}

/**
 * The move from `previousRank` to `rank`: a smaller rank is up. No previous rank means the
 * entry is new to the ranking (the server gives none for the period `all`, where the
 * leaderboard shows no change column at all).
 */
export function rankChange(rank: number, previousRank: number | null): RankChange {
  if (previousRank === null) return { direction: 'new', places: 0 };
  const places = Math.abs(previousRank - rank);
  return { direction: !places ? 'same' : previousRank > rank ? 'up' : 'down', places };
}
