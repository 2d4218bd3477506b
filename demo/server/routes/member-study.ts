/**
 * A member's study plan as `getMyStudyPlan` answers it, and the year's study hours against
 * their target: the one place the tasks list reads them from, so a change in how credit
 * hours are counted reaches both.
 */
import { dayOf, yearSpan } from '../rules/calendar';
import { requiredHours } from '../rules/credit-requirement';
import { groupsOf } from '../rules/member-groups';
import type { CourseFacts } from '../rules/study-plan';
import { courseFacts, memberPlan, studyPlanView } from '../rules/study-summary';
import type { MemberRecord } from '../store/members-store';
import type { Services } from './services';

/** A member's progress in any course of the catalog, as the plan needs it. */
export function courseFactsOf(services: Services, memberId: string): (id: string) => CourseFacts | null {
  const progress = services.courses.progressOfMember(memberId);
  return (id) => {
    const course = services.courses.course(id);
    return course ? courseFacts(course, progress) : null;
  };
}

export function myStudyPlan(services: Services, member: MemberRecord, now: number) {
  const today = dayOf(now);
  const year = Number(today.slice(0, 4));
  const span = yearSpan(year);
  const groups = groupsOf(member, now);
  const plan = memberPlan(
    services.studyPlans.ofBranch(member.branchId),
    member,
    groups,
    courseFactsOf(services, member.id),
    services.studyPlans.creditedHours(member.id, span.from, span.to),
    year,
    today,
    false,
    requiredHours(services.creditRequirement, groups),
  );
  return studyPlanView(member, groups, plan, year, today);
}

/** The year's 学时 against the member's target (the standing requirement without an assignment's), as the plan states them. */
export const yearHoursOf = (plan: ReturnType<typeof myStudyPlan>) => plan.hours;
