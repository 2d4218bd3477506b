/** getMyStudyPlan, getStudySummary, listStudyAssignments, createStudyAssignment, removeStudyAssignment. */
import { randomBytes } from 'node:crypto';
import type { Hono } from 'hono';
import { mountOperation, type OperationDeps } from '../http/operation';
import { HttpProblem, problems, type FieldError } from '../http/problem';
import { dayOf } from '../rules/calendar';
import type { MemberGroup } from '../rules/member-groups';
import { isCalendarDay } from '../rules/study-plan';
import { groupsOf, type MemberRecord } from '../store/members-store';
import type { AssignmentRecord } from '../store/study-plan-store';
import { canManageBranch } from '../rules/branch-access';
import type { Services } from './services';
import { assignmentView, courseFactsFor, memberPlan, studyPlanView, studySummaryView, yearSpan } from '../rules/study-summary';

const invalidAssignment = (errors: FieldError[]) =>
  new HttpProblem(422, 'invalid-assignment', 'The assignment cannot be made as it is', { errors });

interface AssignmentInput {
  title: string;
  courseIds: string[];
  dueOn?: string | null;
  hoursPerYear?: number | null;
  groups: MemberGroup[];
  memberIds: string[];
}

export function mountStudyPlanRoutes(app: Hono, deps: OperationDeps, services: Services): void {
  const { studyPlans, members, courses } = services;

  /** The branch, for its secretary or an admin (403 before 404, like the dues summary). */
  const managedBranch = (member: MemberRecord, branchId: string, what: string) => {
    if (!canManageBranch(member, branchId)) throw problems.forbidden(`Only the branch secretary can see or change ${what}`);
    return members.branch(branchId) ?? (() => { throw problems.notFound('Branch'); })();
  };

  mountOperation(app, deps, 'getMyStudyPlan', ({ member, now }) => {
    const today = dayOf(now);
    const year = Number(today.slice(0, 4));
    const span = yearSpan(year);
    const groups = groupsOf(member, now);
    const plan = memberPlan(
      studyPlans.ofBranch(member.branchId),
      member,
      groups,
      courseFactsFor(courses, member.id),
      studyPlans.creditedSeconds(member.id, span.from, span.to),
      year,
      today,
      false,
    );
    return { status: 200, body: studyPlanView(member, groups, plan, year, today) };
  });

  mountOperation(app, deps, 'getStudySummary', ({ member, params, query, now }) => {
    const branch = managedBranch(member, params.branchId!, 'its study summary');
    const today = dayOf(now);
    const year = (query.year as number | undefined) ?? Number(today.slice(0, 4));
    const span = yearSpan(year);
    const assignments = studyPlans.ofBranch(branch.id);
    const credited = studyPlans.branchCreditedSeconds(branch.id, span.from, span.to);
    const body = studySummaryView({
      branch,
      members: members.membersOfBranch(branch.id),
      groupsOf: (m) => groupsOf(m, now),
      planOf: (m) => memberPlan(assignments, m, groupsOf(m, now), courseFactsFor(courses, m.id), credited.get(m.id) ?? 0, year, today, true),
      year,
      today,
    });
    return { status: 200, body };
  });

  mountOperation(app, deps, 'listStudyAssignments', ({ member, params }) => {
    const branch = managedBranch(member, params.branchId!, 'its study assignments');
    return { status: 200, body: { branchId: branch.id, items: studyPlans.ofBranch(branch.id).map((a) => assignmentView(a, members)) } };
  });

  mountOperation(app, deps, 'createStudyAssignment', ({ member, params, body, now }) => {
    const branch = managedBranch(member, params.branchId!, 'its study assignments');
    const input = body as AssignmentInput;
    const title = input.title.trim();
    const dueOn = input.dueOn ?? null;
    const hoursPerYear = input.hoursPerYear ?? null;
    if (!title) throw problems.validation([{ pointer: '/title', detail: 'must not be blank' }]);
    if (dueOn !== null && !isCalendarDay(dueOn)) throw problems.validation([{ pointer: '/dueOn', detail: 'is not a day of the calendar' }]);
    const errors: FieldError[] = [];
    if (!input.courseIds.length && hoursPerYear === null) errors.push({ pointer: '/courseIds', detail: 'give courses, yearly hours (hoursPerYear), or both' });
    if (!input.groups.length && !input.memberIds.length) errors.push({ pointer: '/groups', detail: 'give education groups, members (memberIds), or both' });
    if (dueOn !== null && !input.courseIds.length) errors.push({ pointer: '/dueOn', detail: 'is for courses; yearly hours are due at the end of each year' });
    input.courseIds.forEach((id, i) => {
      if (!courses.course(id)) errors.push({ pointer: `/courseIds/${i}`, detail: 'is not a course of the catalog' });
    });
    input.memberIds.forEach((id, i) => {
      if (members.member(id)?.branchId !== branch.id) errors.push({ pointer: `/memberIds/${i}`, detail: `is not a member of ${branch.name}` });
    });
    if (errors.length) throw invalidAssignment(errors);
    const record: AssignmentRecord = {
      id: `sa_${randomBytes(9).toString('base64url')}`,
      branchId: branch.id,
      title,
      courseIds: input.courseIds,
      dueOn,
      hoursPerYear,
      groups: input.groups,
      memberIds: input.memberIds,
      createdAt: now,
    };
    studyPlans.insert(record);
    return { status: 201, body: assignmentView(record, members) };
  });

  mountOperation(app, deps, 'removeStudyAssignment', ({ member, params }) => {
    const branch = managedBranch(member, params.branchId!, 'its study assignments');
    const assignment = studyPlans.get(branch.id, params.assignmentId!);
    if (!assignment) throw problems.notFound('Study assignment');
    studyPlans.remove(assignment.id);
    return { status: 200, body: assignmentView(assignment, members) };
  });
}
