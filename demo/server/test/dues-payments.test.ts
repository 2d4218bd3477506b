/**
 * Paying dues, as pure rules (rules/dues-payments.ts): what lapses, what a new payment
 * replaces, and how a confirmed payment is written month by month.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PAYMENT_TTL_MS, paymentStatusAt, settlement, supersededPayments, unpayableMonths, type PaymentRecord } from '../rules/dues-payments';
import type { MonthStatus } from '../rules/dues-rules';

const T0 = Date.parse('2026-09-15T02:00:00.000Z');
const pending = (id: string, months: string[], createdAt = T0): PaymentRecord => ({
  id,
  memberId: 'm0001',
  months,
  amountFen: 4800 * months.length,
  status: 'pending',
  createdAt,
  expiresAt: createdAt + PAYMENT_TTL_MS,
  paidAt: null,
  replacedBy: null,
});

describe('dues payments', () => {
  it('a pending payment is expired from its expiry on, whether or not that was written', () => {
    const p = pending('pay_a', ['2026-09']);
    assert.equal(paymentStatusAt(p, p.expiresAt - 1), 'pending');
    assert.equal(paymentStatusAt(p, p.expiresAt), 'expired');
    assert.equal(paymentStatusAt({ ...p, status: 'paid' }, p.expiresAt + 1), 'paid');
  });

  it('a new payment cancels a pending one sharing a month and expires the lapsed ones; others stay', () => {
    const now = T0 + 10 * 60_000;
    const old = pending('pay_old', ['2026-07'], T0 - PAYMENT_TTL_MS);
    const overlapping = pending('pay_overlap', ['2026-08', '2026-09']);
    const apart = pending('pay_apart', ['2026-10']);
    assert.deepEqual(supersededPayments([old, overlapping, apart], ['2026-09'], 'pay_new', now), [
      { id: 'pay_old', status: 'expired', replacedBy: null },
      { id: 'pay_overlap', status: 'cancelled', replacedBy: 'pay_new' },
    ]);
  });

  it('a confirmed payment pays each month its share, the first month taking the remainder; a month paid meanwhile fails it', () => {
    assert.deepEqual(settlement({ months: ['2026-08', '2026-09', '2026-10'], amountFen: 100 }, () => false), {
      status: 'paid',
      shares: [
        { month: '2026-08', amountFen: 34 },
        { month: '2026-09', amountFen: 33 },
        { month: '2026-10', amountFen: 33 },
      ],
    });
    assert.deepEqual(settlement({ months: ['2026-08', '2026-09'], amountFen: 9600 }, (m) => m === '2026-09'), { status: 'failed' });
  });

  it('months that cannot be paid point at their place in the request, with a code', () => {
    const status: Record<string, MonthStatus> = { '2026-08': 'unpaid', '2026-09': 'due', '2026-05': 'paid', '2026-04': 'exempt' };
    assert.deepEqual(unpayableMonths(['2026-09', '2026-05', '2026-08', '2026-04'], (m) => status[m]!, '2026-09'), [
      { pointer: '/months/3', code: 'conflict', detail: '2026-04 is exempt, not payable' },
      { pointer: '/months/1', code: 'conflict', detail: '2026-05 is paid, not payable' },
    ]);
  });
});
