/**
 * How urgent a plan item or a member is, as data the widgets word (`urgency-text.ts`): days
 * overdue, days left to a due date, hours behind the year's pace. The statuses and the
 * order are the server's; this only says "by how much", from the numbers it sent.
 */
import type { PlanCourse, PlanHours, StudySummaryMember } from '../../api/types.js';

export type Urgency =
  | { kind: 'overdue'; days: number }
  | { kind: 'due'; days: number; on: string }
  | { kind: 'behind'; hours: number }
  | { kind: 'undated' }
  | { kind: 'done' };

/** A course due within this many days is "due soon" (the contract's rule, said here only to order the phrases). */
export const DUE_SOON_DAYS = 30;

/** Days from `from` to `to`, both `YYYY-MM-DD`; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** One assigned course: done, overdue by so many days, due in so many, or without a date. */
export function courseUrgency(course: Pick<PlanCourse, 'status' | 'daysLeft' | 'dueOn'>): Urgency {
  if (course.status === 'done') return { kind: 'done' };
  if (course.daysLeft === null || course.dueOn === null) return { kind: 'undated' };
  return course.daysLeft < 0 ? { kind: 'overdue', days: -course.daysLeft } : { kind: 'due', days: course.daysLeft, on: course.dueOn };
}

/** The year's hours: reached, so many hours behind the pace (behind at the year's end is the shortfall), or keeping it (none). */
export function hoursUrgency(hours: Pick<PlanHours, 'status' | 'behindHours'>): Urgency | null {
  if (hours.status === 'done') return { kind: 'done' };
  return hours.behindHours > 0 ? { kind: 'behind', hours: hours.behindHours } : null;
}

const rank = (u: Urgency) => (u.kind === 'overdue' ? 0 : u.kind === 'due' && u.days <= DUE_SOON_DAYS ? 1 : u.kind === 'behind' ? 2 : 3);

/**
 * What a secretary reads about one member, the reason for their status first: days past
 * the oldest missed due date, days to the next one, hours behind the pace. A member whose
 * status comes from the hours (on track with courses far off) reads "behind" first. None
 * for a member done, or on track with nothing dated and nothing behind: their status says it.
 */
export function memberUrgencies(member: Pick<StudySummaryMember, 'status' | 'overdueDays' | 'nextDueOn' | 'behindHours'>, asOf: string): Urgency[] {
  if (member.status === 'done') return [];
  const found: Urgency[] = [];
  if (member.overdueDays > 0) found.push({ kind: 'overdue', days: member.overdueDays });
  if (member.nextDueOn) found.push({ kind: 'due', days: daysBetween(asOf, member.nextDueOn), on: member.nextDueOn });
  if (member.behindHours > 0) found.push({ kind: 'behind', hours: member.behindHours });
  return found.sort((a, b) => rank(a) - rank(b));
}

/** A share 0–1 for a bar: `part` of `whole`, at most 1; null when there is no whole. */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? Math.min(1, Math.max(0, part / whole)) : null;
}
