import type { SummaryStrings } from './zh-CN.js';

/** English strings for `zh-CN.ts`, loaded when a widget shows English. */
export const en: SummaryStrings = {
  title: (branch) => `Dues collection: ${branch}`,
  rate: 'Collection rate this year',
  members: (count) => `${count} ${count === 1 ? 'member' : 'members'}`,
  counts: 'Member-months by status',
  arrears: (count) => `Members in arrears (${count})`,
  noArrears: 'No member owes dues this year.',
  behind: (months) => `${months} ${months === 1 ? 'month' : 'months'} overdue`,
  owed: (amount) => `owes ${amount}`,
  serious: (months) => `${months} months in a row unpaid: talk to them soon`,
  months: 'Collection rate by month',
  month: 'Month',
  paidOfDue: 'Paid / due',
  monthRate: 'Rate',
  forbidden: 'Only the branch secretary and administrators can see the branch’s dues collection.',
  noBranch: 'No branch chosen',
  noBranchHint: 'Site administrator: set branch-id on <pb-dues-summary>.',
  empty: 'This branch has no members',
};
