/**
 * The five metrics of leaderboards and charts, per member and per branch, for a time range,
 * and the range a chart may ask for. The formulas are documented on the `Metric` schema of
 * the contract. Pure: the routes read the activity (stats-store.ts) and pass it in.
 */
import { addMonths, DAY_MS, monthOf, monthsBetween, monthStart, type TimeRange, type YearMonth } from './calendar';
import { METRICS, unitOf, type LeaderboardPage, type Metric } from '../shared-contract';
import type { FieldError } from './field-errors';

export type { Metric };
export type Unit = LeaderboardPage['unit'];
export type Scope = LeaderboardPage['scope'];

/** The unit of each metric, by the contract's rule. */
export const UNIT_OF = Object.fromEntries(METRICS.map((metric) => [metric, unitOf(metric)])) as Record<Metric, Unit>;

/** A member's activity within a range (completed required lessons: up to its end). */
export interface MemberActivity {
  /** 学时: the credit hours of the courses completed in the range, each once. */
  creditedHours: number;
  /** Time studied (media watched, reading credited by heartbeats): not 学时. */
  studySeconds: number;
  completedLessons: number;
  completedRequiredLessons: number;
  submissions: number;
  activeDays: number;
}

/** Every dues month record (paid or exempt), for on-time months. */
export interface DuesPaidRow {
  memberId: string;
  month: string;
  state: 'paid' | 'exempt';
  paidAt: number | null;
}

/** What the metrics are computed from, for one range. */
export interface MetricFacts {
  /** Per member id; members without activity are absent. */
  activity: Map<string, MemberActivity>;
  /** Needed for points and dues-rate only (metricNeeds). */
  duesRecords: readonly DuesPaidRow[];
  /** Needed for completion-rate only. */
  requiredLessonCount: number;
  /** Needed for attendance-rate only: per member, meetings ended in the range (AttendanceTally). */
  attendance?: Map<string, AttendanceTally>;
  /** The first study credit ever: participation counts days from then at the earliest. */
  firstActivityAt: number | null;
}

/** A member's meetings ended in a range: expected, attended (present or made up), on approved leave. */
export interface AttendanceTally {
  expected: number;
  attended: number;
  leave: number;
}

/** Which of the costlier facts a metric reads, so the route loads only those. */
export function metricNeeds(metric: Metric): { dues: boolean; requiredLessons: boolean; attendance: boolean } {
  return { dues: metric === 'points' || metric === 'dues-rate', requiredLessons: metric === 'completion-rate', attendance: metric === 'attendance-rate' };
}

const EMPTY: MemberActivity = { creditedHours: 0, studySeconds: 0, completedLessons: 0, completedRequiredLessons: 0, submissions: 0, activeDays: 0 };

