/**
 * Competition ranking ("1224"): equal values share a rank and the next rank skips.
 * Pure; the leaderboard route feeds it plain values.
 */
export interface Scored {
  id: string;
  name: string;
  value: number;
}

export interface Ranked<T extends Scored> {
  item: T;
  rank: number;
}

/**
 * Values are compared after rounding to `precision` decimals, so two members shown with
 * the same number (1.5 hours) never get different ranks through floating-point noise.
 */
export function competitionRank<T extends Scored>(items: readonly T[], precision = 4): Ranked<T>[] {
  const factor = 10 ** precision;
  const keyed = items.map((item) => ({ item, key: Math.round(item.value * factor) }));
  // Ties are listed in a stable, readable order: by name, then id.
  keyed.sort((a, b) => b.key - a.key || a.item.name.localeCompare(b.item.name, 'zh-CN') || a.item.id.localeCompare(b.item.id));
  const out: Ranked<T>[] = [];
  keyed.forEach((entry, index) => {
    const previous = out[index - 1];
    const rank = previous && keyed[index - 1]!.key === entry.key ? previous.rank : index + 1;
    out.push({ item: entry.item, rank });
  });
  return out;
}

/** id → rank, for the previous period's ranks behind the change arrows. */
export function rankIndex<T extends Scored>(ranked: readonly Ranked<T>[]): Map<string, number> {
  return new Map(ranked.map((r) => [r.item.id, r.rank]));
}

/**
 * Who may see a ranking of members by a personal-finance metric. Dues are for the member
 * and their branch's secretary (as the branch dues summary is), so ranking members by
 * `dues-rate` is refused to ordinary members and limited to the secretary's own branch;
 * admins see everyone. Branch rankings and the other metrics are for every member.
 * Returns `all`, the branch id whose members may be ranked, or `refused`.
 */
export function rankingAudience(viewer: { roles: readonly string[]; branchId: string }, metric: string, scope: string): 'all' | 'refused' | { branchId: string } {
  if (metric !== 'dues-rate' || scope !== 'members' || viewer.roles.includes('admin')) return 'all';
  return viewer.roles.includes('secretary') ? { branchId: viewer.branchId } : 'refused';
}
