import type { AssignmentStrings } from './zh-CN.js';

/** English for `zh-CN.ts`, loaded when the widget shows English. */
export const en: AssignmentStrings = {
  count: (n) => `${n} ${n === 1 ? 'assignment' : 'assignments'}`,
  none: 'The branch has assigned nothing yet',
  forWhom: 'For',
  courses: 'Courses',
  hours: (hours) => `${hours} hours a year`,
  dueOn: (day) => `complete by ${day}`,
  created: (day) => `assigned ${day}`,
};
