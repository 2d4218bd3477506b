import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  applyRate,
  arrearsLevel,
  arrearsOf,
  consecutiveArrears,
  duesBasis,
  isPayable,
  monthStatus,
  monthsToPayFirst,
  type MonthStatus,
} from '../rules/dues-rules';

const yuan = (y: number) => Math.round(y * 100);

describe('dues amounts (中组发〔2008〕3号)', () => {
  const inService: [number, number, string][] = [
    [2999.99, 15.0, '0.5%'],
    [3000.0, 15.0, '0.5%'],
    [3000.01, 30.0, '1%'],
    [4800.0, 48.0, '1%'],
    [5000.0, 50.0, '1%'],
    [5000.01, 75.0, '1.5%'],
    [10000.0, 150.0, '1.5%'],
    [10000.01, 200.0, '2%'],
    [12500.0, 250.0, '2%'],
  ];
  for (const [base, monthly, rate] of inService) {
    it(`in service: base ${base.toFixed(2)} 元 → ${monthly.toFixed(2)} 元 (${rate})`, () => {
      const basis = duesBasis('in-service', yuan(base));
      assert.equal(basis.monthlyFen, yuan(monthly));
      assert.equal(basis.rate, rate);
    });
  }

  it('retired: pension 5000.00 → 0.5 %, 5000.01 → 1 %', () => {
    assert.deepEqual([duesBasis('retired', yuan(5000)).monthlyFen, duesBasis('retired', yuan(5000)).rate], [2500, '0.5%']);
    assert.deepEqual([duesBasis('retired', yuan(5000.01)).monthlyFen, duesBasis('retired', yuan(5000.01)).rate], [5000, '1%']);
  });

  it('describes the basis the way the member sees it', () => {
    assert.equal(duesBasis('in-service', yuan(4800)).description, '月基数 4,800.00 元 × 1%');
    assert.equal(duesBasis('retired', yuan(3200)).description, '月离退休费 3,200.00 元 × 0.5%');
  });

  it('rounds to the nearest 分, halves up, in integer arithmetic', () => {
    assert.equal(applyRate(101, 5), 1); // 0.505 分 → 1
    assert.equal(applyRate(100, 5), 1); // 0.5 分 → 1 (half up)
    assert.equal(applyRate(99, 5), 0); // 0.495 分 → 0
    assert.equal(applyRate(300_030, 5), 1500); // 1500.15 → 1500
    assert.equal(applyRate(333_350, 15), 5000); // 5000.25 → 5000
    assert.equal(applyRate(333_370, 15), 5001); // 5000.55 → 5001
    assert.equal(duesBasis('in-service', 0).monthlyFen, 0);
  });

  it('fixed amounts: farmers 0.5 元 by default and configurable; students, unemployed, relief 0.2 元', () => {
    assert.equal(duesBasis('farmer', null).monthlyFen, 50);
    assert.equal(duesBasis('farmer', null).rate, 'fixed');
    assert.equal(duesBasis('farmer', null, { farmerFen: 100 }).monthlyFen, 100);
    assert.equal(duesBasis('farmer', null, { farmerFen: 20 }).monthlyFen, 20);
    for (const category of ['student', 'unemployed', 'relief'] as const) {
      assert.equal(duesBasis(category, 999_999).monthlyFen, 20, category);
      assert.equal(duesBasis(category, null).baseFen, null);
    }
  });
});

