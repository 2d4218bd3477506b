import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { excellentLimit, columnCounts, isBlocked } from '../internal/column-limits.js';
import { clockSkew, crossedMilestone, formatCountdown, hasExpired, remainingMs, urgency } from '../internal/countdown.js';
import type { QuestionOf } from '../internal/shapes.js';

/** `actual` has the fields of `expected`, with its values (chai's `include` for objects). */
const hasFields = (actual: object, expected: object) =>
  assert.deepEqual(Object.fromEntries(Object.keys(expected).map((key) => [key, (actual as Record<string, unknown>)[key]])), expected);

describe('countdown arithmetic', () => {
  const t = Date.parse('2026-09-01T08:00:00.000Z');

  it('estimates the clock difference from the middle of the round trip', () => {
    // The device is 30 s behind the server; the request took 400 ms.
    const sentAt = t - 30_000;
    assert.equal(clockSkew('2026-09-01T08:00:00.200Z', sentAt, sentAt + 400), 30_000);
    assert.equal(clockSkew('not a time', sentAt, sentAt), 0);
  });

  it('counts down to the server deadline on the corrected clock', () => {
    const deadline = '2026-09-01T08:10:00.000Z';
    assert.equal(remainingMs(deadline, t, 0), 600_000);
    // A device 30 s slow shows 30 s less than its own clock would.
    assert.equal(remainingMs(deadline, t - 30_000, 30_000), 600_000);
    assert.equal(remainingMs(deadline, t + 601_000, 0), -1000);
  });

  it('shows whole seconds rounded up, m:ss or h:mm:ss', () => {
    assert.equal(formatCountdown(600_000), '10:00');
    assert.equal(formatCountdown(59_001), '1:00');
    assert.equal(formatCountdown(1), '0:01');
    assert.equal(formatCountdown(-5000), '0:00');
    assert.equal(formatCountdown(3_725_000), '1:02:05');
  });

  it('urgency, milestones announced once, and expiry a moment after zero', () => {
    assert.equal(urgency(301_000), 'normal');
    assert.equal(urgency(300_000), 'low');
    assert.equal(urgency(60_000), 'critical');
    assert.equal(crossedMilestone(300_400, 299_400), 5);
    assert.equal(crossedMilestone(299_400, 298_400), undefined);
    assert.equal(crossedMilestone(61_000, 60_000), 1);
    assert.equal(crossedMilestone(400_000, 30_000), 5);
    assert.equal(hasExpired(0), false);
    assert.equal(hasExpired(-800), true);
  });
});

describe('the one-third limit of democratic evaluation', () => {
  const grid = (n: number): QuestionOf<'matrix'> => ({
    id: 'grades',
    type: 'matrix',
    title: '',
    description: null,
    rows: Array.from({ length: n }, (_, i) => ({ value: `m${i}`, label: `M${i}` })),
    columns: [
      { value: 'excellent', label: '优秀' },
      { value: 'qualified', label: '合格' },
    ],
    columnLimits: { excellent: excellentLimit(n) },
  });

  it('allows ⌊n / 3⌋ 优秀', () => {
    assert.deepEqual([0, 1, 2, 3, 8, 9, 19].map(excellentLimit), [0, 0, 0, 1, 2, 3, 6]);
  });

  it('counts live and blocks further 优秀 once full, except rows already 优秀', () => {
    const question = grid(8);
    const answers = { m0: 'excellent', m1: 'qualified' };
    let [count] = columnCounts(question, answers);
    hasFields(count, { column: 'excellent', label: '优秀', used: 1, limit: 2, full: false, over: false });
    const full = { ...answers, m1: 'excellent' };
    [count] = columnCounts(question, full);
    hasFields(count, { used: 2, full: true, over: false });
    const counts = columnCounts(question, full);
    assert.equal(isBlocked(counts, full, 'm2', 'excellent'), true);
    assert.equal(isBlocked(counts, full, 'm0', 'excellent'), false);
    assert.equal(isBlocked(counts, full, 'm2', 'qualified'), false);
    [count] = columnCounts(question, { ...full, m2: 'excellent' });
    hasFields(count, { used: 3, over: true });
  });
});
