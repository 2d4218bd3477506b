/** getMyStudyPlan, getStudySummary, listStudyAssignments, createStudyAssignment, removeStudyAssignment. */
import { randomBytes } from 'node:crypto';
import type { Hono } from 'hono';
import { mountOperation, type OperationDeps } from '../http/operation';
import { HttpProblem, problems } from '../http/problem';
import { canManageBranch } from '../rules/branch-access';
import { dayOf, yearSpan } from '../rules/calendar';
import { requiredHours } from '../rules/credit-requirement';
import { groupsOf } from '../rules/member-groups';
import { assignmentProblems, assignmentView, newAssignment, type AssignmentInput } from '../rules/study-assignments';
import { memberPlan, studySummaryView } from '../rules/study-summary';
import type { MemberRecord } from '../store/members-store';
import type { AssignmentRecord } from '../store/study-plan-store';
import { courseFactsOf as courseFactsOfMember, myStudyPlan } from './member-study';
import type { Services } from './services';

export function mountStudyPlanRoutes(app: Hono, deps: OperationDeps, services: Services): void {
  const { studyPlans, members, courses } = services;

  /** The branch, for its secretary or an admin (403 before 404, like the dues summary). */
  const managedBranch = (member: MemberRecord, branchId: string, what: string) => {
    if (!canManageBranch(member, branchId)) throw problems.forbidden(`Only the branch secretary can see or change ${what}`);
    return members.branch(branchId) ?? (() => { throw problems.notFound('Branch'); })();
  };

  const courseFactsOf = (memberId: string) => courseFactsOfMember(services, memberId);

  /** The assignment with its named members' names. */
  const viewOf = (a: AssignmentRecord) => {
    const names = new Map(a.memberIds.flatMap((id) => { const m = members.member(id); return m ? [[id, m.name] as const] : []; }));
    return assignmentView(a, names);
  };

  mountOperation(app, deps, 'getMyStudyPlan', ({ member, now }) => ({ status: 200, body: myStudyPlan(services, member, now) }));

  mountOperation(app, deps, 'getStudySummary', ({ member, params, query, now }) => {
    const branch = managedBranch(member, params.branchId!, 'its study summary');
    const today = dayOf(now);
    const year = (query.year as number | undefined) ?? Number(today.slice(0, 4));
    const span = yearSpan(year);
    const assignments = studyPlans.ofBranch(branch.id);
    const credited = studyPlans.branchCreditedHours(branch.id, span.from, span.to);
    const body = studySummaryView({
      branch,
      members: members.membersOfBranch(branch.id),
      groupsOf: (m) => groupsOf(m, now),
      planOf: (m) => {
        const groups = groupsOf(m, now);
        return memberPlan(assignments, m, groups, courseFactsOf(m.id), credited.get(m.id) ?? 0, year, today, true, requiredHours(services.creditRequirement, groups));
      },
      year,
      today,
    });
    return { status: 200, body };
  });

  mountOperation(app, deps, 'listStudyAssignments', ({ member, params }) => {
    const branch = managedBranch(member, params.branchId!, 'its study assignments');
    return { status: 200, body: { branchId: branch.id, items: studyPlans.ofBranch(branch.id).map(viewOf) } };
  });

  mountOperation(app, deps, 'createStudyAssignment', ({ member, params, body, now }) => {
    const branch = managedBranch(member, params.branchId!, 'its study assignments');
    const input = body as AssignmentInput;
    const catalog = new Set(courses.courses().map((c) => c.id));
    const branchMembers = new Set(members.membersOfBranch(branch.id).map((m) => m.id));
    const problem = assignmentProblems(input, branch, catalog, branchMembers);
    if (problem?.kind === 'validation') throw problems.validation(problem.errors);
    if (problem) throw new HttpProblem(422, 'invalid-assignment', 'The assignment cannot be made as it is', { errors: problem.errors });
    const record = newAssignment(`sa_${randomBytes(9).toString('base64url')}`, branch.id, input, now);
    studyPlans.insert(record);
    return { status: 201, body: viewOf(record) };
  });

  mountOperation(app, deps, 'removeStudyAssignment', ({ member, params }) => {
    const branch = managedBranch(member, params.branchId!, 'its study assignments');
    const assignment = studyPlans.get(branch.id, params.assignmentId!);
    if (!assignment) throw problems.notFound('Study assignment');
    studyPlans.remove(assignment.id);
    return { status: 200, body: viewOf(assignment) };
  });
}
