/**
 * The rows of the per-group table: the education groups that have members in the branch,
 * in the contract's order, with the shares their bars show. Members in several groups
 * count in each (the server's rule), so the rows need not add up to the branch.
 */
import type { MemberGroup, StudySummary } from '../../../api/types.js';
import { share } from '../../study-plan/urgency.js';

export interface GroupRow {
  group: MemberGroup;
  members: number;
  planned: number;
  items: number;
  done: number;
  /** done ÷ items; null without items. */
  rate: number | null;
  overdue: number;
  targetHours: number;
  creditedHours: number;
  /** Credited ÷ target hours, at most 1; null without a target. */
  hoursShare: number | null;
}

export function groupRows(summary: Pick<StudySummary, 'groups'>): GroupRow[] {
  return summary.groups
    .filter((g) => g.memberCount > 0)
    .map((g) => ({
      group: g.group,
      members: g.memberCount,
      planned: g.plannedCount,
      items: g.items,
      done: g.done,
      rate: g.rate,
      overdue: g.counts.overdue,
      targetHours: g.targetHours,
      creditedHours: g.creditedHours,
      hoursShare: share(g.creditedHours, g.targetHours),
    }));
}
