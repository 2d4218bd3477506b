import type { StudyPlanStrings } from './zh-CN.js';

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

/** English for `zh-CN.ts`, loaded when a widget shows English. */
export const en: StudyPlanStrings = {
  status: { overdue: 'Overdue', 'due-soon': 'Due soon', 'on-track': 'On track', done: 'Done' },
  group: { cadre: 'Cadres in office', 'returned-retiree': 'Retired, back home', skilled: 'With a skill', ordinary: 'In ordinary work', migrant: 'Migrant members', veteran: 'Veteran members' },
  overdue: (n) => `${days(n)} overdue`,
  dueIn: (n) => (n === 0 ? 'due today' : `${days(n)} left`),
  behind: (hours) => `${hours} hours behind`,
  undated: 'no due date',
  done: 'done',
  and: ', ',
  dueOn: (day) => `due ${day}`,
  hours: (credited, target) => `${credited} / ${target} hours`,
  percent: (title) => `Progress in “${title}”`,
};
