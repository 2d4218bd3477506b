import type { SummaryStrings } from './zh-CN.js';

const people = (n: number) => `${n} ${n === 1 ? 'member' : 'members'}`;

/** English for `zh-CN.ts`, loaded when the widget shows English. */
export const en: SummaryStrings = {
  title: (branch) => `Study plans: ${branch}`,
  rate: 'Plan items completed',
  members: (count, planned) => `${people(count)}, ${planned} with a study plan`,
  counts: 'Plan items by status',
  groups: 'Completion by member group',
  group: 'Group',
  groupMembers: 'Members',
  doneOfItems: 'Done / items',
  groupRate: 'Done',
  groupOverdue: 'Overdue',
  groupHours: 'Hours done / target',
  people,
  membersTitle: (count) => `Members’ progress (${count}, most urgent first)`,
  memberName: 'Member',
  memberStatus: 'Status',
  memberUrgency: 'Most urgent',
  memberDone: 'Done',
  memberHours: 'Hours',
  doneItems: (done, items) => `${done} of ${items} done`,
  courses: (name) => `${name}’s plan`,
  yearHours: 'Hours this year',
  viewTable: 'View as table',
  assignments: 'What the branch has assigned',
  tableRegion: 'Members’ progress table',
  forbidden: 'Only the branch secretary and administrators can see the branch’s study plans.',
  noBranch: 'No branch chosen',
  noBranchHint: 'Site administrator: set branch-id on <pb-study-summary>.',
  empty: 'This branch has no members',
  nothingPlanned: 'Nothing is assigned for this year yet',
  nothingPlannedHint: 'Once courses and yearly hours are assigned to the member groups, each member’s progress shows here.',
};
