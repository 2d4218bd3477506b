/**
 * The structure of `StudySummary` and what its numbers must mean together: one row per
 * member with something assigned, each member's counts adding up to their items, the
 * branch's counts to all of them, a rate that is done ÷ items. Each would make the
 * secretary read wrong numbers, so each is reported instead, naming the JSON path.
 */
import { check, oneOf, orNull, shapeProblem, type DataProblem, type Infer, type Shape } from '../../../api/data-shape.js';
import type { StudySummary } from '../../../api/types.js';
import { countsEntries, groupsEntry, localDate, memberGroups, planCourseEntries, planHoursEntries, planStatus } from '../../study-plan/shapes.js';

export const studySummaryShape = {
  branchId: 'string',
  branchName: 'string',
  year: 'number',
  asOf: localDate,
  memberCount: 'int',
  plannedCount: 'int',
  rate: 'number',
  counts: countsEntries,
  groups: [
    {
      group: oneOf(memberGroups),
      memberCount: 'int',
      plannedCount: 'int',
      items: 'int',
      done: 'int',
      rate: 'number?',
      counts: countsEntries,
      targetHours: 'number',
      creditedHours: 'number',
    },
  ],
  members: [
    {
      memberId: 'string',
      name: 'string',
      groups: groupsEntry,
      status: planStatus,
      items: 'int',
      done: 'int',
      counts: countsEntries,
      overdueDays: 'int',
      nextDueOn: orNull(localDate),
      behindHours: 'number',
      courses: [planCourseEntries],
      hours: orNull(planHoursEntries),
    },
  ],
} as const satisfies Shape;

const _summary: [Infer<typeof studySummaryShape>, StudySummary] extends [StudySummary, Infer<typeof studySummaryShape>] ? true : never = true;
void _summary;

type Counts = StudySummary['counts'];
const total = (counts: Counts) => counts['on-track'] + counts['due-soon'] + counts.overdue + counts.done;

/** The first problem in a summary (its structure, then its numbers), or null when it all adds up. */
export function checkStudySummary(data: unknown): DataProblem | null {
  const problem = shapeProblem(studySummaryShape, data);
  if (problem) return problem;
  const s = data as StudySummary;
  if (s.plannedCount !== s.members.length) return { path: '$.plannedCount', message: `${s.plannedCount} does not match the ${s.members.length} members listed` };
  for (const [i, m] of s.members.entries()) {
    if (total(m.counts) !== m.items || m.counts.done !== m.done) return { path: `$.members[${i}].counts`, message: `they do not add up to ${m.items} items, ${m.done} done` };
  }
  const items = s.members.reduce((n, m) => n + m.items, 0);
  if (total(s.counts) !== items) return { path: '$.counts', message: `${total(s.counts)} items do not match the members’ ${items}` };
  // Rates agree to within half a percentage point (backends round them differently).
  const rate = items ? s.counts.done / items : 0;
  return Math.abs(s.rate - rate) > 0.005 ? { path: '$.rate', message: `${s.rate} does not match ${s.counts.done} done of ${items}` } : null;
}

/** A summary as `expectShape` and `Resource` check it. */
export const studySummaryChecked = check<StudySummary>(checkStudySummary);
