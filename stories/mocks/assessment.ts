import { http, HttpResponse, type HttpHandler } from 'msw';
import type { Metric, Period } from '../../src/api/types.js';
import { makeEntries, makeSeries, pageOf, type RankingOptions } from '../../fixtures/rankings.js';

/**
 * `/leaderboard` and `/stats/{metric}` for the assessment stories: rankings of any length
 * served page by page with a cursor (which, as on a real server, pins metric, scope,
 * period and length), statistics by month or branch.
 */
const base = '/api/v1';

type Scope = 'branches' | 'members';

/** Where the caller sits in each scope's default ranking (the member's branch is third). */
const ME = { branches: 2, members: 17 };

export interface RankingMock {
  /** Entries in the ranking (default: 6 branches, 120 members). */
  total?: number;
  meIndex?: number | null;
  names?: string[];
  /** Answer later pages with this problem status instead. */
  failLaterPages?: number;
}

const rankings = new Map<string, ReturnType<typeof makeEntries>>();
/** Rankings are made once per set of options: a long one takes a moment to make. */
function entriesFor(options: RankingOptions) {
  const key = JSON.stringify(options);
  let entries = rankings.get(key);
  if (!entries) rankings.set(key, (entries = makeEntries(options)));
  return entries;
}

/** A `/leaderboard` handler over made-up rankings; the cursor is `metric_scope_period_total_offset`. */
export function leaderboardHandler(mock: RankingMock = {}): HttpHandler {
  return http.get(`${base}/leaderboard`, ({ request }) => {
    const query = new URL(request.url).searchParams;
    const limit = Number(query.get('limit') ?? 20);
    const cursor = query.get('cursor')?.split('_');
    if (cursor && mock.failLaterPages) {
      return HttpResponse.json({ type: 'about:blank', title: 'Service Unavailable', status: mock.failLaterPages }, { status: mock.failLaterPages });
    }
    const metric = (cursor?.[0] ?? query.get('metric') ?? 'points') as Metric;
    const scope = (cursor?.[1] ?? query.get('scope') ?? 'branches') as Scope;
    const period = (cursor?.[2] ?? query.get('period') ?? 'month') as Period;
    const total = Number(cursor?.[3] ?? mock.total ?? (scope === 'branches' ? 6 : 120));
    const offset = Number(cursor?.[4] ?? 0);
    const options: RankingOptions = { total, metric, scope, period, meIndex: mock.meIndex === undefined ? ME[scope] : mock.meIndex, names: mock.names };
    const page = pageOf(entriesFor(options), options, offset, limit);
    return HttpResponse.json({ ...page, nextCursor: page.nextCursor && [metric, scope, period, total, offset + limit].join('_') });
  });
}

/** A `/stats/{metric}` handler: one series by month (or per branch), or several. */
export function statsHandler(options: { series?: number } = {}): HttpHandler {
  return http.get(`${base}/stats/:metric`, ({ request, params }) => {
    const groupBy = (new URL(request.url).searchParams.get('groupBy') ?? 'month') as 'month' | 'branch';
    return HttpResponse.json(makeSeries(params['metric'] as Metric, { groupBy, series: options.series ?? 1 }));
  });
}

export const assessmentHandlers: HttpHandler[] = [leaderboardHandler(), statsHandler()];
