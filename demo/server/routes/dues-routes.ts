/** getDues, createPayment, getPayment, getDuesSummary. */
import { randomBytes } from 'node:crypto';
import type { Hono } from 'hono';
import { mountOperation, type OperationDeps } from '../http/operation';
import { HttpProblem, problems } from '../http/problem';
import { monthOf } from '../rules/calendar';
import { isPayable } from '../rules/dues-rules';
import { duesSummaryView, duesYearView, loadMemberDues, paymentView } from './dues-view';
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
    return { status: 200, body: duesYearView(member, state, year, now, contact, dues.payments(member.id, 0)) };
  });

  mountOperation(app, deps, 'createPayment', ({ member, body, now }) => {
    const months = [...(body as { months: string[] }).months].sort();
    const currentMonth = monthOf(now);
    const requested = (body as { months: string[] }).months;
    const state = loadMemberDues(dues, member, now, duesSettings);
    const errors = months.flatMap((month) => {
      const status = state.statusOf(month);
      return isPayable(status, month, currentMonth, member.duesFrom)
        ? []
        : [{ pointer: `/months/${requested.indexOf(month)}`, detail: `${month} is ${status}, not payable` }];
    });
    if (errors.length) throw new HttpProblem(409, 'payment-conflict', 'Some months cannot be paid', { errors });
    // A new payment for a month supersedes an older pending one, so a month is never paid twice.
    for (const p of dues.pending(member.id)) {
      if (p.months.some((m) => months.includes(m)) || now >= p.expiresAt) dues.setStatus(p.id, 'expired');
    }
    const payment = {
      id: `pay_${randomBytes(8).toString('hex')}`,
      memberId: member.id,
      months,
      amountFen: months.reduce((sum, m) => sum + state.amountOf(m), 0),
      createdAt: now,
      expiresAt: now + PAYMENT_TTL_MS,
    };
    dues.createPayment(payment);
    return { status: 201, body: paymentView({ ...payment, status: 'pending', paidAt: null }, now) };
  });

  mountOperation(app, deps, 'getPayment', ({ member, params, now }) => {
    const payment = dues.payment(params.paymentId!);
    // Another member's payment is reported as missing, not forbidden: ids are not to be probed.
    if (!payment || payment.memberId !== member.id) throw problems.notFound('Payment');
    return { status: 200, body: paymentView(payment, now) };
  });

  mountOperation(app, deps, 'getDuesSummary', ({ member, params, query, now }) => {
    const isAdmin = member.roles.includes('admin');
    const ownBranch = member.roles.includes('secretary') && member.branchId === params.branchId;
    if (!isAdmin && !ownBranch) throw problems.forbidden('Only the branch secretary can see this summary');
    const branch = members.branch(params.branchId!);
    if (!branch) throw problems.notFound('Branch');
    const year = yearOf(query, now);
    // From the start: a run of arrears may have begun in an earlier year.
    const records = dues.branchRecords(branch.id, '0000-01', `${year}-12`);
    return { status: 200, body: duesSummaryView(branch, members.membersOfBranch(branch.id), records, year, now, duesSettings) };
  });
}
