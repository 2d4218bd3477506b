import type { StatusStrings } from './zh-CN.js';

/** English strings for `zh-CN.ts`, loaded when a widget shows English. */
export const en: StatusStrings = {
  monthly: 'Monthly dues',
  paidTotal: 'Paid this year',
  owed: 'Overdue',
  due: 'Due this month',
  dueBy: (month) => `Pay by the end of ${month}`,
  category: {
    'in-service': 'In service',
    retired: 'Retired',
    farmer: 'Farmer',
    student: 'Student',
    unemployed: 'Unemployed',
    relief: 'On basic living allowance',
  },
  basis: (category, _description, base, rate) => [category, base === null ? 'fixed monthly amount' : `monthly base ${base} × ${rate}`].filter(Boolean).join(', '),
  months: (year) => `Dues by month, ${year}`,
  paidOn: (date) => `Paid ${date}`,
  choose: 'Tick the months to pay',
  order: 'Months are paid oldest first: ticking a month also ticks the unpaid months before it.',
  selected: (count, total) => `${count} ${count === 1 ? 'month' : 'months'} chosen, ${total} in all`,
  pay: (total) => `Pay ${total}`,
  creating: 'Starting the payment…',
  allPaid: 'All dues due so far are paid.',
  ahead: 'To pay ahead, tick later months.',
  refused: (why) => `The payment could not be started: ${why}`,
  history: (count) => `Payments (${count})`,
  noHistory: 'No payments this year',
  payment: { pending: 'Waiting', paid: 'Paid', failed: 'Failed', expired: 'Expired', cancelled: 'Cancelled' },
  empty: 'No dues were due in this year',
};
