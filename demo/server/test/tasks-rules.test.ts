/**
 * The to-do list's rule (rules/tasks.ts) as a table: which facts become tasks, how urgent
 * each is, and the order, without a database.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lastDayOf, MEETING_DUE_SOON_DAYS, QUESTIONNAIRE_DUE_SOON_DAYS, taskList, type MeetingFacts, type TaskInputs } from '../rules/tasks';
import type { PlanCourse, Reminder } from '../shared-contract';

const today = '2026-09-15';
const none: TaskInputs = { today, planCourses: [], requiredCourses: [], questionnaires: [], dues: { overdueMonths: [], owedFen: 0, dueMonth: null, dueFen: 0 }, reminders: [], meetings: [], hours: null };
const plan = (courseId: string, status: PlanCourse['status'], dueOn: string | null): PlanCourse => ({
  courseId,
  title: courseId,
  category: '党史',
  creditHours: 2,
  dueOn,
  daysLeft: null,
  percent: 10,
  completed: status === 'done',
  status,
  assignments: [],
});
const reminder = (id: string, subject: Reminder['subject'], read = false): Reminder => ({ id, subject, message: null, from: { id: 'm0002', name: '王红梅' }, sentAt: '2026-09-14T02:00:00.000Z', read });
const survey = (id: string, closesOn: string | null, extra: Partial<TaskInputs['questionnaires'][number]> = {}) => ({ id, title: id, mode: 'survey' as const, open: true, canSubmit: true, submitted: false, closesOn, ...extra });
const meeting = (id: string, startsOn: string, facts: Partial<MeetingFacts> = {}): MeetingFacts => ({
  id,
  kind: 'group',
  topic: id,
  startsOn,
  startsAt: `${startsOn}T11:00:00.000Z`,
  endsAt: `${startsOn}T12:30:00.000Z`,
  place: '党员活动室',
  checkInOpen: false,
  reply: null,
  leave: null,
  checkedIn: false,
  ...facts,
});
const rows = (input: Partial<TaskInputs>) => taskList('m1', { ...none, ...input }).items.map((t) => [t.id, t.urgency, t.daysLeft]);

describe('the to-do list rule', () => {
  it('the last day of a month, leap years included', () => {
    assert.deepEqual(['2026-02', '2028-02', '2026-09', '2026-12'].map(lastDayOf), ['2026-02-28', '2028-02-29', '2026-09-30', '2026-12-31']);
  });

  it('courses: the plan’s status gives the urgency, done ones leave, a required course already in the plan is listed once', () => {
    assert.deepEqual(
      rows({
        planCourses: [plan('a', 'on-track', '2026-12-01'), plan('b', 'overdue', '2026-09-01'), plan('c', 'due-soon', '2026-09-20'), plan('d', 'done', '2026-09-10')],
        requiredCourses: [
          { id: 'a', title: 'a', percent: 10, completed: false },
          { id: 'e', title: 'e', percent: 0, completed: false },
          { id: 'f', title: 'f', percent: 100, completed: true },
        ],
      }),
      [
        ['course:b', 'overdue', -14],
        ['course:c', 'due-soon', 5],
        ['course:a', 'later', 77],
        ['course:e', 'later', null],
      ],
    );
  });

  it(`questionnaires: open and still answerable; due soon when closing within ${QUESTIONNAIRE_DUE_SOON_DAYS} days; an evaluation is its own kind`, () => {
    assert.deepEqual(
      rows({
        questionnaires: [
          survey('q6', '2026-09-21'),
          survey('q7', '2026-09-22'),
          survey('done', '2026-09-16', { submitted: true, canSubmit: false }),
          survey('shut', null, { open: false, canSubmit: false }),
          survey('ev', '2026-10-01', { mode: 'evaluation' }),
          survey('open-ended', null),
        ],
      }),
      [
        ['questionnaire:q6', 'due-soon', 6],
        ['questionnaire:q7', 'later', 7],
        ['evaluation:ev', 'later', 16],
        ['questionnaire:open-ended', 'later', null],
      ],
    );
  });

  it('dues: overdue months and this month are one task, overdue by the oldest month; this month alone is due soon by its last day', () => {
    const owed = taskList('m1', { ...none, dues: { overdueMonths: ['2026-07', '2026-08'], owedFen: 9600, dueMonth: '2026-09', dueFen: 4800 } }).items;
    assert.deepEqual(owed.map((t) => [t.id, t.urgency, t.dueOn, t.months, t.amountFen]), [['dues:2026-07', 'overdue', '2026-07-31', ['2026-07', '2026-08', '2026-09'], 14400]]);
    assert.deepEqual(rows({ dues: { overdueMonths: [], owedFen: 0, dueMonth: '2026-09', dueFen: 4800 } }), [['dues:2026-09', 'due-soon', 15]]);
    assert.deepEqual(rows({}), [], 'nothing owed, nothing to do');
  });

  it('reminders: unread ones only; about dues while in arrears they are overdue, otherwise due soon', () => {
    const inArrears = { overdueMonths: ['2026-08'], owedFen: 4800, dueMonth: null, dueFen: 0 };
    assert.deepEqual(
      rows({ dues: inArrears, reminders: [reminder('r1', 'dues'), reminder('r2', 'study'), reminder('r3', 'general', true)] }),
      [
        ['dues:2026-08', 'overdue', -15],
        ['reminder:r1', 'overdue', null],
        ['reminder:r2', 'due-soon', null],
      ],
    );
    assert.deepEqual(rows({ reminders: [reminder('r1', 'dues')] }), [['reminder:r1', 'due-soon', null]], 'paid up since: no longer overdue');
  });

  it(`meetings: not replied or leave refused is due soon within ${MEETING_DUE_SOON_DAYS} days; an open check-in not done is overdue; leave asked or granted, 参加 replied before check-in opens or a check-in done are no task`, () => {
    const input = {
      meetings: [
        meeting('no-reply-soon', '2026-09-21'),
        meeting('no-reply-later', '2026-09-22'),
        meeting('refused', '2026-09-18', { reply: 'leave', leave: 'refused' }),
        meeting('open-now', '2026-09-15', { checkInOpen: true, reply: 'attend' }),
        meeting('open-no-reply', '2026-09-15', { checkInOpen: true }),
        meeting('open-refused', '2026-09-15', { checkInOpen: true, reply: 'leave', leave: 'refused' }),
        meeting('attending', '2026-09-16', { reply: 'attend' }),
        meeting('pending', '2026-09-16', { reply: 'leave', leave: 'pending' }),
        meeting('approved', '2026-09-15', { checkInOpen: true, reply: 'leave', leave: 'approved' }),
        meeting('checked-in', '2026-09-15', { checkInOpen: true, reply: 'attend', checkedIn: true }),
      ],
    } satisfies Partial<TaskInputs>;
    assert.deepEqual(rows(input), [
      ['meeting:open-no-reply', 'overdue', 0],
      ['meeting:open-now', 'overdue', 0],
      ['meeting:open-refused', 'overdue', 0],
      ['meeting:refused', 'due-soon', 3],
      ['meeting:no-reply-soon', 'due-soon', 6],
      ['meeting:no-reply-later', 'later', 7],
    ]);
    const items = taskList('m1', { ...none, ...input }).items;
    assert.deepEqual(
      items.map((t) => t.meeting?.need),
      ['check-in', 'check-in', 'check-in', 'leave-refused', 'reply', 'reply'],
    );
    assert.deepEqual(items[3], {
      id: 'meeting:refused',
      kind: 'meeting',
      targetId: 'refused',
      title: 'refused',
      urgency: 'due-soon',
      dueOn: '2026-09-18',
      daysLeft: 3,
      percent: null,
      amountFen: null,
      months: [],
      reminder: null,
      meeting: { kind: 'group', startsAt: '2026-09-18T11:00:00.000Z', endsAt: '2026-09-18T12:30:00.000Z', place: '党员活动室', need: 'leave-refused' },
    });
  });

  it('of the same urgency and day a meeting comes before a questionnaire (its time is fixed)', () => {
    assert.deepEqual(
      rows({ questionnaires: [survey('q', '2026-09-21')], meetings: [meeting('m', '2026-09-21')] }),
      [
        ['meeting:m', 'due-soon', 6],
        ['questionnaire:q', 'due-soon', 6],
      ],
    );
  });

  it('counts each urgency and the total', () => {
    const list = taskList('m1', { ...none, planCourses: [plan('b', 'overdue', '2026-09-01')], questionnaires: [survey('q', null)], reminders: [reminder('r', 'general')] });
    assert.deepEqual(list.counts, { overdue: 1, 'due-soon': 1, later: 1, total: 3 });
  });
});
