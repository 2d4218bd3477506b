/**
 * The shapes of the study-plan answers both plan widgets read (the catalog's 为你安排 and
 * `<pb-study-summary>`): statuses and groups from the contract's lists, days that are
 * days (a wrong one would make `Intl` throw while rendering), whole non-negative counts.
 */
import { check, expected, oneOf, orNull, type Infer, type Shape } from '../../contract/data-shape.js';
import type { PlanCourse, PlanHours, StudyPlan } from '../../api/types.js';

/** Most urgent first: the order counts and legends are shown in. */
export const planStatuses = ['overdue', 'due-soon', 'on-track', 'done'] as const;
/** The contract's order of `MemberGroup`. */
export const memberGroups = ['cadre', 'returned-retiree', 'skilled', 'ordinary', 'migrant', 'veteran'] as const;

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A day `YYYY-MM-DD`. */
export const localDate = check<string>((value, path) => (typeof value === 'string' && DAY.test(value) ? null : expected(path, 'a day YYYY-MM-DD', value)));

export const planStatus = oneOf(planStatuses);
export const groupsEntry = [oneOf(memberGroups)] as const;
export const countsEntries = { 'on-track': 'int', 'due-soon': 'int', overdue: 'int', done: 'int' } as const satisfies Shape;
const refs = [{ id: 'string', title: 'string' }] as const;

export const planCourseEntries = {
  courseId: 'string',
  title: 'string',
  category: 'string',
  creditHours: 'number',
  dueOn: orNull(localDate),
  daysLeft: 'number?',
  percent: 'int',
  completed: 'boolean',
  status: planStatus,
  assignments: refs,
} as const satisfies Shape;

export const planHoursEntries = {
  year: 'number',
  targetHours: 'number',
  creditedHours: 'number',
  expectedHours: 'number',
  behindHours: 'number',
  status: planStatus,
  daysLeft: 'number',
  assignments: refs,
} as const satisfies Shape;

export const studyPlanShape = {
  memberId: 'string',
  year: 'number',
  asOf: localDate,
  groups: groupsEntry,
  status: orNull(planStatus),
  counts: countsEntries,
  courses: [planCourseEntries],
  hours: orNull(planHoursEntries),
} as const satisfies Shape;

const _course: [Infer<typeof planCourseEntries>, PlanCourse] extends [PlanCourse, Infer<typeof planCourseEntries>] ? true : never = true;
const _hours: [Infer<typeof planHoursEntries>, PlanHours] extends [PlanHours, Infer<typeof planHoursEntries>] ? true : never = true;
const _plan: [Infer<typeof studyPlanShape>, StudyPlan] extends [StudyPlan, Infer<typeof studyPlanShape>] ? true : never = true;
void [_course, _hours, _plan];
