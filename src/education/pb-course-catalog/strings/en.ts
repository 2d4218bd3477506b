import type { CatalogStrings } from './zh-CN.js';

/** English strings for `zh-CN.ts`, loaded when a widget shows English. */
export const en: CatalogStrings = {
  catalog: 'Course catalog',
  type: 'Course type',
  all: 'All',
  required: 'Required',
  elective: 'Elective',
  category: 'Category',
  allCategories: 'All categories',
  search: 'Search courses',
  searchHint: 'Title or keyword',
  total: (n) => `${n} ${n === 1 ? 'course' : 'courses'}`,
  lessons: (n) => `${n} ${n === 1 ? 'lesson' : 'lessons'}`,
  hours: (h) => `${h} credit ${h === '1' ? 'hour' : 'hours'}`,
  progress: (title) => `Progress in “${title}”`,
  credited: (d) => `${d} studied`,
  earned: (h) => `${h} credit ${h === '1' ? 'hour' : 'hours'} earned`,
  completed: 'Completed',
  notStarted: 'Not started',
  more: 'Load more',
  none: 'No courses match',
  noneHint: 'Try another category or search words.',
  clear: 'Clear filters',
};
