/**
 * Study plans (分类施教): what a branch's assignments ask of one member, and how each item
 * stands on a given day. Pure; days are `YYYY-MM-DD` in China Standard Time, and the
 * caller supplies each course's progress and the member's credited seconds.
 */
import type { MemberGroup } from './member-groups';

import { PLAN_STATUSES, type PlanCourse, type PlanHours, type PlanStatus, type PlanStatusCounts } from '../shared-contract';

export { PLAN_STATUSES, type PlanStatus };

/** A course or the year's hours is due soon from this many days before its due day. */
export const DUE_SOON_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;
/** Most urgent first. */
const URGENCY: Record<PlanStatus, number> = { overdue: 0, 'due-soon': 1, 'on-track': 2, done: 3 };

export interface AssignmentRule {
  id: string;
  title: string;
  courseIds: readonly string[];
  dueOn: string | null;
  hoursPerYear: number | null;
  groups: readonly MemberGroup[];
  memberIds: readonly string[];
}

export interface CourseFacts {
  id: string;
  title: string;
  category: string;
  creditHours: number;
  percent: number;
  completed: boolean;
}

export type PlanCourseItem = PlanCourse;
export type PlanHoursItem = PlanHours;
export type StatusCounts = PlanStatusCounts;

function utcDay(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcDay(to) - utcDay(from)) / DAY_MS);
}

