/** getLeaderboard and getStats. */
import { randomBytes } from 'node:crypto';
import type { Hono } from 'hono';
import { decodeCursor, encodeCursor, isOffsetCursor } from '../http/cursor';
import { mountOperation, type OperationDeps } from '../http/operation';
import { problems } from '../http/problem';
import { addMonths, monthOf, monthRange, monthStart, monthsBetween, periodRanges, type Period, type TimeRange } from '../rules/calendar';
import { competitionRank, rankIndex, rankingAudience } from '../rules/ranking';
import type { MemberRecord } from '../store/members-store';
import { aggregate, memberValues, UNIT_OF, type Metric } from '../rules/metrics';
import type { Services } from './services';

type Scope = 'branches' | 'members';

interface Entry {
  id: string;
  name: string;
  branchName: string | null;
  value: number;
  rank: number;
  previousRank: number | null;
}

interface Snapshot {
  id: string;
  metric: Metric;
  scope: Scope;
  period: Period;
  /** Ranked only this branch's members (rankingAudience), or null for everyone. */
  branchId: string | null;
  generatedAt: number;
  dataVersion: number;
  periodFrom: number;
  entries: Entry[];
}

/** The longest range of months a chart may ask for (the contract's `to` says so). */
const MAX_STAT_MONTHS = 36;
const FIRST_MONTH = '2000-01';
const maxMonth = (a: string, b: string) => (monthsBetween(a, b) > 0 ? b : a);

/** Cursor snapshots are kept this long; an older cursor continues in a fresh ranking. */
const SNAPSHOT_TTL_MS = 15 * 60 * 1000;
const MAX_SNAPSHOTS = 200;

interface LeaderboardCursor extends Record<string, unknown> {
  s: string;
  o: number;
  m: string;
  c: string;
  p: string;
}

const SCOPES: readonly string[] = ['branches', 'members'];
const PERIODS: readonly string[] = ['week', 'month', 'quarter', 'year', 'all'];

/** Only what this server issues: a forged metric, scope or period must not reach the ranking. */
function isLeaderboardCursor(v: Record<string, unknown>): v is LeaderboardCursor {
  return (
    typeof v.s === 'string' &&
    isOffsetCursor(v) &&
    typeof v.m === 'string' &&
    v.m in UNIT_OF &&
    SCOPES.includes(v.c as string) &&
    PERIODS.includes(v.p as string)
  );
}

function scoredUnits(services: Services, members: MemberRecord[], metric: Metric, scope: Scope, range: TimeRange, now: number) {
  const values = memberValues(services.stats, members, metric, range, now);
  if (scope === 'members') {
    return members.map((m) => ({ id: m.id, name: m.name, branchName: m.branchName as string | null, value: values.get(m.id) ?? 0 }));
  }
  return services.members.branches().map((b) => ({
    id: b.id,
    name: b.name,
    branchName: null as string | null,
    value: aggregate(metric, members.filter((m) => m.branchId === b.id).map((m) => values.get(m.id) ?? 0)) ?? 0,
  }));
}

