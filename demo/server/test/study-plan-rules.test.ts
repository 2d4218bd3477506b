/**
 * Study plans computed on fixed days: each course's and the year's hours status at the
 * boundaries (due today, in 30 days, in 31, yesterday), who an assignment reaches, one item
 * per course, the yearly target, education groups (老党员 at 70 or 50 years in the Party),
 * and the order of urgency the secretary's summary uses.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isVeteran, memberGroups, yearsSince } from '../rules/member-groups';
import {
  compareStandings,
  courseStatus,
  daysBetween,
  isCalendarDay,
  planCourses,
  planHours,
  reachingAssignments,
  standing,
  type AssignmentRule,
  type CourseFacts,
} from '../rules/study-plan';

const TODAY = '2026-09-15';
const course = (id: string, percent = 0, completed = false): CourseFacts => ({ id, title: id, category: '理论学习', creditHours: 2, percent, completed });
const assignment = (id: string, over: Partial<AssignmentRule>): AssignmentRule => ({ id, title: id, courseIds: [], dueOn: null, hoursPerYear: null, groups: [], memberIds: [], ...over });

describe('course status on a fixed day', () => {
  const cases: [string | null, boolean, string, number | null][] = [
    ['2026-09-14', false, 'overdue', -1],
    ['2026-09-15', false, 'due-soon', 0],
    ['2026-10-15', false, 'due-soon', 30],
    ['2026-10-16', false, 'on-track', 31],
    [null, false, 'on-track', null],
    ['2026-09-01', true, 'done', -14],
    [null, true, 'done', null],
  ];
  for (const [dueOn, completed, status, daysLeft] of cases) {
    it(`due ${dueOn ?? 'never'}${completed ? ', completed' : ''} → ${status}`, () => {
      assert.deepEqual(courseStatus(dueOn, completed, TODAY), { status, daysLeft });
    });
  }

  it('counts days across months, years and leap days; knows real calendar days', () => {
    assert.equal(daysBetween('2026-12-31', '2027-01-01'), 1);
    assert.equal(daysBetween('2028-02-28', '2028-03-01'), 2);
    assert.equal(daysBetween('2026-09-15', '2026-09-05'), -10);
    assert.ok(isCalendarDay('2028-02-29'));
    assert.ok(!isCalendarDay('2026-02-29'));
    assert.ok(!isCalendarDay('2026-04-31'));
  });
});

describe('the yearly hours target on a fixed day', () => {
  const cadres = [assignment('a-32', { hoursPerYear: 32, groups: ['cadre'] }), assignment('a-12', { hoursPerYear: 12, groups: ['veteran'] })];
  /** 学时 credited: credit hours of completed courses, not time. */
  const hours = (h: number) => h;

  it('the largest target of the assignments that reach the member, with its pace', () => {
    const item = planHours(cadres, hours(10), 2026, TODAY)!;
    // 15 September is day 258 of 365: 32 × 258 / 365 = 22.6 expected by today.
    assert.deepEqual(item, {
      year: 2026, targetHours: 32, creditedHours: 10, expectedHours: 22.6, behindHours: 12.6, status: 'on-track', daysLeft: 107, requiredHours: 0,
      assignments: [{ id: 'a-32', title: 'a-32' }],
    });
  });

  it('due soon in the year’s last 30 days, overdue once it has ended, done when reached', () => {
    assert.equal(planHours(cadres, hours(10), 2026, '2026-12-01')!.status, 'due-soon');
    assert.equal(planHours(cadres, hours(10), 2026, '2026-11-30')!.status, 'on-track');
    assert.equal(planHours(cadres, hours(10), 2025, TODAY)!.status, 'overdue');
    assert.equal(planHours(cadres, hours(10), 2025, TODAY)!.expectedHours, 32);
    assert.equal(planHours(cadres, hours(32), 2026, TODAY)!.status, 'done');
    assert.equal(planHours(cadres, hours(40), 2026, TODAY)!.behindHours, 0);
    assert.equal(planHours(cadres, 0, 2027, TODAY)!.expectedHours, 0, 'a year not begun expects nothing yet');
    assert.equal(planHours([assignment('c', { courseIds: ['c-x'] })], hours(1), 2026, TODAY), null, 'no target, no hours item');
  });

  it('the standing requirement is the target unless an assignment sets one for the member (their group, or by name)', () => {
    const byRequirement = planHours([assignment('c', { courseIds: ['c-x'] })], hours(3.5), 2026, TODAY, 32)!;
    assert.equal(byRequirement.targetHours, 32);
    assert.equal(byRequirement.requiredHours, 32);
    assert.equal(byRequirement.creditedHours, 3.5);
    assert.deepEqual(byRequirement.assignments, []);
    const byAssignment = planHours([assignment('a-12', { hoursPerYear: 12, groups: ['veteran'] })], hours(3.5), 2026, TODAY, 32)!;
    assert.equal(byAssignment.targetHours, 12);
    assert.equal(byAssignment.requiredHours, 32);
    assert.deepEqual(byAssignment.assignments.map((a) => a.id), ['a-12']);
    assert.equal(planHours(cadres, hours(3.5), 2026, TODAY, 24)!.targetHours, 32);
    
  });
});

