/** getLeaderboard and getStats. */
import { randomBytes } from 'node:crypto';
import type { Hono } from 'hono';
import { decodeCursor, encodeCursor, isOffsetCursor } from '../http/cursor';
import { mountOperation, type OperationDeps } from '../http/operation';
import { problems } from '../http/problem';
import { monthRange, monthsSpan, periodRanges, type Period, type TimeRange } from '../rules/calendar';
import { aggregate, branchValue, hasBegun, memberValues, metricNeeds, scoredUnits, statsMonths, UNIT_OF, type Metric, type MetricFacts, type Scope } from '../rules/metrics';
import { competitionRank, rankIndex, rankingAudience } from '../rules/ranking';
import { METRICS, PERIODS, type LeaderboardEntry } from '../shared-contract';
import type { MemberRecord } from '../store/members-store';
import type { StatsStore } from '../store/stats-store';
import type { Services } from './services';

type Entry = LeaderboardEntry;

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

const SCOPES: readonly string[] = ['branches', 'members'] satisfies Scope[];

/** Only what this server issues: a forged metric, scope or period must not reach the ranking. */
function isLeaderboardCursor(v: Record<string, unknown>): v is LeaderboardCursor {
  return (
    typeof v.s === 'string' &&
    isOffsetCursor(v) &&
    typeof v.m === 'string' &&
    (METRICS as readonly string[]).includes(v.m) &&
    SCOPES.includes(v.c as string) &&
    (PERIODS as readonly string[]).includes(v.p as string)
  );
}

/** The activity a metric is computed from over a range, reading only what the metric needs. */
function metricFacts(stats: StatsStore, metric: Metric, range: TimeRange, now: number): MetricFacts {
  const needs = metricNeeds(metric);
  return {
    activity: stats.activity(range.from, range.to),
    duesRecords: needs.dues ? stats.duesRecords() : [],
    requiredLessonCount: needs.requiredLessons ? stats.requiredLessonCount() : 0,
    firstActivityAt: stats.firstActivityAt(),
    ...(needs.attendance ? { attendance: stats.attendance(range.from, range.to, now) } : {}),
  };
}

export function mountRankingRoutes(app: Hono, deps: OperationDeps, services: Services, dataVersion: () => number): void {
  const snapshots = new Map<string, Snapshot>();
  const valuesOf = (members: MemberRecord[], metric: Metric, range: TimeRange, now: number) =>
    memberValues(metricFacts(services.stats, metric, range, now), members, metric, range, now);
  const scored = (members: MemberRecord[], metric: Metric, scope: Scope, range: TimeRange, now: number) =>
    scoredUnits(members, services.members.branches(), valuesOf(members, metric, range, now), metric, scope);

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
    const ranked = competitionRank(scored(members, metric, scope, current, now));
    const before = previous ? rankIndex(competitionRank(scored(members, metric, scope, previous, now))) : null;
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
      if (mismatch) throw problems.validation([{ pointer: `/${mismatch}`, in: 'query', code: 'conflict', detail: 'differs from the cursor' }]);
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
    const months = statsMonths(query.from as string | undefined, query.to as string | undefined, now);
    if ('error' in months) throw problems.validation([months.error]);
    const { from, to } = months;
    const branchId = query.branchId as string | undefined;
    const branch = branchId ? services.members.branch(branchId) : null;
    if (branchId && !branch) throw problems.notFound('Branch');
    const all = services.members.allMembers();
    const members = branch ? all.filter((m) => m.branchId === branch.id) : all;

    if (groupBy === 'branch') {
      const values = valuesOf(members, metric, monthsSpan(from, to), now);
      const branches = services.members.branches().filter((b) => !branch || b.id === branch.id);
      return {
        status: 200,
        body: {
          metric,
          unit: UNIT_OF[metric],
          groupBy,
          labels: branches.map((b) => b.name),
          series: [{ key: `${from}..${to}`, label: `${from} – ${to}`, values: branches.map((b) => branchValue(metric, members, b.id, values)) }],
        },
      };
    }
    const labels = monthRange(from, to);
    const values = labels.map((m) => {
      if (!hasBegun(m, now)) return null;
      const perMember = valuesOf(members, metric, monthsSpan(m, m), now);
      return aggregate(metric, members.map((mm) => perMember.get(mm.id) ?? 0));
    });
    return {
      status: 200,
      body: {
        metric,
        unit: UNIT_OF[metric],
        groupBy,
        labels,
        series: [{ key: branch?.id ?? 'all', label: branch?.name ?? '全委员会', values }],
      },
    };
  });
}
