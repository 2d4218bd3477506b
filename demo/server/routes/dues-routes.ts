/** getDues, createPayment, getPayment, cancelPayment, getDuesSummary. */
import { randomBytes } from 'node:crypto';
import type { Hono } from 'hono';
import { mountOperation, type OperationDeps } from '../http/operation';
import { HttpProblem, problems } from '../http/problem';
import { canManageBranch } from '../rules/branch-access';
import { monthOf } from '../rules/calendar';
import { monthsToPayBefore, newPayment, payFirstErrors, paymentStatusAt, paymentView, supersededPayments, unpayableMonths } from '../rules/dues-payments';
import { duesSummaryView, duesYearView, memberDuesState } from '../rules/dues-year';
import type { MemberRecord } from '../store/members-store';
import type { Services } from './services';

export function mountDuesRoutes(app: Hono, deps: OperationDeps, services: Services): void {
  const { dues, members, duesSettings } = services;
  const yearOf = (query: Record<string, unknown>, now: number) => (query.year as number | undefined) ?? Number(monthOf(now).slice(0, 4));
  /** All of a member's records: arrears may run across years, and there are few per member. */
  const duesOf = (member: MemberRecord, now: number) => memberDuesState(member, dues.records(member.id, '0000-01', '9999-12'), monthOf(now), duesSettings);

  mountOperation(app, deps, 'getDues', ({ member, query, now }) => {
    const branch = members.branch(member.branchId)!;
    const contact = { name: branch.contactName, phone: branch.contactPhone };
    return { status: 200, body: duesYearView(duesOf(member, now), yearOf(query, now), now, contact, dues.payments(member.id, 0)) };
  });

  mountOperation(app, deps, 'createPayment', ({ member, body, now }) => {
    const requested = (body as { months: string[] }).months;
    const months = [...requested].sort();
    const currentMonth = monthOf(now);
    const state = duesOf(member, now);
    const errors = unpayableMonths(requested, state.statusOf, currentMonth);
    if (errors.length) throw new HttpProblem(409, 'payment-conflict', 'Some months cannot be paid', { errors });
    const first = monthsToPayBefore(months, state.statusOf, member.duesFrom, currentMonth);
    if (first.length) {
      throw new HttpProblem(422, 'payment-order', 'Pay the oldest unpaid months first', {
        detail: `${first.join(', ')} must be paid first, or in the same payment.`,
        errors: payFirstErrors(first),
      });
    }
    const payment = newPayment(`pay_${randomBytes(8).toString('hex')}`, member.id, months, state.amountOf, now);
    for (const old of supersededPayments(dues.pending(member.id), months, payment.id, now)) dues.setStatus(old.id, old.status, null, old.replacedBy);
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
    if (!canManageBranch(member, params.branchId!)) throw problems.forbidden('Only the branch secretary can see this summary');
    const branch = members.branch(params.branchId!);
    if (!branch) throw problems.notFound('Branch');
    // Every record: arrears may have begun in an earlier year, and later months may be paid since.
    const records = dues.branchRecords(branch.id, '0000-01', '9999-12');
    return { status: 200, body: duesSummaryView(branch, members.membersOfBranch(branch.id), records, yearOf(query, now), now, duesSettings) };
  });
}
