import type { ActionStrings } from './zh-CN.js';

/** English strings for `zh-CN.ts`, loaded when a widget shows English. */
export const en: ActionStrings = {
  monthsOf: (name) => `${name}: dues by month`,
  close: 'Close',
  paid: 'Paid',
  owed: 'Overdue',
  name: 'Name',
  category: 'Category',
  monthly: 'Monthly (CNY)',
  paidYuan: 'Paid (CNY)',
  owedYuan: 'Overdue (CNY)',
  categoryName: { 'in-service': 'In service', retired: 'Retired', farmer: 'Farmer', student: 'Student', unemployed: 'Unemployed', relief: 'In hardship' },
  file: (branch, year, ext) => `${branch} dues ${year}.${ext}`,
};
