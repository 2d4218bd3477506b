/**
 * A member's study plan and a branch's summary, composed from the assignments, the
 * members' progress and credited hours with the pure rules in study-plan.ts. Pure: the
 * routes read the assignments, progress and credit.
 */
import { courseProgressSummary, type CourseRecord, type LessonProgressRecord } from './course-progress';
import { MEMBER_GROUPS, type MemberGroup } from './member-groups';
import {
  compareStandings,
  countStatuses,
  mostUrgent,
  planCourses,
  planHours,
  reachingAssignments,
  standing,
  type AssignmentRule,
  type CourseFacts,
  type PlanCourseItem,
  type PlanHoursItem,
} from './study-plan';

/** A course as a plan item needs it, with the member's progress in it. */
export function courseFacts(course: CourseRecord, progress: Map<string, LessonProgressRecord>): CourseFacts {
  const summary = courseProgressSummary(course, progress);
  return { id: course.id, title: course.title, category: course.category, creditHours: course.creditHours, percent: summary.percent, completed: summary.completed };
}

export interface MemberPlan {
  courses: PlanCourseItem[];
  hours: PlanHoursItem | null;
}

/**
 * The plan of one member on `today`: courses (all of them, or with `year` only those due
 * in it or undated) and the year's hours target.
 */
export function memberPlan(
  assignments: readonly AssignmentRule[],
  member: { id: string },
  groups: readonly MemberGroup[],
  courseOf: (id: string) => CourseFacts | null,
  creditedHours: number,
  year: number,
  today: string,
  onlyYear: boolean,
  requiredHours = 0,
): MemberPlan {
  const reaching = reachingAssignments(assignments, member.id, groups);
  const courses = planCourses(reaching, courseOf, today).filter((c) => !onlyYear || c.dueOn === null || c.dueOn.startsWith(`${year}-`));
  return { courses, hours: planHours(reaching, creditedHours, year, today, requiredHours) };
}

export function studyPlanView(member: { id: string }, groups: MemberGroup[], plan: MemberPlan, year: number, today: string) {
  const statuses = [...plan.courses.map((c) => c.status), ...(plan.hours ? [plan.hours.status] : [])];
  return {
    memberId: member.id,
    year,
    asOf: today,
    groups,
    status: mostUrgent(statuses),
    counts: countStatuses(statuses),
    courses: plan.courses,
    hours: plan.hours,
  };
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const rate = (done: number, items: number) => Math.round((done / items) * 10000) / 10000;

/** What the summary needs to know of a member. */
export interface SummaryMember {
  id: string;
  name: string;
}

export interface SummaryInput<M extends SummaryMember> {
  branch: { id: string; name: string };
  members: readonly M[];
  groupsOf: (m: M) => MemberGroup[];
  planOf: (m: M) => MemberPlan;
  year: number;
  today: string;
}

export function studySummaryView<M extends SummaryMember>({ branch, members, groupsOf, planOf, year, today }: SummaryInput<M>) {
  const rows = members.flatMap((m) => {
    const plan = planOf(m);
    if (!plan.courses.length && !plan.hours) return [];
    return [{ member: m, groups: groupsOf(m), plan, standing: standing(m.id, plan.courses, plan.hours) }];
  });
  rows.sort((a, b) => compareStandings(a.standing, b.standing));
  const itemStatuses = rows.flatMap((r) => [...r.plan.courses.map((c) => c.status), ...(r.plan.hours ? [r.plan.hours.status] : [])]);
  const counts = countStatuses(itemStatuses);
  const groups = MEMBER_GROUPS.map((group) => {
    const inGroup = rows.filter((r) => r.groups.includes(group));
    const items = inGroup.reduce((n, r) => n + r.standing.items, 0);
    const done = inGroup.reduce((n, r) => n + r.standing.done, 0);
    const groupCounts = countStatuses([]);
    for (const r of inGroup) for (const s of Object.keys(groupCounts) as (keyof typeof groupCounts)[]) groupCounts[s] += r.standing.counts[s];
    const withHours = inGroup.filter((r) => r.plan.hours);
    return {
      group,
      memberCount: members.filter((m) => groupsOf(m).includes(group)).length,
      plannedCount: inGroup.length,
      items,
      done,
      rate: items ? rate(done, items) : null,
      counts: groupCounts,
      targetHours: round1(withHours.reduce((n, r) => n + r.plan.hours!.targetHours, 0)),
      creditedHours: round1(withHours.reduce((n, r) => n + Math.min(r.plan.hours!.creditedHours, r.plan.hours!.targetHours), 0)),
    };
  });
  return {
    branchId: branch.id,
    branchName: branch.name,
    year,
    asOf: today,
    memberCount: members.length,
    plannedCount: rows.length,
    rate: itemStatuses.length ? rate(counts.done, itemStatuses.length) : 0,
    counts,
    groups,
    members: rows.map((r) => ({
      memberId: r.member.id,
      name: r.member.name,
      groups: r.groups,
      status: r.standing.status,
      items: r.standing.items,
      done: r.standing.done,
      counts: r.standing.counts,
      overdueDays: r.standing.overdueDays,
      nextDueOn: r.standing.nextDueOn,
      behindHours: r.standing.behindHours,
      courses: r.plan.courses,
      hours: r.plan.hours,
    })),
  };
}
