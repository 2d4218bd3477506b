import { expect } from '@open-wc/testing';
import type { DuesMonth, DuesYear } from '../../../src/api/types.js';
import { currentMonth, monthsOfYear } from '../../../src/dues/shared/months.js';
import { arrearsNotice } from '../../../src/dues/pb-dues-status/internal/notice/arrears-notice.js';
import { openPayment, resolvePayUrl, sameMonths } from '../../../src/dues/pb-dues-status/internal/pay/payment.js';
import { choose, defaultSelection, payableMonths, selectedFen } from '../../../src/dues/pb-dues-status/internal/selection.js';
import { sortArrears } from '../../../src/dues/pb-dues-summary/internal/arrears-order.js';
import { duesYear, payment } from '../../../stories/dues/dues-data.js';

const month = (m: string, status: DuesMonth['status'], amountFen = 4800): DuesMonth => ({ month: m, status, amountFen, paidAt: null });

describe('dues months', () => {
  it('are counted in China Standard Time', () => {
    // 2026-08-31 17:00 UTC is already September 1st in Beijing.
    expect(currentMonth(Date.UTC(2026, 7, 31, 17))).to.equal('2026-09');
    expect(currentMonth(Date.UTC(2026, 7, 31, 15))).to.equal('2026-08');
    expect(monthsOfYear(2026)).to.have.length(12);
    expect(monthsOfYear(2026)[11]).to.equal('2026-12');
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
    expect(defaultSelection(year(), '2026-09')).to.deep.equal(['2026-07', '2026-08', '2026-09']);
  });

  it('lets overdue months, this month and later months of this year be paid, nothing else', () => {
    expect(payableMonths(year(), '2026-09')).to.deep.equal(['2026-07', '2026-08', '2026-09', '2026-10', '2026-12']);
    // Before the member's dues began: not payable, and never "not yet due".
    const joined = year([], [month('2026-02', 'before-start', 0), ...months]);
    expect(payableMonths(joined, '2026-09')).not.to.include('2026-02');
    // Next year's months wait for next year; a past year's months still to come do not exist.
    expect(payableMonths(year([], [month('2027-01', 'not-due')]), '2026-09')).to.deep.equal([]);
  });

  it('ticking a later month ticks the unpaid ones before it; unticking one unticks those after it', () => {
    const payable = payableMonths(year(), '2026-09');
    // December alone, while July and August are unpaid, is not a choice a member can make.
    expect(choose(payable, [], '2026-12', true)).to.deep.equal(['2026-07', '2026-08', '2026-09', '2026-10', '2026-12']);
    expect(choose(payable, ['2026-07', '2026-08', '2026-09'], '2026-08', false)).to.deep.equal(['2026-07']);
    expect(choose(payable, ['2026-07', '2026-08', '2026-09'], '2026-07', false)).to.deep.equal([]);
    expect(choose(payable, ['2026-07'], '2026-06', true)).to.deep.equal(['2026-07']);
  });

  it('overdue months of an earlier year go first: nothing of this year can be chosen until then', () => {
    const owesLastYear = year(['2025-12', '2026-07', '2026-08']);
    expect(payableMonths(owesLastYear, '2026-09')).to.deep.equal([]);
    expect(defaultSelection(owesLastYear, '2026-09')).to.deep.equal([]);
  });

  it('adds up the chosen months as the server states them', () => {
    expect(selectedFen(months, new Set(['2026-07', '2026-08']))).to.equal(9600);
    expect(selectedFen(months, new Set())).to.equal(0);
  });

  it('compares choices regardless of order', () => {
    expect(sameMonths(['2026-08', '2026-07'], ['2026-07', '2026-08'])).to.equal(true);
    expect(sameMonths(['2026-07'], ['2026-07', '2026-08'])).to.equal(false);
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
    expect(arrearsNotice(arrears(0, [])).tone).to.equal('none');
    expect(arrearsNotice(arrears(1, ['2026-11']))).to.deep.equal({ tone: 'notice', months: 1, since: '2026-11', owedFen: 4800 });
    expect(arrearsNotice(arrears(2, ['2026-10', '2026-11']))).to.deep.equal({ tone: 'notice', months: 2, since: '2026-10', owedFen: 9600 });
    const six = ['2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10'];
    expect(arrearsNotice(arrears(6, six))).to.deep.equal({ tone: 'serious', months: 6, since: '2026-05', owedFen: 6 * 4800 });
  });

  it('an old month still owed, though later ones were paid, is a notice with that month', () => {
    expect(arrearsNotice(arrears(0, ['2025-12']))).to.deep.equal({ tone: 'notice', months: 1, since: '2025-12', owedFen: 4800 });
  });
});

describe('payments', () => {
  it('follows the newest payment the server still reports pending', () => {
    const older = payment({ id: 'a', createdAt: '2026-09-01T01:00:00.000Z' });
    const newer = payment({ id: 'b', createdAt: '2026-09-01T02:00:00.000Z' });
    expect(openPayment([older, newer])!.id).to.equal('b');
    expect(openPayment([older, { ...newer, status: 'expired' }])!.id).to.equal('a');
    expect(openPayment([{ ...older, status: 'paid' }])).to.equal(undefined);
  });

  it('resolves the payment page against the API, and only http(s)', () => {
    expect(resolvePayUrl('/pay/1', '/api/v1', 'https://dj.example.cn/dues.html')).to.equal('https://dj.example.cn/pay/1');
    expect(resolvePayUrl('/pay/1', 'https://api.example.cn/api/v1', 'https://dj.example.cn/dues.html')).to.equal('https://api.example.cn/pay/1');
    expect(resolvePayUrl('https://pay.example.cn/c?id=1', '/api/v1', 'https://dj.example.cn/')).to.equal('https://pay.example.cn/c?id=1');
    expect(resolvePayUrl('javascript:alert(1)', '/api/v1', 'https://dj.example.cn/')).to.equal(null);
    expect(resolvePayUrl('data:text/html,hi', undefined, 'https://dj.example.cn/')).to.equal(null);
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
    expect(sorted.map((e) => e.name)).to.deep.equal(['己', '乙', '丁', '丙', '甲', '戊']);
    // Three months owed, not in a row, come before two in a row.
    const gaps = sortArrears([entry('庚', 2, 9600), { ...entry('辛', 1, 14400), overdueMonths: 3 }]);
    expect(gaps.map((e) => e.name)).to.deep.equal(['辛', '庚']);
  });
});
