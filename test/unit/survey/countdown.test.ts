import { expect } from '@open-wc/testing';
import { excellentLimit, columnCounts, isBlocked } from '../../../src/survey/pb-questionnaire/column-limits.js';
import { clockSkew, crossedMilestone, formatCountdown, hasExpired, remainingMs, urgency } from '../../../src/survey/pb-questionnaire/countdown.js';
import type { QuestionOf } from '../../../src/survey/pb-questionnaire/shapes.js';

describe('countdown arithmetic', () => {
  const t = Date.parse('2026-09-01T08:00:00.000Z');

  it('estimates the clock difference from the middle of the round trip', () => {
    // The device is 30 s behind the server; the request took 400 ms.
    const sentAt = t - 30_000;
    expect(clockSkew('2026-09-01T08:00:00.200Z', sentAt, sentAt + 400)).to.equal(30_000);
    expect(clockSkew('not a time', sentAt, sentAt)).to.equal(0);
  });

  it('counts down to the server deadline on the corrected clock', () => {
    const deadline = '2026-09-01T08:10:00.000Z';
    expect(remainingMs(deadline, t, 0)).to.equal(600_000);
    // A device 30 s slow shows 30 s less than its own clock would.
    expect(remainingMs(deadline, t - 30_000, 30_000)).to.equal(600_000);
    expect(remainingMs(deadline, t + 601_000, 0)).to.equal(-1000);
  });

  it('shows whole seconds rounded up, m:ss or h:mm:ss', () => {
    expect(formatCountdown(600_000)).to.equal('10:00');
    expect(formatCountdown(59_001)).to.equal('1:00');
    expect(formatCountdown(1)).to.equal('0:01');
    expect(formatCountdown(-5000)).to.equal('0:00');
    expect(formatCountdown(3_725_000)).to.equal('1:02:05');
  });

  it('urgency, milestones announced once, and expiry a moment after zero', () => {
    expect(urgency(301_000)).to.equal('normal');
    expect(urgency(300_000)).to.equal('low');
    expect(urgency(60_000)).to.equal('critical');
    expect(crossedMilestone(300_400, 299_400)).to.equal(5);
    expect(crossedMilestone(299_400, 298_400)).to.equal(undefined);
    expect(crossedMilestone(61_000, 60_000)).to.equal(1);
    expect(crossedMilestone(400_000, 30_000)).to.equal(5);
    expect(hasExpired(0)).to.equal(false);
    expect(hasExpired(-800)).to.equal(true);
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
    expect([0, 1, 2, 3, 8, 9, 19].map(excellentLimit)).to.deep.equal([0, 0, 0, 1, 2, 3, 6]);
  });

  it('counts live and blocks further 优秀 once full, except rows already 优秀', () => {
    const question = grid(8);
    const answers = { m0: 'excellent', m1: 'qualified' };
    let [count] = columnCounts(question, answers);
    expect(count).to.include({ column: 'excellent', label: '优秀', used: 1, limit: 2, full: false, over: false });
    const full = { ...answers, m1: 'excellent' };
    [count] = columnCounts(question, full);
    expect(count).to.include({ used: 2, full: true, over: false });
    const counts = columnCounts(question, full);
    expect(isBlocked(counts, full, 'm2', 'excellent')).to.equal(true);
    expect(isBlocked(counts, full, 'm0', 'excellent')).to.equal(false);
    expect(isBlocked(counts, full, 'm2', 'qualified')).to.equal(false);
    [count] = columnCounts(question, { ...full, m2: 'excellent' });
    expect(count).to.include({ used: 3, over: true });
  });
});
