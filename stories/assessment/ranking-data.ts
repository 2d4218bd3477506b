/**
 * Made-up rankings and statistics for the assessment widgets' stories, tests and
 * benchmarks: deterministic, any length, ranked the way the server ranks (1, 2, 2, 4),
 * served page by page with a cursor as the contract says. No DOM, no msw.
 */
import type { Backend } from '../../src/api/backend.js';
import type { LeaderboardEntry, LeaderboardPage, LeaderboardQuery, Metric, Period, StatSeries } from '../../src/api/types.js';

type Scope = 'branches' | 'members';
type Unit = LeaderboardPage['unit'];

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴', '徐', '孙', '朱', '马', '胡', '郭'];
const GIVEN = ['伟', '芳', '建国', '秀英', '敏', '静', '海燕', '强', '志强', '军', '红霞', '勇', '春梅', '晓东', '立新', '玉兰', '德明'];
export const BRANCHES = ['第一党支部', '第二党支部', '社区党支部', '离退休干部党支部', '青山村党支部', '流动党员党支部'];

export const unitOf = (metric: Metric): Unit => (metric === 'points' ? 'points' : metric === 'study-hours' ? 'hours' : 'percent');

export interface RankingOptions {
  total: number;
  metric?: Metric;
  scope?: Scope;
  period?: Period;
  /** 0-based index of the caller's entry; null for none. */
  meIndex?: number | null;
  /** Names to use for the first entries (hostile text, long names). */
  names?: string[];
}

function nameOf(scope: Scope, i: number): string {
  if (scope === 'branches') return BRANCHES[i] ?? `第${i + 1}党支部`;
  return SURNAMES[i % SURNAMES.length]! + GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length]! + (i >= SURNAMES.length * GIVEN.length ? String(Math.floor(i / (SURNAMES.length * GIVEN.length))) : '');
}

/** Values that fall with the index, a tie every seventh entry, ranked 1, 2, 2, 4. */
export function makeEntries(options: RankingOptions): LeaderboardEntry[] {
  const { total, metric = 'points', scope = 'branches', period = 'month' } = options;
  const unit = unitOf(metric);
  const entries: LeaderboardEntry[] = [];
  let value = unit === 'percent' ? 1 : unit === 'hours' ? Math.max(10, total * 0.2) : Math.max(100, total * 3);
  const step = unit === 'percent' ? 0.45 / Math.max(1, total) : unit === 'hours' ? 0.1 : 1;
  for (let i = 0; i < total; i++) {
    if (i > 0 && i % 7 !== 3) value = Math.max(0, value - step * (1 + (i % 3)));
    const rounded = unit === 'percent' ? Math.round(value * 10000) / 10000 : unit === 'hours' ? Math.round(value * 10) / 10 : Math.round(value);
    const previous = entries[i - 1];
    const rank = previous && previous.value === rounded ? previous.rank : i + 1;
    const previousRank = period === 'all' || i % 11 === 5 ? null : Math.max(1, rank + ((i * 7) % 5) - 2);
    entries.push({
      id: `${scope === 'branches' ? 'b' : 'm'}${String(i + 1).padStart(5, '0')}`,
      name: options.names?.[i] ?? nameOf(scope, i),
      branchName: scope === 'members' ? BRANCHES[i % BRANCHES.length]! : null,
      value: rounded,
      rank,
      previousRank,
    });
  }
  return entries;
}

/** One page as the server sends it; the cursor is the offset (opaque to the widget). */
export function pageOf(entries: LeaderboardEntry[], options: RankingOptions, offset: number, limit: number): LeaderboardPage {
  const { metric = 'points', scope = 'branches', period = 'month', meIndex = null } = options;
  const next = offset + limit;
  return {
    metric,
    scope,
    period,
    unit: unitOf(metric),
    generatedAt: '2026-11-27T06:05:00Z',
    total: entries.length,
    items: entries.slice(offset, next),
    nextCursor: next < entries.length ? `o${next}` : null,
    me: meIndex !== null && entries[meIndex] ? { entry: entries[meIndex]!, index: meIndex } : null,
  };
}

/** The offset a cursor of `pageOf` stands for. */
export const offsetOf = (cursor: string | undefined): number => (cursor ? Number(cursor.slice(1)) : 0);

/**
 * A page Backend answering `getLeaderboard` from a made-up ranking, for tests and
 * benchmarks that measure the widget, not a server. `calls` records every query.
 */
export function rankingBackend(options: RankingOptions): { backend: Pick<Backend, 'getLeaderboard'>; calls: LeaderboardQuery[]; entries: LeaderboardEntry[] } {
  const entries = makeEntries(options);
  const calls: LeaderboardQuery[] = [];
  let asked: Pick<RankingOptions, 'metric' | 'scope' | 'period'> = {};
  return {
    calls,
    entries,
    backend: {
      async getLeaderboard(query) {
        calls.push(query);
        // The page names what was asked for (a cursor carries the first page's choice).
        if (!query.cursor) asked = { metric: query.metric ?? asked.metric, scope: query.scope ?? asked.scope, period: query.period ?? asked.period };
        return pageOf(entries, { ...options, ...asked }, offsetOf(query.cursor), query.limit ?? 20);
      },
    },
  };
}

/** A year by month (or the branches), one or more series, for the chart. */
export function makeSeries(metric: Metric, options: { groupBy?: 'month' | 'branch'; series?: number; points?: number } = {}): StatSeries {
  const { groupBy = 'month', series = 1, points = groupBy === 'month' ? 12 : BRANCHES.length } = options;
  const unit = unitOf(metric);
  const labels =
    groupBy === 'branch'
      ? Array.from({ length: points }, (_, i) => nameOf('branches', i))
      : Array.from({ length: points }, (_, i) => {
          if (points > 36) return `2026-${String((i % 365) + 1).padStart(3, '0')}`;
          const month = 12 + i;
          return `${2025 + Math.floor((month - 1) / 12)}-${String(((month - 1) % 12) + 1).padStart(2, '0')}`;
        });
  const value = (s: number, i: number) => {
    const wave = Math.sin((i + s * 2) / 2.2) * 0.5 + 0.5;
    if (unit === 'percent') return Math.round((0.55 + 0.4 * wave - s * 0.03) * 1000) / 1000;
    if (unit === 'hours') return Math.round((180 + 160 * wave - s * 12) * 10) / 10;
    return Math.round(900 + 700 * wave - s * 40);
  };
  return {
    metric,
    unit,
    groupBy,
    labels,
    series: Array.from({ length: series }, (_, s) => ({
      key: series === 1 ? 'all' : `b0${s + 1}`,
      label: series === 1 ? '全委员会' : nameOf('branches', s),
      values: labels.map((_, i) => value(s, i)),
    })),
  };
}
