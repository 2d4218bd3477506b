import type { DuesStrings } from './zh-CN.js';

/** English strings for `zh-CN.ts`, loaded when a widget shows English. */
export const en: DuesStrings = {
  status: {
    paid: 'Paid',
    'paid-late': 'Paid late',
    unpaid: 'Overdue',
    due: 'Due this month',
    exempt: 'Exempt',
    'not-due': 'Not yet due',
    'before-start': 'Before joining',
  },
  cell: { due: 'Due' },
  years: 'Choose the year',
  year: (year) => String(year),
  prevYear: (year) => `Previous year (${year})`,
  nextYear: (year) => `Next year (${year})`,
};
