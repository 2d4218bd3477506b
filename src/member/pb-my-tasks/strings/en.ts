import type { TasksStrings } from './zh-CN.js';

/** English strings for `zh-CN.ts`, loaded when a widget shows English. */
export const en: TasksStrings = {
  title: 'My tasks',
  counts: 'Tasks by urgency',
  urgency: { overdue: 'Overdue', 'due-soon': 'Due soon', later: 'Later' },
  count: (n) => `${n} ${n === 1 ? 'task' : 'tasks'}`,
  kind: { course: 'Course', questionnaire: 'Questionnaire', evaluation: 'Evaluation', dues: 'Dues', reminder: 'Reminder', meeting: 'Meeting' },
  overdueBy: (days) => `${days} ${days === 1 ? 'day' : 'days'} overdue`,
  dueIn: (days) => (days === 0 ? 'Due today' : `${days} ${days === 1 ? 'day' : 'days'} left`),
  dueOn: (day) => `due ${day}`,
  noDate: 'No due date',
  percent: (p) => `${p} studied`,
  duesMonths: (months, amount) => `${months} ${months === 1 ? 'month' : 'months'}, ${amount} in all`,
  duesTitle: (from, to) => (from === to ? `Pay dues for ${from}` : `Pay dues for ${from} – ${to}`),
  reminderFrom: (name) => `From ${name}`,
  meetingIn: (days) => (days === 0 ? 'Today' : `In ${days} ${days === 1 ? 'day' : 'days'}`),
  checkInOpen: 'Check-in open',
  meetingNeed: { reply: 'Reply: attend or ask for leave', 'leave-refused': 'Leave not granted', 'check-in': 'Check in now' },
  reminderSubject: { dues: 'Please pay your dues', study: 'Please finish your study on time', questionnaire: 'Please fill in the questionnaire', general: 'A note from your branch' },
  markRead: 'Got it',
  markReadLabel: (title) => `Got it: ${title}`,
  hours: (credited, target) => `Study hours this year: ${credited} / ${target}`,
  hoursBehind: (hours) => `${hours} hours behind the pace`,
  hoursDone: 'This year’s study hours are complete',
  empty: 'Nothing to do right now',
  emptyHint: 'Study, questionnaires, dues, meetings and reminders that need you will show here.',
};
