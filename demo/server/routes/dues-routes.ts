/** getDues, createPayment, getPayment, cancelPayment, getDuesSummary. */
import { randomBytes } from 'node:crypto';
import type { Hono } from 'hono';
import { mountOperation, type OperationDeps } from '../http/operation';
import { HttpProblem, problems } from '../http/problem';
import { addMonths, monthOf, monthRange } from '../rules/calendar';
import { isPayable, monthsToPayFirst } from '../rules/dues-rules';
import { duesSummaryView, duesYearView, loadMemberDues, paymentStatusAt, paymentView } from '../rules/dues-year';
import type { Services } from './services';

/** How long a pending payment may wait for the gateway. */
export const PAYMENT_TTL_MS = 30 * 60 * 1000;

export function mountDuesRoutes(app: Hono, deps: OperationDeps, services: Services): void {
  const { dues, members, duesSettings } = services;
  const yearOf = (query: Record<string, unknown>, now: number) => (query.year as number | undefined) ?? Number(monthOf(now).slice(0, 4));

  mountOperation(app, deps, 'getDues', ({ member, query, now }) => {
    const year = yearOf(query, now);
    const state = loadMemberDues(dues, member, now, duesSettings);
    const branch = members.branch(member.branchId)!;
    const contact = { name: branch.contactName, phone: branch.contactPhone };
    return { status: 200, body: duesYearView(state, year, now, contact, dues.payments(member.id, 0)) };
  });

  mountOperation(app, deps, 'createPayment', ({ member, body, now }) => {
    const requested = (body as { months: string[] }).months;
    const months = [...requested].sort();
    const currentMonth = monthOf(now);
    const state = loadMemberDues(dues, member, now, duesSettings);
    const errors = months.flatMap((month) => {
      const status = state.statusOf(month);
      return isPayable(status, month, currentMonth)
        ? []
        : [{ pointer: `/months/${requested.indexOf(month)}`, detail: `${month} is ${status}, not payable` }];
    });
    if (errors.length) throw new HttpProblem(409, 'payment-conflict', 'Some months cannot be paid', { errors });
    // Oldest first (按月交纳, 补交 in order): every payable month before the latest one asked for goes in too.
    const payable = monthRange(member.duesFrom, addMonths(`${currentMonth.slice(0, 4)}-01`, 11)).filter((m) => isPayable(state.statusOf(m), m, currentMonth));
    const first = monthsToPayFirst(payable, months);
    if (first.length) {
      throw new HttpProblem(422, 'payment-order', 'Pay the oldest unpaid months first', {
        detail: `${first.join(', ')} must be paid first, or in the same payment.`,
        errors: first.map((month) => ({ pointer: '/months', detail: `${month} is unpaid and comes first` })),
      });
    }
    const id = `pay_${randomBytes(8).toString('hex')}`;
    // The new payment replaces an older pending one for the same months, so a month is never paid twice.
    for (const p of dues.pending(member.id)) {
      if (now >= p.expiresAt) dues.setStatus(p.id, 'expired');
      else if (p.months.some((m) => months.includes(m))) dues.setStatus(p.id, 'cancelled', null, id);
    }
    const payment = {
      id,
      memberId: member.id,
      months,
      amountFen: months.reduce((sum, m) => sum + state.amountOf(m), 0),
      createdAt: now,
      expiresAt: now + PAYMENT_TTL_MS,
    };
    dues.createPayment(payment);
    return { status: 201, body: paymentView({ ...payment, status: 'pending', paidAt: null, replacedBy: null }, now) };
  });

  /** The member's own payment; another member's is reported as missing, not forbidden: ids are not to be probed. */
  const ownPayment = (member: { id: string }, paymentId: string) => {
    const payment = dues.payment(paymentId);
    if (!payment || payment.memberId !== member.id) throw problems.notFound('Payment');
    return payment;
  };

  mountOperation(app, deps, 'getPayment', ({ member, params, now }) => ({ status: 200, body: paymentView(ownPayment(member, params.paymentId!), now) }));

  mountOperation(app, deps, 'cancelPayment', ({ member, params, now }) => {
    const payment = ownPayment(member, params.paymentId!);
    const status = paymentStatusAt(payment, now);
    if (status === 'paid') throw new HttpProblem(409, 'payment-conflict', 'The payment is already paid', { detail: 'A paid payment cannot be cancelled.' });
    // Cancelling what has already ended (cancelled, expired, failed) changes nothing: the same answer again.
    if (status !== 'pending') return { status: 200, body: paymentView(payment, now) };
    dues.setStatus(payment.id, 'cancelled');
    return { status: 200, body: paymentView({ ...payment, status: 'cancelled' }, now) };
  });

  mountOperation(app, deps, 'getDuesSummary', ({ member, params, query, now }) => {
    const isAdmin = member.roles.includes('admin');
    const ownBranch = member.roles.includes('secretary') && member.branchId === params.branchId;
    if (!isAdmin && !ownBranch) throw problems.forbidden('Only the branch secretary can see this summary');
    const branch = members.branch(params.branchId!);
    if (!branch) throw problems.notFound('Branch');
    const year = yearOf(query, now);
    // Every record: arrears may have begun in an earlier year, and later months may be paid since.
    const records = dues.branchRecords(branch.id, '0000-01', '9999-12');
    return { status: 200, body: duesSummaryView(branch, members.membersOfBranch(branch.id), records, year, now, duesSettings) };
  });
}
