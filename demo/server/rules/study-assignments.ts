/**
 * A branch's study assignments (分类施教): what a secretary may assign, and an assignment
 * as the contract shows it. Whom an assignment reaches and how it stands is study-plan.ts.
 */
import type { FieldError } from './field-errors';
import type { MemberGroup } from './member-groups';
import { isCalendarDay, type AssignmentRule } from './study-plan';

export interface AssignmentRecord extends AssignmentRule {
  branchId: string;
  groups: MemberGroup[];
  courseIds: string[];
  memberIds: string[];
  createdAt: number;
}

export interface AssignmentInput {
  title: string;
  courseIds: string[];
  dueOn?: string | null;
  hoursPerYear?: number | null;
  groups: MemberGroup[];
  memberIds: string[];
}

/**
 * What is wrong with an assignment: first its own fields (`validation`, 400), then what it
 * asks of whom (`invalid-assignment`, 422). `catalog`: the course ids there are;
 * `branchMembers`: the ids of the branch's members.
 */
export function assignmentProblems(
  input: AssignmentInput,
  branch: { name: string },
  catalog: ReadonlySet<string>,
  branchMembers: ReadonlySet<string>,
): { kind: 'validation' | 'invalid-assignment'; errors: FieldError[] } | null {
  const dueOn = input.dueOn ?? null;
  const hoursPerYear = input.hoursPerYear ?? null;
  if (!input.title.trim()) return { kind: 'validation', errors: [{ pointer: '/title', code: 'blank', detail: 'must not be blank' }] };
  if (dueOn !== null && !isCalendarDay(dueOn)) return { kind: 'validation', errors: [{ pointer: '/dueOn', code: 'not-a-date', detail: 'is not a day of the calendar' }] };
  const errors: FieldError[] = [];
  if (!input.courseIds.length && hoursPerYear === null) errors.push({ pointer: '/courseIds', code: 'required', detail: 'give courses, yearly hours (hoursPerYear), or both' });
  if (!input.groups.length && !input.memberIds.length) errors.push({ pointer: '/groups', code: 'required', detail: 'give education groups, members (memberIds), or both' });
  if (dueOn !== null && !input.courseIds.length) errors.push({ pointer: '/dueOn', code: 'not-allowed', detail: 'is for courses; yearly hours are due at the end of each year' });
  input.courseIds.forEach((id, i) => {
    if (!catalog.has(id)) errors.push({ pointer: `/courseIds/${i}`, code: 'not-found', detail: 'is not a course of the catalog' });
  });
  input.memberIds.forEach((id, i) => {
    if (!branchMembers.has(id)) errors.push({ pointer: `/memberIds/${i}`, code: 'not-found', detail: `is not a member of ${branch.name}` });
  });
  return errors.length ? { kind: 'invalid-assignment', errors } : null;
}

/** A new assignment from an input without problems (assignmentProblems). */
export function newAssignment(id: string, branchId: string, input: AssignmentInput, now: number): AssignmentRecord {
  return {
    id,
    branchId,
    title: input.title.trim(),
    courseIds: input.courseIds,
    dueOn: input.dueOn ?? null,
    hoursPerYear: input.hoursPerYear ?? null,
    groups: input.groups,
    memberIds: input.memberIds,
    createdAt: now,
  };
}

/** The contract's `StudyAssignment`; `names` gives the named members' names (an id stands for a name not found). */
export function assignmentView(a: AssignmentRecord, names: ReadonlyMap<string, string>) {
  return {
    id: a.id,
    branchId: a.branchId,
    title: a.title,
    courseIds: a.courseIds,
    dueOn: a.dueOn,
    hoursPerYear: a.hoursPerYear,
    groups: a.groups,
    members: a.memberIds.map((id) => ({ id, name: names.get(id) ?? id })),
    createdAt: new Date(a.createdAt).toISOString(),
  };
}