describe('who an assignment reaches, and the courses of a plan', () => {
  const assignments = [
    assignment('by-group', { courseIds: ['c-a', 'c-b'], dueOn: '2026-12-31', groups: ['ordinary', 'cadre'] }),
    assignment('by-name', { courseIds: ['c-b'], dueOn: '2026-10-01', memberIds: ['m1'] }),
    assignment('undated', { courseIds: ['c-c'], groups: ['ordinary'] }),
    assignment('retirees', { courseIds: ['c-d'], dueOn: '2027-03-31', groups: ['returned-retiree'] }),
  ];

  it('reaches members through any of their groups, or by name', () => {
    assert.deepEqual(reachingAssignments(assignments, 'm1', []).map((a) => a.id), ['by-name']);
    assert.deepEqual(reachingAssignments(assignments, 'm2', ['ordinary']).map((a) => a.id), ['by-group', 'undated']);
    assert.deepEqual(reachingAssignments(assignments, 'm1', ['cadre', 'returned-retiree']).map((a) => a.id), ['by-group', 'by-name', 'retirees']);
    assert.deepEqual(reachingAssignments(assignments, 'm3', ['migrant']), []);
  });

  it('one item per course, the earliest due date kept, most urgent first; unknown courses left out', () => {
    const facts: Record<string, CourseFacts> = { 'c-a': course('c-a', 100, true), 'c-b': course('c-b', 40), 'c-c': course('c-c', 10) };
    const items = planCourses(reachingAssignments(assignments, 'm1', ['ordinary', 'returned-retiree']), (id) => facts[id] ?? null, TODAY);
    assert.deepEqual(
      items.map((i) => [i.courseId, i.dueOn, i.status, i.percent, i.assignments.map((a) => a.id)]),
      [
        ['c-b', '2026-10-01', 'due-soon', 40, ['by-group', 'by-name']],
        ['c-c', null, 'on-track', 10, ['undated']],
        ['c-a', '2026-12-31', 'done', 100, ['by-group']],
      ],
    );
  });
});

describe('education groups', () => {
  const facts = (over: Partial<Parameters<typeof memberGroups>[0]>) => ({ educationGroups: [], migrant: false, bornOn: null, joinedPartyOn: null, ...over });

  it('kept groups, migrant from the flag, veteran at 70 years of age or 50 in the Party, in one order', () => {
    assert.deepEqual(memberGroups(facts({ educationGroups: ['skilled', 'cadre'], migrant: true }), TODAY), ['cadre', 'skilled', 'migrant']);
    assert.equal(yearsSince('1956-09-15', TODAY), 70);
    assert.equal(yearsSince('1956-09-16', TODAY), 69, 'the birthday counts on its day');
    assert.ok(isVeteran(facts({ bornOn: '1956-09-15' }), TODAY));
    assert.ok(!isVeteran(facts({ bornOn: '1956-09-16' }), TODAY));
    assert.ok(isVeteran(facts({ bornOn: '1958-01-01', joinedPartyOn: '1976-07-01' }), TODAY), '50 years in the Party at 68');
    assert.ok(!isVeteran(facts({ bornOn: '1960-01-01', joinedPartyOn: '1976-09-16' }), TODAY));
    assert.deepEqual(memberGroups(facts({ educationGroups: ['returned-retiree'], bornOn: '1950-03-01' }), TODAY), ['returned-retiree', 'veteran']);
  });
});

describe('order of urgency', () => {
  const item = (courseId: string, dueOn: string | null, completed = false) =>
    planCourses([assignment(courseId, { courseIds: [courseId], dueOn })], (id) => course(id, completed ? 100 : 0, completed), TODAY);
  const hours = (credited: number) => planHours([assignment('h', { hoursPerYear: 24 })], credited, 2026, TODAY);

  it('overdue (most days first), due soon (fewest days left first), on track (furthest behind pace first), done; then id', () => {
    const standings = [
      standing('done', item('c', '2026-10-01', true), null),
      standing('soon-5', item('c', '2026-09-20'), null),
      standing('late-3', item('c', '2026-09-12'), null),
      standing('track-behind-10', [], hours(7)),
      standing('late-20', item('c', '2026-08-26'), hours(24)),
      standing('soon-1', item('c', '2026-09-16'), null),
      standing('track-behind-2', [], hours(15)),
      standing('a-track-behind-2', [], hours(15)),
    ];
    assert.deepEqual(standings.sort(compareStandings).map((s) => s.memberId), [
      'late-20', 'late-3', 'soon-1', 'soon-5', 'track-behind-10', 'a-track-behind-2', 'track-behind-2', 'done',
    ]);
    const late = standings.find((s) => s.memberId === 'late-20')!;
    assert.deepEqual([late.status, late.items, late.done, late.overdueDays, late.nextDueOn], ['overdue', 2, 1, 20, null]);
    assert.equal(standings.find((s) => s.memberId === 'soon-5')!.nextDueOn, '2026-09-20');
  });
});
