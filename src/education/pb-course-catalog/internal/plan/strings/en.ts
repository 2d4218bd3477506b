import type { PlanSectionStrings } from './zh-CN.js';

/** English for `zh-CN.ts`, loaded when the catalog shows English. */
export const en: PlanSectionStrings = {
  title: 'Assigned to you',
  count: (label, n) => `${label}: ${n}`,
  hours: (year) => `Study hours in ${year}`,
  hoursProgress: (hours) => `Study hours this year: ${hours}`,
  pace: (expected) => `${expected} hours expected by today`,
  behind: (hours) => `${hours} hours to catch up`,
  reached: 'This year’s hours are reached',
  yearCertificate: 'View the year’s certificate',
  yearEnd: (days) => `${days} ${days === 1 ? 'day' : 'days'} to the year’s end`,
  assignedBy: (titles) => `Assigned in: ${titles}`,
  veteranTip: 'For veteran members: in a course, choose “Audio only” to just listen; make the text larger if it is hard to read.',
  migrantTip: 'Studying away from home: on a poor connection, choose “Audio only” in a course to just listen and use less data.',
  largeText: 'Larger text',
};
