import { expected, type DataProblem } from '../../../contract/data-shape.js';
import { then } from '../../../contract/builders/then.js';
import { getLeaderboard } from '../../../contract/shapes/LeaderboardPage.gen.js';
import { isShowable } from '../../shared/metrics.js';
import type { RankEntry, RankPage } from './shapes.js';

/**
 * The ranking as the member scrolls it: pages fetched with the cursor, merged in order
 * into one list. Pure (no DOM), so the merging rules are tested directly.
 *
 * The server pins a snapshot per cursor; when a snapshot has expired it continues in a
 * fresh ranking, where an entry can have moved up into a page already shown. Such an entry
 * is kept where it was first shown rather than listed twice.
 */
export class RankList {
  readonly entries: RankEntry[] = [];
  private readonly ids = new Set<string>();
  /** Entries in the whole ranking, as the latest page says. */
  total = 0;
  nextCursor: string | null = null;
  me: RankPage['me'] = null;

  /**
   * @param cap show at most this many entries (the `limit` attribute: "top 10"); 0 for all.
   */
  constructor(
    readonly first: RankPage,
    readonly cap = 0,
  ) {
    this.append(first);
  }

  /** Adds a page; returns how many entries were new. */
  append(page: RankPage): number {
    let added = 0;
    for (const entry of page.items) {
      if (this.full) break;
      if (this.ids.has(entry.id)) continue;
      this.ids.add(entry.id);
      this.entries.push(entry);
      added++;
    }
    this.total = page.total;
    this.me = page.me;
    // A page that adds nothing would be asked for again and again: treat it as the end.
    this.nextCursor = added && !this.full ? page.nextCursor : null;
    return added;
  }

  private get full(): boolean {
    return this.cap > 0 && this.entries.length >= this.cap;
  }

  /** Whether every entry the list will show is here. */
  get complete(): boolean {
    return this.nextCursor === null;
  }

  /** Rows the list shows: what is loaded once complete, else the ranking's total (capped). */
  get rowCount(): number {
    if (this.complete) return this.entries.length;
    const total = Math.max(this.total, this.entries.length);
    return this.cap ? Math.min(this.cap, total) : total;
  }

  /** The entry at a row, the member's own before its page arrives, or undefined (not loaded yet). */
  entryAt(index: number): RankEntry | undefined {
    return this.entries[index] ?? (this.me?.index === index ? this.me.entry : undefined);
  }

  /** Whether the member's own row is one of the rows shown (not below a "top 10" cut). */
  get meShown(): boolean {
    return !!this.me && this.me.index < this.rowCount;
  }

  /** Whether two or more entries share this entry's rank (1, 2, 2, 4). */
  tied(index: number): boolean {
    const rank = this.entries[index]?.rank;
    return rank !== undefined && (this.entries[index - 1]?.rank === rank || this.entries[index + 1]?.rank === rank);
  }
}

/**
 * Checks what the contract's shape cannot: values a widget can show in the page's unit
 * (rates 0–1, finite numbers). A backend that sends 87.5 for 87.5 % is told so, instead of
 * members seeing 8,750 %.
 */
export function checkPage(page: RankPage): DataProblem | null {
  const entries: Array<readonly [string, RankEntry]> = page.items.map((entry, i) => [`$.items[${i}]`, entry]);
  if (page.me) entries.push(['$.me.entry', page.me.entry]);
  const wrong = entries.find(([, entry]) => !isShowable(page.unit, entry.value));
  return wrong ? expected(`${wrong[0]}.value`, page.unit === 'percent' ? 'a rate from 0 to 1' : 'a finite number', wrong[1].value) : null;
}

/** A page as the leaderboard's backend checks it: the contract's shape (ranks from 1…), then `checkPage`. */
export const pageAnswer = then(getLeaderboard, checkPage);