export function mountRankingRoutes(app: Hono, deps: OperationDeps, services: Services, dataVersion: () => number): void {
  const snapshots = new Map<string, Snapshot>();

  const sameRanking = (s: Snapshot, metric: Metric, scope: Scope, period: Period, branchId: string | null) =>
    s.metric === metric && s.scope === scope && s.period === period && s.branchId === branchId;

  function rank(metric: Metric, scope: Scope, period: Period, branchId: string | null, now: number): Snapshot {
    const { current, previous } = periodRanges(period, now);
    // Reuse the newest snapshot while nothing was written: rankings are read far more than they change.
    for (const s of [...snapshots.values()].reverse()) {
      if (sameRanking(s, metric, scope, period, branchId) && s.dataVersion === dataVersion() && s.periodFrom === current.from && now - s.generatedAt < SNAPSHOT_TTL_MS) return s;
    }
    const everyone = services.members.allMembers();
    const members = branchId ? everyone.filter((m) => m.branchId === branchId) : everyone;
    const ranked = competitionRank(scoredUnits(services, members, metric, scope, current, now));
    const before = previous ? rankIndex(competitionRank(scoredUnits(services, members, metric, scope, previous, now))) : null;
    const snapshot: Snapshot = {
      id: randomBytes(6).toString('base64url'),
      metric,
      scope,
      period,
      branchId,
      generatedAt: now,
      dataVersion: dataVersion(),
      periodFrom: current.from,
      entries: ranked.map(({ item, rank }) => ({ ...item, rank, previousRank: before?.get(item.id) ?? null })),
    };
    snapshots.set(snapshot.id, snapshot);
    for (const [id, s] of snapshots) {
      if (snapshots.size > MAX_SNAPSHOTS || now - s.generatedAt > SNAPSHOT_TTL_MS) snapshots.delete(id);
    }
    return snapshot;
  }

  mountOperation(app, deps, 'getLeaderboard', ({ member, query, now }) => {
    let metric = query.metric as Metric | undefined;
    let scope = query.scope as Scope | undefined;
    let period = query.period as Period | undefined;
    let offset = 0;
    let pinned: Snapshot | undefined;
    if (query.cursor) {
      const cursor = decodeCursor(query.cursor as string, isLeaderboardCursor);
      const mismatch = (['metric', 'scope', 'period'] as const).find((name, i) => query[name] !== undefined && query[name] !== [cursor.m, cursor.c, cursor.p][i]);
      if (mismatch) throw problems.validation([{ pointer: `/${mismatch}`, in: 'query', detail: 'differs from the cursor' }]);
      [metric, scope, period, offset] = [cursor.m as Metric, cursor.c as Scope, cursor.p as Period, cursor.o];
      pinned = snapshots.get(cursor.s);
    }
    metric ??= 'points';
    scope ??= 'branches';
    period ??= 'month';
    // Checked for cursors too: a cursor says which ranking, never who may see it.
    const audience = rankingAudience(member, metric, scope);
    if (audience === 'refused') throw problems.forbidden("Members' dues rates are personal: only a branch secretary sees them, for their own branch's members");
    const branchId = audience === 'all' ? null : audience.branchId;
    const snapshot = pinned && sameRanking(pinned, metric, scope, period, branchId) ? pinned : rank(metric, scope, period, branchId, now);
    const limit = (query.limit as number | undefined) ?? 20;
    const ownId = scope === 'members' ? member.id : member.branchId;
    const index = snapshot.entries.findIndex((e) => e.id === ownId);
    const next = offset + limit;
    return {
      status: 200,
      body: {
        metric,
        scope,
        period,
        unit: UNIT_OF[metric],
        generatedAt: new Date(snapshot.generatedAt).toISOString(),
        total: snapshot.entries.length,
        items: snapshot.entries.slice(offset, next),
        nextCursor: next < snapshot.entries.length ? encodeCursor({ s: snapshot.id, o: next, m: metric, c: scope, p: period }) : null,
        me: index >= 0 ? { entry: snapshot.entries[index], index } : null,
      },
    };
  });

  mountOperation(app, deps, 'getStats', ({ params, query, now }) => {
    const metric = params.metric as Metric;
    const groupBy = (query.groupBy as 'month' | 'branch' | undefined) ?? 'month';
    const to = (query.to as string | undefined) ?? monthOf(now);
    const from = (query.from as string | undefined) ?? maxMonth(addMonths(to, -11), FIRST_MONTH);
    // The contract bounds each month (years 2000–2100); the span is the rule a schema cannot say.
    const span = monthsBetween(from, to) + 1;
    if (span < 1) throw problems.validation([{ pointer: '/from', in: 'query', detail: 'must not be after to' }]);
    if (span > MAX_STAT_MONTHS) throw problems.validation([{ pointer: '/from', in: 'query', detail: `at most ${MAX_STAT_MONTHS} months from from to to (this range has ${span})` }]);
    const branchId = query.branchId as string | undefined;
    const branch = branchId ? services.members.branch(branchId) : null;
    if (branchId && !branch) throw problems.notFound('Branch');
    const all = services.members.allMembers();
    const members = branch ? all.filter((m) => m.branchId === branch.id) : all;
    const range = (a: string, b: string): TimeRange => ({ from: monthStart(a), to: monthStart(addMonths(b, 1)) });

    if (groupBy === 'branch') {
      const values = memberValues(services.stats, members, metric, range(from, to), now);
      const branches = services.members.branches().filter((b) => !branch || b.id === branch.id);
      return {
        status: 200,
        body: {
          metric,
          unit: UNIT_OF[metric],
          groupBy,
          labels: branches.map((b) => b.name),
          series: [{ key: `${from}..${to}`, label: `${from} – ${to}`, values: branches.map((b) => aggregate(metric, members.filter((m) => m.branchId === b.id).map((m) => values.get(m.id) ?? 0))) }],
        },
      };
    }
    const months = monthRange(from, to);
    const values = months.map((m) => {
      if (monthStart(m) > now) return null;
      const perMember = memberValues(services.stats, members, metric, range(m, m), now);
      return aggregate(metric, members.map((mm) => perMember.get(mm.id) ?? 0));
    });
    return {
      status: 200,
      body: {
        metric,
        unit: UNIT_OF[metric],
        groupBy,
        labels: months,
        series: [{ key: branch?.id ?? 'all', label: branch?.name ?? '全委员会', values }],
      },
    };
  });
}
