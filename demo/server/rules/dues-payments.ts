/**
 * Paying dues: when a pending payment lapses, which months one payment may hold and in
 * what order, which older payments a new one replaces, and how a confirmed payment is
 * written month by month. Pure: the routes and the gateway read and write the records.
 */
import type { Payment } from '../shared-contract';
import { addMonths, monthRange, monthStart, type YearMonth } from './calendar';
import { isPayable, monthsToPayFirst, type MonthStatus } from './dues-rules';
import type { FieldError } from './field-errors';

/** How long a pending payment may wait for the gateway. */
export const PAYMENT_TTL_MS = 30 * 60 * 1000;

export type PaymentStatus = Payment['status'];

export interface PaymentRecord {
  id: string;
  memberId: string;
  months: string[];
  amountFen: number;
  status: PaymentStatus;
  createdAt: number;
  expiresAt: number;
  paidAt: number | null;
  /** The newer payment that replaced this one (status `cancelled`), if one did. */
  replacedBy: string | null;
}

/** A pending payment past its time is expired, whether or not that was written down yet. */
export function paymentStatusAt(p: PaymentRecord, now: number): PaymentStatus {
  return p.status === 'pending' && now >= p.expiresAt ? 'expired' : p.status;
}

/** The contract's `Payment`. */
export function paymentView(p: PaymentRecord, now: number) {
  return {
    id: p.id,
    status: paymentStatusAt(p, now),
    months: p.months,
    amountFen: p.amountFen,
    payUrl: `/pay/${p.id}`,
    createdAt: new Date(p.createdAt).toISOString(),
    expiresAt: new Date(p.expiresAt).toISOString(),
    paidAt: p.paidAt === null ? null : new Date(p.paidAt).toISOString(),
    replacedBy: p.replacedBy,
  };
}

/** A year's payments: made in it, or paying one of its months (arrears paid in January). */
export function isOfYear(payment: PaymentRecord, year: number): boolean {
  const made = payment.createdAt >= monthStart(`${year}-01`) && payment.createdAt < monthStart(`${year + 1}-01`);
  return made || payment.months.some((m) => m.startsWith(`${year}-`));
}

/** The requested months that cannot be paid, each pointing at its place in the request. */
export function unpayableMonths(requested: readonly YearMonth[], statusOf: (month: YearMonth) => MonthStatus, currentMonth: YearMonth): FieldError[] {
  return [...requested].sort().flatMap((month) => {
    const status = statusOf(month);
    return isPayable(status, month, currentMonth) ? [] : [{ pointer: `/months/${requested.indexOf(month)}`, code: 'conflict' as const, detail: `${month} is ${status}, not payable` }];
  });
}

/**
 * Oldest first (按月交纳, 补交 in order): the payable months before the latest one asked for
 * that the request leaves out, from the member's first dues month to the end of this year.
 */
export function monthsToPayBefore(
  months: readonly YearMonth[],
  statusOf: (month: YearMonth) => MonthStatus,
  duesFrom: YearMonth,
  currentMonth: YearMonth,
): YearMonth[] {
  const payable = monthRange(duesFrom, addMonths(`${currentMonth.slice(0, 4)}-01`, 11)).filter((m) => isPayable(statusOf(m), m, currentMonth));
  return monthsToPayFirst(payable, months);
}

/** The months to pay first (monthsToPayBefore), as errors on the request's months. */
export function payFirstErrors(first: readonly YearMonth[]): FieldError[] {
  return first.map((month) => ({ pointer: '/months', code: 'out-of-order', detail: `${month} is unpaid and comes first` }));
}

/** A new pending payment of `months` (sorted), for what they come to. */
export function newPayment(id: string, memberId: string, months: readonly YearMonth[], amountOf: (month: YearMonth) => number, now: number) {
  return {
    id,
    memberId,
    months: [...months],
    amountFen: months.reduce((sum, m) => sum + amountOf(m), 0),
    createdAt: now,
    expiresAt: now + PAYMENT_TTL_MS,
  };
}

export interface Superseded {
  id: string;
  status: 'expired' | 'cancelled';
  replacedBy: string | null;
}

/**
 * What becomes of the member's pending payments when `newId` is made for `months`: those
 * past their time expire, and one sharing a month is cancelled, replaced by the new one, so
 * a month is never paid twice.
 */
export function supersededPayments(
  pending: readonly PaymentRecord[],
  months: readonly YearMonth[],
  newId: string,
  now: number,
): Superseded[] {
  return pending.flatMap((p): Superseded[] => {
    if (now >= p.expiresAt) return [{ id: p.id, status: 'expired', replacedBy: null }];
    return p.months.some((m) => months.includes(m)) ? [{ id: p.id, status: 'cancelled', replacedBy: newId }] : [];
  });
}

/**
 * The gateway confirmed a payment. A month paid meanwhile (by another payment) fails it
 * rather than charging twice; otherwise each month is paid its share, the first one taking
 * what does not divide evenly.
 */
export function settlement(
  payment: Pick<PaymentRecord, 'months' | 'amountFen'>,
  alreadyPaid: (month: YearMonth) => boolean,
): { status: 'failed' } | { status: 'paid'; shares: { month: YearMonth; amountFen: number }[] } {
  if (payment.months.some(alreadyPaid)) return { status: 'failed' };
  const count = payment.months.length;
  const perMonth = Math.floor(payment.amountFen / count);
  return {
    status: 'paid',
    shares: payment.months.map((month, i) => ({ month, amountFen: i === 0 ? payment.amountFen - perMonth * (count - 1) : perMonth })),
  };
}
