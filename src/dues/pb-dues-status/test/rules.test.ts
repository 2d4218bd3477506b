import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DuesMonth, DuesYear } from '../../../api/types.js';
import { currentMonth, monthsOfYear } from '../../shared/months.js';
import { arrearsNotice } from '../internal/notice/arrears-notice.js';
import { openPayment, resolvePayUrl, sameMonths } from '../internal/pay/payment.js';
import { choose, defaultSelection, payableMonths, selectedFen } from '../internal/selection.js';
import { sortArrears } from '../../pb-dues-summary/internal/arrears-order.js';
import { duesYear, payment } from '../../../../fixtures/dues.js';

const month = (m: string, status: DuesMonth['status'], amountFen = 4800): DuesMonth => ({ month: m, status, amountFen, paidAt: null });

describe('dues months', () => {
  it('are counted in China Standard Time', () => {
    // 2026-08-31 17:00 UTC is already September 1st in Beijing.
    assert.equal(currentMonth(Date.UTC(2026, 7, 31, 17)), '2026-09');
    assert.equal(currentMonth(Date.UTC(2026, 7, 31, 15)), '2026-08');
    assert.equal(monthsOfYear(2026).length, 12);
    assert.equal(monthsOfYear(2026)[11], '2026-12');
  });
});

describe('choosing months to pay: oldest first', () => {
  const months = [
    month('2026-06', 'paid'),
    month('2026-07', 'unpaid'),
    month('2026-08', 'unpaid'),
    month('2026-09', 'due'),
    month('2026-10', 'not-due'),
    month('2026-11', 'exempt', 0),
    month('2026-12', 'not-due'),
  ];
  const year = (overdue: string[] = ['2026-07', '2026-08'], list = months): DuesYear => ({
    ...duesYear(0),
    year: 2026,
    months: list,
    arrears: { consecutiveMonths: 2, since: '2026-07', level: 'notice', months: overdue, owedFen: overdue.length * 4800 },
  });

  it('chooses every overdue month plus this month by default', () => {
    assert.deepEqual(defaultSelection(year(), '2026-09'), ['2026-07', '2026-08', '2026-09']);
  });

  it('lets overdue months, this month and later months of this year be paid, nothing else', () => {
    assert.deepEqual(payableMonths(year(), '2026-09'), ['2026-07', '2026-08', '2026-09', '2026-10', '2026-12']);
    // Before the member's dues began: not payable, and never "not yet due".
    const joined = year([], [month('2026-02', 'before-start', 0), ...months]);
    assert.ok(!(payableMonths(joined, '2026-09')).includes('2026-02'));
    // Next year's months wait for next year; a past year's months still to come do not exist.
    assert.deepEqual(payableMonths(year([], [month('2027-01', 'not-due')]), '2026-09'), []);
  });

  it('ticking a later month ticks the unpaid ones before it; unticking one unticks those after it', () => {
    const payable = payableMonths(year(), '2026-09');
    // December alone, while July and August are unpaid, is not a choice a member can make.
    assert.deepEqual(choose(payable, [], '2026-12', true), ['2026-07', '2026-08', '2026-09', '2026-10', '2026-12']);
    assert.deepEqual(choose(payable, ['2026-07', '2026-08', '2026-09'], '2026-08', false), ['2026-07']);
    assert.deepEqual(choose(payable, ['2026-07', '2026-08', '2026-09'], '2026-07', false), []);
    assert.deepEqual(choose(payable, ['2026-07'], '2026-06', true), ['2026-07']);
  });

  it('overdue months of an earlier year go first: nothing of this year can be chosen until then', () => {
    const owesLastYear = year(['2025-12', '2026-07', '2026-08']);
    assert.deepEqual(payableMonths(owesLastYear, '2026-09'), []);
    assert.deepEqual(defaultSelection(owesLastYear, '2026-09'), []);
  });

  it('adds up the chosen months as the server states them', () => {
    assert.equal(selectedFen(months, new Set(['2026-07', '2026-08'])), 9600);
    assert.equal(selectedFen(months, new Set()), 0);
  });

  it('compares choices regardless of order', () => {
    assert.equal(sameMonths(['2026-08', '2026-07'], ['2026-07', '2026-08']), true);
    assert.equal(sameMonths(['2026-07'], ['2026-07', '2026-08']), false);
  });
});

