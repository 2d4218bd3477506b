import type { AssessmentStrings } from './zh-CN.js';

/** English strings for `zh-CN.ts`, loaded when a widget shows English. */
export const en: AssessmentStrings = {
  metric: {
    points: 'Study points',
    'study-hours': 'Credit hours',
    'study-time': 'Time studied',
    'completion-rate': 'Required course completion',
    'participation-rate': 'Participation rate',
    'dues-rate': 'Dues paid on time',
    'attendance-rate': 'Meeting attendance',
  },
  period: { week: 'This week', month: 'This month', quarter: 'This quarter', year: 'This year', all: 'All time' },
  scope: { branches: 'Branches', members: 'Members' },
  unit: { points: (n) => `${n} pts`, hours: (n) => `${n} credit h`, 'clock-hours': (n) => `${n} h`, percent: (n) => n },
  noValue: 'No data',
};