/** Points: 1 per 6 minutes studied, 10 per completed lesson, 5 per questionnaire, 2 per on-time dues month. */
export function pointsFor(a: MemberActivity, onTimeMonths: number): number {
  return Math.floor(a.studySeconds / 360) + 10 * a.completedLessons + 5 * a.submissions + 2 * onTimeMonths;
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

interface DuesTally {
  due: number;
  onTime: number;
}

/** What the metrics need to know of a member. */
export interface MetricMember {
  id: string;
  duesFrom: YearMonth;
}

/** Dues months due within the range (up to now) and those paid by the end of their month. */
function duesTallies(rows: readonly DuesPaidRow[], members: readonly MetricMember[], range: TimeRange, now: number): Map<string, DuesTally> {
  const fromMonth = monthOf(Math.max(range.from, monthStart('2000-01')));
  const lastMonth = monthOf(Math.min(range.to - 1, now));
  const records = new Map<string, { state: string; paidAt: number | null }>();
  for (const r of rows) records.set(`${r.memberId} ${r.month}`, r);
  const out = new Map<string, DuesTally>();
  for (const m of members) {
    const tally = { due: 0, onTime: 0 };
    // Walk the member's due months inside the range.
    let month = m.duesFrom > fromMonth ? m.duesFrom : fromMonth;
    for (let guard = 0; month <= lastMonth && guard < 600; guard++) {
      const r = records.get(`${m.id} ${month}`);
      if (r?.state !== 'exempt') {
        tally.due += 1;
        if (r?.state === 'paid' && r.paidAt !== null && monthOf(r.paidAt) <= month) tally.onTime += 1;
      }
      const [y, mo] = month.split('-').map(Number) as [number, number];
      month = mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
    }
    out.set(m.id, tally);
  }
  return out;
}

/** Metric value for every member over the range. */
export function memberValues(facts: MetricFacts, members: readonly MetricMember[], metric: Metric, range: TimeRange, now: number): Map<string, number> {
  const dues = metricNeeds(metric).dues ? duesTallies(facts.duesRecords, members, range, now) : null;
  const requiredCount = metric === 'completion-rate' ? facts.requiredLessonCount : 0;
  const start = Math.max(range.from, facts.firstActivityAt ?? range.from);
  const days = Math.max(1, Math.ceil((Math.min(range.to, now) - start) / DAY_MS));
  const out = new Map<string, number>();
  for (const m of members) {
    const a = facts.activity.get(m.id) ?? EMPTY;
    const tally = dues?.get(m.id) ?? { due: 0, onTime: 0 };
    switch (metric) {
      case 'points':
        out.set(m.id, pointsFor(a, tally.onTime));
        break;
      case 'study-hours':
        out.set(m.id, round(a.creditedHours, 1));
        break;
      case 'study-time':
        out.set(m.id, round(a.studySeconds / 3600, 1));
        break;
      case 'completion-rate':
        out.set(m.id, requiredCount ? round(a.completedRequiredLessons / requiredCount, 4) : 0);
        break;
      case 'participation-rate':
        out.set(m.id, round(Math.min(1, a.activeDays / days), 4));
        break;
      case 'dues-rate':
        out.set(m.id, tally.due ? round(tally.onTime / tally.due, 4) : 0);
        break;
      case 'attendance-rate': {
        // 参会率 as the meetings' AttendanceCounts.rate: approved leave is excused.
        const t = facts.attendance?.get(m.id);
        const base = t ? t.expected - t.leave : 0;
        out.set(m.id, t && base > 0 ? round(t.attended / base, 4) : 0);
        break;
      }
    }
  }
  return out;
}

/** Branch value: totals for points, 学时 and time studied, member averages for rates. */
export function aggregate(metric: Metric, values: number[]): number | null {
  if (!values.length) return null;
  const sum = values.reduce((s, v) => s + v, 0);
  if (metric === 'points') return sum;
  if (metric === 'study-hours' || metric === 'study-time') return round(sum, 1);
  return round(sum / values.length, 4);
}

/** A branch's value from its members' values (null when it has no members). */
export function branchValue(metric: Metric, members: readonly { id: string; branchId: string }[], branchId: string, values: Map<string, number>): number | null {
  return aggregate(metric, members.filter((m) => m.branchId === branchId).map((m) => values.get(m.id) ?? 0));
}

/** What a ranking ranks: each member, or each branch by its members' aggregate (null, no members: 0). */
export function scoredUnits(
  members: readonly (MetricMember & { name: string; branchId: string; branchName: string })[],
  branches: readonly { id: string; name: string }[],
  values: Map<string, number>,
  metric: Metric,
  scope: Scope,
): { id: string; name: string; branchName: string | null; value: number }[] {
  if (scope === 'members') {
    return members.map((m) => ({ id: m.id, name: m.name, branchName: m.branchName, value: values.get(m.id) ?? 0 }));
  }
  return branches.map((b) => ({
    id: b.id,
    name: b.name,
    branchName: null,
    value: branchValue(metric, members, b.id, values) ?? 0,
  }));
}

/** The longest range of months a chart may ask for (the contract's `to` says so). */
export const MAX_STAT_MONTHS = 36;
const FIRST_MONTH = '2000-01';

/**
 * A chart's months: `to` defaults to this month, `from` to eleven months before it (not
 * before 2000-01). The contract bounds each month; the span is the rule a schema cannot say.
 */
export function statsMonths(from: YearMonth | undefined, to: YearMonth | undefined, now: number): { from: YearMonth; to: YearMonth } | { error: FieldError } {
  const last = to ?? monthOf(now);
  const first = from ?? (monthsBetween(addMonths(last, -11), FIRST_MONTH) > 0 ? FIRST_MONTH : addMonths(last, -11));
  const span = monthsBetween(first, last) + 1;
  if (span < 1) return { error: { pointer: '/from', in: 'query', code: 'out-of-order', detail: 'must not be after to' } };
  if (span > MAX_STAT_MONTHS) return { error: { pointer: '/from', in: 'query', code: 'limit-exceeded', detail: `at most ${MAX_STAT_MONTHS} months from from to to (this range has ${span})` } };
  return { from: first, to: last };
}

/** A month of a chart that has not begun has no value yet. */
export function hasBegun(month: YearMonth, now: number): boolean {
  return monthStart(month) <= now;
}