describe('arrears wording: the notice the backend’s level asks for', () => {
  const arrears = (consecutiveMonths: number, overdue: string[]) => ({
    consecutiveMonths,
    since: consecutiveMonths ? overdue[overdue.length - consecutiveMonths]! : null,
    level: consecutiveMonths >= 6 ? ('serious' as const) : overdue.length ? ('notice' as const) : ('none' as const),
    months: overdue,
    owedFen: overdue.length * 4800,
  });

  it('a notice from one overdue month (this month unpaid is only due), serious from six in a row', () => {
    assert.equal(arrearsNotice(arrears(0, [])).tone, 'none');
    assert.deepEqual(arrearsNotice(arrears(1, ['2026-11'])), { tone: 'notice', months: 1, since: '2026-11', owedFen: 4800 });
    assert.deepEqual(arrearsNotice(arrears(2, ['2026-10', '2026-11'])), { tone: 'notice', months: 2, since: '2026-10', owedFen: 9600 });
    const six = ['2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10'];
    assert.deepEqual(arrearsNotice(arrears(6, six)), { tone: 'serious', months: 6, since: '2026-05', owedFen: 6 * 4800 });
  });

  it('an old month still owed, though later ones were paid, is a notice with that month', () => {
    assert.deepEqual(arrearsNotice(arrears(0, ['2025-12'])), { tone: 'notice', months: 1, since: '2025-12', owedFen: 4800 });
  });
});

describe('payments', () => {
  it('follows the newest payment the server still reports pending', () => {
    const older = payment({ id: 'a', createdAt: '2026-09-01T01:00:00.000Z' });
    const newer = payment({ id: 'b', createdAt: '2026-09-01T02:00:00.000Z' });
    assert.equal(openPayment([older, newer])!.id, 'b');
    assert.equal(openPayment([older, { ...newer, status: 'expired' }])!.id, 'a');
    assert.equal(openPayment([{ ...older, status: 'paid' }]), undefined);
  });

  it('resolves the payment page against the API, and only http(s)', () => {
    assert.equal(resolvePayUrl('/pay/1', '/api/v1', 'https://dj.example.cn/dues.html'), 'https://dj.example.cn/pay/1');
    assert.equal(resolvePayUrl('/pay/1', 'https://api.example.cn/api/v1', 'https://dj.example.cn/dues.html'), 'https://api.example.cn/pay/1');
    assert.equal(resolvePayUrl('https://pay.example.cn/c?id=1', '/api/v1', 'https://dj.example.cn/'), 'https://pay.example.cn/c?id=1');
    assert.equal(resolvePayUrl('javascript:alert(1)', '/api/v1', 'https://dj.example.cn/'), null);
    assert.equal(resolvePayUrl('data:text/html,hi', undefined, 'https://dj.example.cn/'), null);
  });
});

describe('members in arrears, in the order a secretary reads them', () => {
  it('puts six-month cases first, then months overdue, then amount owed, then name', () => {
    const entry = (name: string, consecutiveMonths: number, owedFen: number) => ({
      memberId: name,
      name,
      consecutiveMonths,
      overdueMonths: consecutiveMonths,
      owedFen,
      level: consecutiveMonths >= 6 ? ('serious' as const) : consecutiveMonths ? ('notice' as const) : ('none' as const),
    });
    const sorted = sortArrears([entry('甲', 2, 9600), entry('乙', 7, 2000), entry('丙', 4, 1000), entry('丁', 4, 5000), entry('戊', 1, 4800), entry('己', 9, 1000)]);
    assert.deepEqual(sorted.map((e) => e.name), ['己', '乙', '丁', '丙', '甲', '戊']);
    // Three months owed, not in a row, come before two in a row.
    const gaps = sortArrears([entry('庚', 2, 9600), { ...entry('辛', 1, 14400), overdueMonths: 3 }]);
    assert.deepEqual(gaps.map((e) => e.name), ['辛', '庚']);
  });
});
