/** The metrics of leaderboards and charts, as pure rules (rules/metrics.ts). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { monthsSpan } from '../rules/calendar';
import { aggregate, memberValues, pointsFor, scoredUnits, statsMonths, type MetricFacts } from '../rules/metrics';

const NOW = Date.parse('2026-09-15T02:00:00.000Z');
const activity = (studySeconds: number, completedLessons = 0, submissions = 0, creditedHours = 0) => ({ creditedHours, studySeconds, completedLessons, completedRequiredLessons: 0, submissions, activeDays: 0 });

describe('metrics', () => {
  it('points: 1 per 6 credited minutes, 10 per lesson, 5 per questionnaire, 2 per on-time dues month', () => {
    assert.equal(pointsFor(activity(3599, 2, 1), 3), 9 + 20 + 5 + 6);
  });

  it('on-time dues months count for points: paid within their month, exempt months not due', () => {
    const members = [{ id: 'm1', name: '甲', branchId: 'b1', branchName: '一支部', duesFrom: '2026-01' }];
    const facts: MetricFacts = {
      activity: new Map([['m1', activity(0)]]),
      duesRecords: [
        { memberId: 'm1', month: '2026-07', state: 'paid', paidAt: Date.parse('2026-07-10T02:00:00.000Z') },
        { memberId: 'm1', month: '2026-08', state: 'paid', paidAt: Date.parse('2026-09-02T02:00:00.000Z') },
        { memberId: 'm1', month: '2026-09', state: 'exempt', paidAt: null },
      ],
      requiredLessonCount: 0,
      firstActivityAt: null,
    };
    const range = monthsSpan('2026-07', '2026-09');
    assert.deepEqual(memberValues(facts, members, 'points', range, NOW), new Map([['m1', 2]]));
    assert.deepEqual(memberValues(facts, members, 'dues-rate', range, NOW), new Map([['m1', 0.5]]));
  });

  it('branches: totals for points and hours, averages for rates; a branch without members scores 0', () => {
    assert.equal(aggregate('points', [3, 4]), 7);
    assert.equal(aggregate('completion-rate', [0.5, 0.25]), 0.375);
    assert.equal(aggregate('points', []), null);
    const members = [{ id: 'm1', name: '甲', branchId: 'b1', branchName: '一支部', duesFrom: '2026-01' }];
    assert.deepEqual(scoredUnits(members, [{ id: 'b1', name: '一支部' }, { id: 'b2', name: '二支部' }], new Map([['m1', 12]]), 'points', 'branches'), [
      { id: 'b1', name: '一支部', branchName: null, value: 12 },
      { id: 'b2', name: '二支部', branchName: null, value: 0 },
    ]);
  });

  it('study-hours are 学时 of completed courses, study-time the time studied: two numbers, never one for the other', () => {
    const members = [{ id: 'm1', name: '甲', branchId: 'b1', branchName: '一支部', duesFrom: '2026-01' }, { id: 'm2', name: '乙', branchId: 'b1', branchName: '一支部', duesFrom: '2026-01' }];
    // m1 watched 40 minutes and completed a 2 学时 course; m2 watched 3 hours and completed nothing.
    const facts: MetricFacts = { activity: new Map([['m1', activity(2400, 3, 0, 2)], ['m2', activity(10800)]]), duesRecords: [], requiredLessonCount: 0, firstActivityAt: null };
    const range = monthsSpan('2026-09', '2026-09');
    assert.deepEqual(memberValues(facts, members, 'study-hours', range, NOW), new Map([['m1', 2], ['m2', 0]]));
    assert.deepEqual(memberValues(facts, members, 'study-time', range, NOW), new Map([['m1', 0.7], ['m2', 3]]));
    assert.equal(aggregate('study-hours', [2, 0, 1.5]), 3.5);
    assert.equal(aggregate('study-time', [0.7, 3]), 3.7);
  });

  it('a chart spans twelve months to this one by default, at most 36, never before 2000-01', () => {
    assert.deepEqual(statsMonths(undefined, undefined, NOW), { from: '2025-10', to: '2026-09' });
    assert.deepEqual(statsMonths(undefined, '2000-06', NOW), { from: '2000-01', to: '2000-06' });
    const tooLong = statsMonths('2023-01', '2026-01', NOW);
    assert.ok('error' in tooLong && tooLong.error.code === 'limit-exceeded');
    const backwards = statsMonths('2026-05', '2026-04', NOW);
    assert.ok('error' in backwards && backwards.error.code === 'out-of-order');
  });
});
