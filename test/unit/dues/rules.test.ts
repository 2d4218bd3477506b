import { expect } from '@open-wc/testing';
import type { DuesMonth } from '../../../src/api/types.js';
import { currentMonth, monthsOfYear } from '../../../src/dues/months.js';
import { arrearsNotice } from '../../../src/dues/pb-dues-status/arrears-notice.js';
import { openPayment, resolvePayUrl, sameMonths } from '../../../src/dues/pb-dues-status/payment.js';
import { defaultSelection, isPayable, selectedFen } from '../../../src/dues/pb-dues-status/selection.js';
import { sortArrears } from '../../../src/dues/pb-dues-summary/arrears-order.js';
import { payment } from '../../../stories/dues/dues-data.js';

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

describe('choosing months to pay', () => {
  const months = [
    month('2026-06', 'paid'),
    month('2026-07', 'unpaid'),
    month('2026-08', 'unpaid'),
    month('2026-09', 'unpaid'),
    month('2026-10', 'not-due'),
    month('2026-11', 'exempt', 0),
  ];

  it('chooses every overdue month plus the current one by default', () => {
    expect(defaultSelection(months)).to.deep.equal(['2026-07', '2026-08', '2026-09']);
  });

  it('lets unpaid months and later months of this year be paid, nothing else', () => {
    const payable = (m: DuesMonth, current = '2026-09') => isPayable(m, current);
    expect(months.filter((m) => payable(m)).map((m) => m.month)).to.deep.equal(['2026-07', '2026-08', '2026-09', '2026-10']);
    // Not due because the member's dues began later: not payable.
    expect(payable(month('2026-02', 'not-due'))).to.equal(false);
    // Next year's months wait for next year.
    expect(payable(month('2027-01', 'not-due'))).to.equal(false);
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

describe('arrears wording', () => {
  const arrears = (consecutiveMonths: number, since: string | null) => ({
    consecutiveMonths,
    since,
    level: consecutiveMonths >= 6 ? ('serious' as const) : consecutiveMonths ? ('notice' as const) : ('none' as const),
  });

  it('is quiet below 3 months, a notice from 3, serious from 6', () => {
    expect(arrearsNotice(arrears(0, null), 2026).tone).to.equal('none');
    expect(arrearsNotice(arrears(2, '2026-07'), 2026).tone).to.equal('none');
    expect(arrearsNotice(arrears(3, '2026-06'), 2026)).to.deep.equal({ tone: 'notice', months: 3, since: '2026-06', earlierYear: null });
    expect(arrearsNotice(arrears(5, '2026-04'), 2026).tone).to.equal('notice');
    expect(arrearsNotice(arrears(6, '2026-03'), 2026).tone).to.equal('serious');
  });

  it('points to the earlier year when the run began there', () => {
    expect(arrearsNotice(arrears(7, '2025-12'), 2026).earlierYear).to.equal(2025);
    expect(arrearsNotice(arrears(7, '2025-12'), 2025).earlierYear).to.equal(null);
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
  it('puts six-month cases first, then months behind, then amount owed, then name', () => {
    const entry = (name: string, consecutiveMonths: number, owedFen: number) => ({
      memberId: name,
      name,
      consecutiveMonths,
      owedFen,
      level: consecutiveMonths >= 6 ? ('serious' as const) : consecutiveMonths ? ('notice' as const) : ('none' as const),
    });
    const sorted = sortArrears([entry('甲', 2, 9600), entry('乙', 7, 2000), entry('丙', 4, 1000), entry('丁', 4, 5000), entry('戊', 0, 4800), entry('己', 9, 1000)]);
    expect(sorted.map((e) => e.name)).to.deep.equal(['己', '乙', '丁', '丙', '甲', '戊']);
  });
});
