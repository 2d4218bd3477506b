/**
 * The study-plan widgets' pure logic, without a browser: how urgent a course, the year's
 * hours or a member is and how that reads in both languages, the per-group rows of the
 * secretary's table, the summary's numbers checked before they are shown, and which
 * answers leave the catalog's 为你安排 out instead of showing an error.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { NetworkError, ProblemError, ShapeError } from '../../../api/errors.js';
import { localeReady } from '../../../i18n/strings.js';
import { planAbsent } from '../../pb-course-catalog/internal/plan/plan-absent.js';
import { groupRows } from '../../pb-study-summary/internal/groups.js';
import { checkStudySummary } from '../../pb-study-summary/internal/shapes.js';
import { shapeProblem } from '../../../contract/data-shape.js';
import { getMyStudyPlan as studyPlanShape } from '../../../contract/shapes/StudyPlan.gen.js';
import { courseUrgency, daysBetween, hoursUrgency, memberUrgencies, share } from '../urgency.js';
import { dayName, urgencyText } from '../urgency-text.js';
import { AS_OF, branchSummary, emptyPlan, memberPlan, memberlessSummary, planCourse, planHours, summaryMember } from '../../../../fixtures/study-plans.js';

before(async () => {
  // The English tables load on first use, as in a page.
  await localeReady('en');
});

describe('study plans: how urgent', () => {
  it('counts days between two days across months, years and leap days', () => {
    assert.equal(daysBetween('2026-12-07', '2026-12-21'), 14);
    assert.equal(daysBetween('2026-12-07', '2026-11-27'), -10);
    assert.equal(daysBetween('2026-12-31', '2027-01-01'), 1);
    assert.equal(daysBetween('2028-02-28', '2028-03-01'), 2);
    assert.equal(daysBetween(AS_OF, AS_OF), 0);
  });

  it('a course is done, overdue by its days, due in its days left, or without a date', () => {
    assert.deepEqual(courseUrgency(planCourse('c1', 'x', -10)), { kind: 'overdue', days: 10 });
    assert.deepEqual(courseUrgency(planCourse('c1', 'x', 0)), { kind: 'due', days: 0, on: AS_OF });
    assert.deepEqual(courseUrgency(planCourse('c1', 'x', 14)), { kind: 'due', days: 14, on: '2026-12-21' });
    assert.deepEqual(courseUrgency(planCourse('c1', 'x', null)), { kind: 'undated' });
    assert.deepEqual(courseUrgency(planCourse('c1', 'x', -10, 100)), { kind: 'done' });
  });

  it('the year’s hours are reached, behind the pace by so many hours, or keeping it (nothing to say)', () => {
    assert.deepEqual(hoursUrgency(planHours(24, 0.3)), { kind: 'behind', hours: 22.1 });
    assert.deepEqual(hoursUrgency(planHours(24, 25)), { kind: 'done' });
    assert.equal(hoursUrgency({ status: 'on-track', behindHours: 0 }), null);
  });

  it('a member reads with the reason for their status first; nothing where the status says it all', () => {
    const late = summaryMember('m1', '李明', ['ordinary'], [planCourse('a', 'A', -10), planCourse('b', 'B', 14)], planHours(24, 0.3));
    assert.deepEqual(memberUrgencies(late, AS_OF), [{ kind: 'overdue', days: 10 }, { kind: 'due', days: 14, on: '2026-12-21' }, { kind: 'behind', hours: 22.1 }]);
    // On track with a course far off but behind the hours' pace: the hours come first.
    const behind = { status: 'on-track' as const, overdueDays: 0, nextDueOn: '2027-02-20', behindHours: 4.4 };
    assert.deepEqual(memberUrgencies(behind, AS_OF), [{ kind: 'behind', hours: 4.4 }, { kind: 'due', days: 75, on: '2027-02-20' }]);
    assert.deepEqual(memberUrgencies({ status: 'on-track', overdueDays: 0, nextDueOn: null, behindHours: 0 }, AS_OF), []);
    assert.deepEqual(memberUrgencies({ status: 'done', overdueDays: 0, nextDueOn: null, behindHours: 0 }, AS_OF), []);
  });

  it('words urgency and days in zh-CN and English, singular and plural', () => {
    assert.equal(urgencyText('zh-CN', { kind: 'overdue', days: 10 }), '逾期 10 天');
    assert.equal(urgencyText('zh-CN', { kind: 'due', days: 0, on: AS_OF }), '今天截止');
    assert.equal(urgencyText('zh-CN', { kind: 'due', days: 14, on: AS_OF }), '还剩 14 天');
    assert.equal(urgencyText('zh-CN', { kind: 'behind', hours: 22.14 }), '学时落后 22.1');
    assert.equal(urgencyText('en', { kind: 'overdue', days: 1 }), '1 day overdue');
    assert.equal(urgencyText('en', { kind: 'due', days: 14, on: AS_OF }), '14 days left');
    assert.equal(urgencyText('en', { kind: 'due', days: 0, on: AS_OF }), 'due today');
    assert.equal(urgencyText('en', { kind: 'behind', hours: 1234.5 }), '1,234.5 hours behind');
    assert.equal(urgencyText('en', { kind: 'undated' }), 'no due date');
    assert.equal(dayName('zh-CN', '2026-12-21', 2026), '12月21日');
    assert.equal(dayName('zh-CN', '2027-02-20', 2026), '2027年2月20日');
    assert.equal(dayName('en', '2026-12-21', 2026), 'Dec 21');
    // The day is the day, whatever the device's time zone.
    assert.equal(dayName('en', '2027-01-01', 2026), 'Jan 1, 2027');
  });

  it('a bar’s share is capped at 1 and absent without a whole', () => {
    assert.equal(share(33, 32), 1);
    assert.equal(share(8, 32), 0.25);
    assert.equal(share(3, 0), null);
  });
});

describe('study summary: groups and numbers', () => {
  it('shows the groups that have members, in the contract’s order, with their shares', () => {
    const rows = groupRows(branchSummary());
    assert.deepEqual(rows.map((r) => r.group), ['cadre', 'returned-retiree', 'skilled', 'ordinary', 'migrant', 'veteran']);
    const cadre = rows[0]!;
    assert.deepEqual({ members: cadre.members, items: cadre.items, done: cadre.done, rate: cadre.rate, hoursShare: cadre.hoursShare }, { members: 2, items: 4, done: 2, rate: 0.5, hoursShare: 57.5 / 64 });
    const onlySome = { groups: branchSummary().groups.map((g) => (g.group === 'migrant' ? { ...g, memberCount: 0 } : g)) };
    assert.ok(!groupRows(onlySome).some((r) => r.group === 'migrant'));
    assert.equal(groupRows(memberlessSummary()).length, 0);
  });

  it('accepts a summary whose numbers add up', () => {
    assert.equal(checkStudySummary(branchSummary()), null);
    assert.equal(checkStudySummary(memberlessSummary()), null);
  });

  it('names what does not add up, with its JSON path', () => {
    assert.deepEqual(checkStudySummary({ ...branchSummary(), plannedCount: 9 }), { path: '$.plannedCount', message: '9 does not match the 8 members listed' });
    const summary = branchSummary();
    summary.members[0]!.counts.done = 1;
    assert.equal(checkStudySummary(summary)?.path, '$.members[0].counts');
    assert.equal(checkStudySummary({ ...branchSummary(), rate: 0.9 })?.path, '$.rate');
    const counts = { ...branchSummary().counts, overdue: 7 };
    assert.equal(checkStudySummary({ ...branchSummary(), counts })?.path, '$.counts');
    assert.match(checkStudySummary({ ...branchSummary(), asOf: '7 Dec' })!.message, /expected a LocalDate like 2027-03-31, got "7 Dec"/);
    const wrongGroup = branchSummary();
    (wrongGroup.members[0]!.groups as string[]) = ['elder'];
    assert.equal(checkStudySummary(wrongGroup)?.path, '$.members[0].groups[0]');
  });

  it('a member’s plan has the contract’s shape, with or without anything assigned', () => {
    assert.equal(shapeProblem(studyPlanShape, memberPlan()), null);
    assert.equal(shapeProblem(studyPlanShape, emptyPlan()), null);
    assert.equal(shapeProblem(studyPlanShape, { ...memberPlan(), hours: { targetHours: 24 } })?.path, '$.hours.year');
    const badDay = memberPlan();
    badDay.courses[0]!.dueOn = '2026-13-01';
    assert.equal(shapeProblem(studyPlanShape, badDay)?.path, '$.courses[0].dueOn');
  });
});

describe('the catalog’s 为你安排 on a backend without plans', () => {
  it('is left out for a site that does not offer it, a missing path, a visitor or a refusal', () => {
    const notOffered = Object.assign(new Error('getMyStudyPlan is not offered on this site'), { kind: 'not-offered' });
    assert.equal(planAbsent(notOffered), true);
    for (const status of [401, 403, 404, 405, 501]) assert.equal(planAbsent(new ProblemError({ status, title: 'x' })), true, String(status));
  });

  it('is an error with a retry when the member has a plan that could not be read', () => {
    assert.equal(planAbsent(new ProblemError({ status: 503, title: 'Service Unavailable' })), false);
    assert.equal(planAbsent(new ProblemError({ status: 500, title: 'Internal Server Error' })), false);
    assert.equal(planAbsent(new NetworkError('GET /study-plan')), false);
    assert.equal(planAbsent(new ShapeError('GET /study-plan', '$.courses', 'expected Array, got null')), false);
    assert.equal(planAbsent(undefined), false);
  });
});