/** A real calendar day (the contract's pattern lets 2026-02-30 through). */
export function isCalendarDay(day: string): boolean {
  const d = new Date(utcDay(day));
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The assignments that reach a member: through one of their groups, or by name. */
export function reachingAssignments<A extends AssignmentRule>(assignments: readonly A[], memberId: string, groups: readonly MemberGroup[]): A[] {
  return assignments.filter((a) => a.memberIds.includes(memberId) || a.groups.some((g) => groups.includes(g)));
}

export function courseStatus(dueOn: string | null, completed: boolean, today: string): { status: PlanStatus; daysLeft: number | null } {
  const daysLeft = dueOn === null ? null : daysBetween(today, dueOn);
  if (completed) return { status: 'done', daysLeft };
  if (daysLeft === null) return { status: 'on-track', daysLeft };
  if (daysLeft < 0) return { status: 'overdue', daysLeft };
  return { status: daysLeft <= DUE_SOON_DAYS ? 'due-soon' : 'on-track', daysLeft };
}

/**
 * One item per assigned course; a course assigned twice keeps the earliest due date (a
 * date before none). Most urgent first: overdue, due soon, on track, done; then by date.
 */
export function planCourses(reaching: readonly AssignmentRule[], courseOf: (id: string) => CourseFacts | null, today: string): PlanCourseItem[] {
  const items = new Map<string, PlanCourseItem>();
  for (const a of reaching) {
    for (const courseId of a.courseIds) {
      const course = courseOf(courseId);
      if (!course) continue;
      const item = items.get(courseId);
      if (item) {
        item.assignments.push({ id: a.id, title: a.title });
        if (a.dueOn !== null && (item.dueOn === null || a.dueOn < item.dueOn)) item.dueOn = a.dueOn;
        continue;
      }
      items.set(courseId, {
        courseId,
        title: course.title,
        category: course.category,
        creditHours: course.creditHours,
        dueOn: a.dueOn,
        daysLeft: null,
        percent: course.percent,
        completed: course.completed,
        status: 'on-track',
        assignments: [{ id: a.id, title: a.title }],
      });
    }
  }
  const list = [...items.values()];
  for (const item of list) Object.assign(item, courseStatus(item.dueOn, item.completed, today));
  return list.sort(
    (a, b) =>
      URGENCY[a.status] - URGENCY[b.status] ||
      (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') ||
      a.courseId.localeCompare(b.courseId),
  );
}

/**
 * The year's 学时 target: the largest `hoursPerYear` among the assignments that reach the
 * member (one yearly requirement, not a sum: the branch sets it per member group), or the
 * standing requirement when none sets one; against the 学时 credited in that year (credit
 * hours of the courses completed in it). No item when the target is 0.
 */
export function planHours(reaching: readonly AssignmentRule[], creditedHours: number, year: number, today: string, required = 0): PlanHoursItem | null {
  const withHours = reaching.filter((a) => a.hoursPerYear !== null);
  const assigned = withHours.length ? Math.max(...withHours.map((a) => a.hoursPerYear!)) : 0;
  const targetHours = withHours.length ? assigned : required;
  if (targetHours <= 0) return null;
  const yearStart = `${year}-01-01`;
  const yearEnd = `${year}-12-31`;
  const daysInYear = daysBetween(yearStart, `${year + 1}-01-01`);
  const daysGone = Math.min(daysInYear, Math.max(0, daysBetween(yearStart, today) + 1));
  const credited = creditedHours;
  const expectedHours = round1((targetHours * daysGone) / daysInYear);
  const daysLeft = daysBetween(today, yearEnd);
  let status: PlanStatus;
  if (credited + 1e-9 >= targetHours) status = 'done';
  else if (daysLeft < 0) status = 'overdue';
  else status = daysLeft <= DUE_SOON_DAYS ? 'due-soon' : 'on-track';
  return {
    year,
    targetHours,
    creditedHours: round1(credited),
    expectedHours,
    behindHours: Math.max(0, round1(expectedHours - credited)),
    status,
    daysLeft,
    requiredHours: required,
    assignments: withHours.filter((a) => a.hoursPerYear === targetHours).map((a) => ({ id: a.id, title: a.title })),
  };
}

export function countStatuses(statuses: readonly PlanStatus[]): StatusCounts {
  const counts: StatusCounts = { 'on-track': 0, 'due-soon': 0, overdue: 0, done: 0 };
  for (const s of statuses) counts[s] += 1;
  return counts;
}

/** The most urgent of some statuses; null for none. */
export function mostUrgent(statuses: readonly PlanStatus[]): PlanStatus | null {
  return statuses.reduce<PlanStatus | null>((worst, s) => (worst === null || URGENCY[s] < URGENCY[worst] ? s : worst), null);
}

export interface MemberStanding {
  memberId: string;
  status: PlanStatus;
  items: number;
  done: number;
  counts: StatusCounts;
  /** Days past the oldest missed due day (hours: past the year's end). */
  overdueDays: number;
  /** The nearest due day of a course not done and not overdue. */
  nextDueOn: string | null;
  /** Fewest days left among items due soon (for ordering; null without one). */
  soonestDays: number | null;
  behindHours: number;
}

/** Where a member stands with the items of their plan (at least one). */
export function standing(memberId: string, courses: readonly PlanCourseItem[], hours: PlanHoursItem | null): MemberStanding {
  const statuses = [...courses.map((c) => c.status), ...(hours ? [hours.status] : [])];
  const overdue = [...courses.filter((c) => c.status === 'overdue').map((c) => -c.daysLeft!), ...(hours?.status === 'overdue' ? [-hours.daysLeft] : [])];
  const soon = [...courses.filter((c) => c.status === 'due-soon').map((c) => c.daysLeft!), ...(hours?.status === 'due-soon' ? [hours.daysLeft] : [])];
  const upcoming = courses.filter((c) => c.status !== 'done' && c.status !== 'overdue' && c.dueOn !== null).map((c) => c.dueOn!);
  const counts = countStatuses(statuses);
  return {
    memberId,
    status: mostUrgent(statuses) ?? 'done',
    items: statuses.length,
    done: counts.done,
    counts,
    overdueDays: overdue.length ? Math.max(...overdue) : 0,
    nextDueOn: upcoming.length ? upcoming.sort()[0]! : null,
    soonestDays: soon.length ? Math.min(...soon) : null,
    behindHours: hours?.behindHours ?? 0,
  };
}

/**
 * Most urgent member first: overdue (most days overdue first), due soon (fewest days
 * left first), on track (furthest behind the hours pace first), done; then by member id.
 */
export function compareStandings(a: MemberStanding, b: MemberStanding): number {
  return (
    URGENCY[a.status] - URGENCY[b.status] ||
    b.overdueDays - a.overdueDays ||
    (a.soonestDays ?? Infinity) - (b.soonestDays ?? Infinity) ||
    b.behindHours - a.behindHours ||
    a.memberId.localeCompare(b.memberId)
  );
}
