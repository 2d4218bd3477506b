/**
 * The contract's `StudySummary` and what its numbers must mean together: one row per
 * member with something assigned, each member's counts adding up to their items, the
 * branch's counts to all of them, a rate that is done ÷ items. Each would make the
 * secretary read wrong numbers, so each is reported instead, naming the JSON path.
 */
import { check, shapeProblem, type DataProblem } from '../../../contract/data-shape.js';
import { getStudySummary } from '../../../contract/shapes/StudySummary.gen.js';
import type { StudySummary } from '../../../api/types.js';

type Counts = StudySummary['counts'];
const total = (counts: Counts) => counts['on-track'] + counts['due-soon'] + counts.overdue + counts.done;

/** The first problem in a summary (its structure, then its numbers), or null when it all adds up. */
export function checkStudySummary(data: unknown): DataProblem | null {
  const problem = shapeProblem(getStudySummary, data);
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

/** A summary as the port checks it (`expectAnswers`): the contract's shape, then its numbers. */
export const studySummaryChecked = check<StudySummary>(checkStudySummary);
