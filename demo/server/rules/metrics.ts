/**
 * The five metrics of leaderboards and charts, per member and per branch, for a time range.
 * The formulas are documented on the `Metric` schema of the contract.
 */
import { DAY_MS, monthOf, monthStart, type TimeRange } from './calendar';
import type { MemberRecord } from '../store/members-store';
import type { MemberActivity, StatsStore } from '../store/stats-store';

export type Metric = 'points' | 'study-hours' | 'completion-rate' | 'participation-rate' | 'dues-rate';
export type Unit = 'points' | 'hours' | 'percent';

export const UNIT_OF: Record<Metric, Unit> = {
  points: 'points',
  'study-hours': 'hours',
  'completion-rate': 'percent',
  'participation-rate': 'percent',
  'dues-rate': 'percent',
};

const EMPTY: MemberActivity = { studySeconds: 0, completedLessons: 0, completedRequiredLessons: 0, submissions: 0, activeDays: 0 };

/** Points: 1 per 6 credited minutes, 10 per completed lesson, 5 per questionnaire, 2 per on-time dues month. */
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

/** Dues months due within the range (up to now) and those paid by the end of their month. */
function duesTallies(stats: StatsStore, members: MemberRecord[], range: TimeRange, now: number): Map<string, DuesTally> {
  const fromMonth = monthOf(Math.max(range.from, monthStart('2000-01')));
  const lastMonth = monthOf(Math.min(range.to - 1, now));
  const records = new Map<string, { state: string; paidAt: number | null }>();
  for (const r of stats.duesRecords()) records.set(`${r.memberId} ${r.month}`, r);
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
export function memberValues(stats: StatsStore, members: MemberRecord[], metric: Metric, range: TimeRange, now: number): Map<string, number> {
  const activity = stats.activity(range.from, range.to);
  const needsDues = metric === 'points' || metric === 'dues-rate';
  const dues = needsDues ? duesTallies(stats, members, range, now) : null;
  const requiredCount = metric === 'completion-rate' ? stats.requiredLessonCount() : 0;
  const start = Math.max(range.from, stats.firstActivityAt() ?? range.from);
  const days = Math.max(1, Math.ceil((Math.min(range.to, now) - start) / DAY_MS));
  const out = new Map<string, number>();
  for (const m of members) {
    const a = activity.get(m.id) ?? EMPTY;
    const tally = dues?.get(m.id) ?? { due: 0, onTime: 0 };
    switch (metric) {
      case 'points':
        out.set(m.id, pointsFor(a, tally.onTime));
        break;
      case 'study-hours':
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
    }
  }
  return out;
}

/** Branch value: totals for points and hours, member averages for rates. */
export function aggregate(metric: Metric, values: number[]): number | null {
  if (!values.length) return null;
  const sum = values.reduce((s, v) => s + v, 0);
  if (metric === 'points') return sum;
  if (metric === 'study-hours') return round(sum, 1);
  return round(sum / values.length, 4);
}