describe('dues months and arrears', () => {
  it('month status: paid, paid late, overdue, due this month, exempt, not due, before the dues began', () => {
    assert.equal(monthStatus('2026-05', '2026-09', '2025-01', { state: 'paid', paidMonth: '2026-05' }), 'paid');
    assert.equal(monthStatus('2026-05', '2026-09', '2025-01', { state: 'paid', paidMonth: '2026-06' }), 'paid-late');
    assert.equal(monthStatus('2026-05', '2026-09', '2025-01', { state: 'exempt' }), 'exempt');
    assert.equal(monthStatus('2026-05', '2026-09', '2025-01', undefined), 'unpaid');
    assert.equal(monthStatus('2026-10', '2026-09', '2025-01', undefined), 'not-due');
  });

  it('on 7 December, December is due and not yet late; November, ended unpaid, is overdue (按月交纳)', () => {
    assert.equal(monthStatus('2026-12', '2026-12', '2025-01', undefined), 'due');
    assert.equal(monthStatus('2026-11', '2026-12', '2025-01', undefined), 'unpaid');
    assert.equal(monthStatus('2026-12', '2026-12', '2025-01', { state: 'paid', paidMonth: '2026-12' }), 'paid');
  });

  it('months before the member’s dues began are before-start, not "not yet due"', () => {
    assert.equal(monthStatus('2026-03', '2026-09', '2026-04', undefined), 'before-start');
    assert.equal(monthStatus('2026-04', '2026-09', '2026-04', undefined), 'unpaid');
    // A month paid or exempt keeps its record's status.
    assert.equal(monthStatus('2026-03', '2026-09', '2026-04', { state: 'exempt' }), 'exempt');
  });

  const statuses = (map: Record<string, MonthStatus>) => (m: string) => map[m] ?? 'paid';

  it('counts unpaid months in a row back from last month, across a year boundary', () => {
    const run = consecutiveArrears(statuses({ '2026-09': 'due', '2026-08': 'unpaid', '2026-07': 'unpaid' }), '2026-09', '2025-01');
    assert.deepEqual(run, { consecutiveMonths: 2, since: '2026-07' });
    const acrossYear = consecutiveArrears(
      statuses({ '2026-02': 'unpaid', '2026-01': 'unpaid', '2025-12': 'unpaid', '2025-11': 'unpaid', '2025-10': 'unpaid', '2025-09': 'unpaid', '2025-08': 'unpaid' }),
      '2026-03',
      '2025-01',
    );
    assert.deepEqual(acrossYear, { consecutiveMonths: 7, since: '2025-08' });
  });

  it('the current month is not arrears; exempt months neither break nor extend a run; dues start bounds it', () => {
    assert.deepEqual(consecutiveArrears(statuses({ '2026-09': 'due' }), '2026-09', '2025-01'), { consecutiveMonths: 0, since: null });
    assert.deepEqual(
      consecutiveArrears(statuses({ '2026-08': 'unpaid', '2026-07': 'exempt', '2026-06': 'unpaid' }), '2026-09', '2025-01'),
      { consecutiveMonths: 2, since: '2026-06' },
    );
    assert.deepEqual(consecutiveArrears(() => 'unpaid', '2026-09', '2026-06'), { consecutiveMonths: 3, since: '2026-06' });
  });

  it('arrears: every overdue month in any year, what they come to, and one level for them', () => {
    const at = (current: string, map: Record<string, MonthStatus>) => arrearsOf(statuses(map), (m) => (m < '2026-01' ? 3000 : 4800), current, '2025-06');
    // 7 December: October and November overdue (¥96), December due and not counted.
    assert.deepEqual(at('2026-12', { '2026-10': 'unpaid', '2026-11': 'unpaid', '2026-12': 'due' }), {
      consecutiveMonths: 2,
      since: '2026-10',
      level: 'notice',
      months: ['2026-10', '2026-11'],
      owedFen: 9600,
    });
    // One old month still owed after later ones were paid: a notice, though not a run ending last month.
    assert.deepEqual(at('2026-12', { '2025-12': 'unpaid' }), { consecutiveMonths: 0, since: null, level: 'notice', months: ['2025-12'], owedFen: 3000 });
    assert.deepEqual(at('2026-12', { '2026-12': 'due' }), { consecutiveMonths: 0, since: null, level: 'none', months: [], owedFen: 0 });
  });

  it('levels: none, notice from one overdue month, serious from six in a row', () => {
    assert.deepEqual([0, 1, 5, 6, 12].map((n) => arrearsLevel(n, n)), ['none', 'notice', 'notice', 'serious', 'serious']);
    assert.equal(arrearsLevel(0, 2), 'notice');
  });

  it('payable months: overdue ones, this month, and later months of the current year only', () => {
    assert.equal(isPayable('unpaid', '2026-03', '2026-09'), true);
    assert.equal(isPayable('due', '2026-09', '2026-09'), true);
    assert.equal(isPayable('not-due', '2026-12', '2026-09'), true);
    assert.equal(isPayable('not-due', '2027-01', '2026-09'), false);
    assert.equal(isPayable('paid', '2026-03', '2026-09'), false);
    assert.equal(isPayable('exempt', '2026-03', '2026-09'), false);
    assert.equal(isPayable('before-start', '2026-02', '2026-09'), false);
  });

  it('oldest first: the payable months before the latest one asked for must be in the payment', () => {
    const payable = ['2025-12', '2026-10', '2026-11', '2026-12'];
    assert.deepEqual(monthsToPayFirst(payable, ['2026-12']), ['2025-12', '2026-10', '2026-11']);
    assert.deepEqual(monthsToPayFirst(payable, ['2026-11', '2025-12']), ['2026-10']);
    assert.deepEqual(monthsToPayFirst(payable, ['2025-12', '2026-10']), []);
    assert.deepEqual(monthsToPayFirst(payable, ['2025-12']), []);
  });
});
