/**
 * Organisational life's rules (三会一课, 主题党日), pure: the check-in window, a member's
 * outcome at a meeting, attendance counts (参会率) and the year's cadence (the rotating
 * code is store/check-in-code.ts). The routes read records (store/meeting-store.ts) and pass them in; the
 * contract's `Meeting`, `AttendanceCounts` and `CadenceKind` describe what comes out.
 */
import { monthOf, monthStart, addMonths, type YearMonth } from './calendar';

export type MeetingKind = 'general-assembly' | 'committee' | 'group' | 'lecture' | 'theme-day';
export type AttendanceStatus = 'pending' | 'present' | 'leave' | 'absent' | 'made-up' | 'not-expected';

/** Check-in opens this long before the start (and closes at the end). */
export const CHECK_IN_OPENS_BEFORE_MS = 30 * 60 * 1000;
/** The longest a meeting may last. */
export const MAX_MEETING_MS = 12 * 60 * 60 * 1000;

export interface MeetingTimes {
  startsAt: number;
  endsAt: number;
}

export function checkInWindow(m: MeetingTimes): { opensAt: number; closesAt: number } {
  return { opensAt: m.startsAt - CHECK_IN_OPENS_BEFORE_MS, closesAt: m.endsAt };
}

export function meetingStatus(m: MeetingTimes, now: number): 'upcoming' | 'open' | 'ended' {
  const { opensAt, closesAt } = checkInWindow(m);
  if (now >= closesAt) return 'ended';
  return now >= opensAt ? 'open' : 'upcoming';
}

export function isCheckInOpen(m: MeetingTimes, now: number): boolean {
  return meetingStatus(m, now) === 'open';
}

/** What is known of one expected member at one meeting. */
export interface AttendanceFacts {
  checkedIn: boolean;
  leave: 'pending' | 'approved' | 'refused' | null;
  /** Completed the meeting's make-up course after it ended. */
  madeUp: boolean;
}

/** The outcome, by the records: a check-in, then approved leave, then (once ended) absent or made up. */
export function attendanceStatus(facts: AttendanceFacts, ended: boolean): AttendanceStatus {
  if (facts.checkedIn) return 'present';
  if (facts.leave === 'approved') return 'leave';
  if (!ended) return 'pending';
  return facts.madeUp ? 'made-up' : 'absent';
}

export interface AttendanceCounts {
  expected: number;
  present: number;
  leave: number;
  absent: number;
  madeUp: number;
  pending: number;
  rate: number | null;
}

/**
 * Counts over outcomes: `expected` counts the ended ones; 参会率 = (present + made up) ÷
 * (expected − approved leave), null when nothing is left to count.
 */
export function countAttendance(outcomes: readonly { status: AttendanceStatus; ended: boolean }[]): AttendanceCounts {
  const c = { expected: 0, present: 0, leave: 0, absent: 0, madeUp: 0, pending: 0 };
  for (const o of outcomes) {
    if (o.status === 'not-expected') continue;
    if (!o.ended) {
      c.pending += 1;
      continue;
    }
    c.expected += 1;
    if (o.status === 'present') c.present += 1;
    else if (o.status === 'leave') c.leave += 1;
    else if (o.status === 'made-up') c.madeUp += 1;
    else c.absent += 1;
  }
  const base = c.expected - c.leave;
  return { ...c, rate: base > 0 ? Math.round(((c.present + c.madeUp) / base) * 10_000) / 10_000 : null };
}

export interface CadenceRule {
  kind: MeetingKind;
  per: 'month' | 'quarter';
  min: number;
}

/** 三会一课 as the regulations ask; a site configures its own (the `meeting_cadence` setting). */
export const DEFAULT_CADENCE: readonly CadenceRule[] = [
  { kind: 'general-assembly', per: 'quarter', min: 1 },
  { kind: 'committee', per: 'month', min: 1 },
  { kind: 'group', per: 'month', min: 1 },
  { kind: 'lecture', per: 'quarter', min: 1 },
];

/** A configured cadence, or the default when the setting is missing or not a list of rules. */
export function parseCadence(json: string | null | undefined): readonly CadenceRule[] {
  if (!json) return DEFAULT_CADENCE;
  try {
    const rules = JSON.parse(json) as unknown;
    const kinds = ['general-assembly', 'committee', 'group', 'lecture', 'theme-day'];
    if (Array.isArray(rules) && rules.every((r) => r && kinds.includes(r.kind) && (r.per === 'month' || r.per === 'quarter') && Number.isInteger(r.min) && r.min >= 1)) {
      return rules as CadenceRule[];
    }
  } catch {
    // fall through to the default
  }
  return DEFAULT_CADENCE;
}

export interface CadenceMeeting extends MeetingTimes {
  kind: MeetingKind;
  /** The party group of a 党小组会 (null otherwise). */
  group: string | null;
}

export interface CadencePeriod {
  period: string;
  held: number;
  planned: number;
  status: 'met' | 'overdue' | 'due' | 'later';
}

/** The periods of a year: months `YYYY-MM` or quarters `YYYY-Qn`, each with its start and end. */
function periodsOf(year: number, per: 'month' | 'quarter'): { period: string; from: number; to: number }[] {
  const out = [];
  const step = per === 'month' ? 1 : 3;
  for (let i = 0; i < 12; i += step) {
    const first = `${year}-${String(i + 1).padStart(2, '0')}` as YearMonth;
    out.push({ period: per === 'month' ? first : `${year}-Q${i / 3 + 1}`, from: monthStart(first), to: monthStart(addMonths(first, step)) });
  }
  return out;
}

/**
 * Each rule's periods of the year: meetings of its kind held (ended) and planned in each,
 * and whether the period met the minimum, ended short (`overdue`), is the current one and
 * not yet met (`due`), or is still ahead (`later`). A 党小组会 counts per party group: the
 * period's `held` is the fewest any of the branch's groups held.
 */
export function cadence(rules: readonly CadenceRule[], meetings: readonly CadenceMeeting[], groups: readonly string[], year: number, now: number) {
  return rules.map((rule) => {
    const periods: CadencePeriod[] = periodsOf(year, rule.per).map(({ period, from, to }) => {
      const inPeriod = meetings.filter((m) => m.kind === rule.kind && m.startsAt >= from && m.startsAt < to);
      const countOf = (list: readonly CadenceMeeting[], ended: boolean) => list.filter((m) => (m.endsAt <= now) === ended).length;
      let held: number;
      let planned: number;
      if (rule.kind === 'group' && groups.length > 0) {
        const perGroup = groups.map((g) => inPeriod.filter((m) => m.group === g));
        held = Math.min(...perGroup.map((list) => countOf(list, true)));
        planned = Math.min(...perGroup.map((list) => countOf(list, true) + countOf(list, false))) - held;
      } else {
        held = countOf(inPeriod, true);
        planned = countOf(inPeriod, false);
      }
      const status = held >= rule.min ? 'met' : now >= to ? 'overdue' : now >= from ? 'due' : 'later';
      return { period, held, planned, status };
    });
    return { rule, periods, overdue: periods.filter((p) => p.status === 'overdue').length };
  });
}

/** The year a meeting belongs to (China Standard Time). */
export function yearOf(epochMs: number): number {
  return Number(monthOf(epochMs).slice(0, 4));
}
