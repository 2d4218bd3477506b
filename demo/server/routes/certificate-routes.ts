/** getCourseCertificate, getYearCertificate, verifyCertificate (public), getPaymentReceipt. */
import { randomBytes } from 'node:crypto';
import type { Hono } from 'hono';
import { mountOperation, mountPublicOperation, type OperationDeps } from '../http/operation';
import { HttpProblem, problems } from '../http/problem';
import { certificateCheckView, certificateCode, certificateView, receiptNumber } from '../rules/certificates';
import { dayOf, yearSpan } from '../rules/calendar';
import { requiredHours } from '../rules/credit-requirement';
import { duesBasis } from '../rules/dues-rules';
import { groupsOf } from '../rules/member-groups';
import { planHours, reachingAssignments } from '../rules/study-plan';
import { paymentStatusAt } from '../rules/dues-payments';
import { createCertificateStore } from '../store/certificate-store';
import type { Services } from './services';

const notEarned = (detail: string) => new HttpProblem(409, 'certificate-not-earned', 'The certificate is not earned yet', { detail });

export function mountCertificateRoutes(app: Hono, deps: OperationDeps, services: Services): void {
  const { courses, members, studyPlans, dues } = services;
  const certificates = createCertificateStore(services.db);
  const newCode = () => {
    for (;;) {
      const code = certificateCode(randomBytes(8));
      if (!certificates.byCode(code)) return code;
    }
  };

  mountOperation(app, deps, 'getCourseCertificate', ({ member, params, now }) => {
    const course = courses.course(params.courseId!) ?? (() => { throw problems.notFound('Course'); })();
    const completedAt = certificates.courseCompletedAt(member.id, course.id);
    if (completedAt === null) throw notEarned('Complete every lesson of the course first.');
    const certificate = certificates.issue({
      code: newCode(),
      memberId: member.id,
      kind: 'course',
      subject: course.id,
      holderName: member.name,
      title: course.title,
      hours: course.creditHours,
      completedOn: dayOf(completedAt),
      issuedAt: now,
    });
    return { status: 200, body: certificateView(certificate) };
  });

  mountOperation(app, deps, 'getYearCertificate', ({ member, query, now }) => {
    const today = dayOf(now);
    const year = (query.year as number | undefined) ?? Number(today.slice(0, 4));
    const span = yearSpan(year);
    const groups = groupsOf(member, now);
    const reaching = reachingAssignments(studyPlans.ofBranch(member.branchId), member.id, groups);
    const hours = planHours(reaching, studyPlans.creditedHours(member.id, span.from, span.to), year, today, requiredHours(services.creditRequirement, groups));
    if (!hours || hours.status !== 'done') throw notEarned(`The year's 学时 (${hours?.creditedHours ?? 0}) have not reached its target yet.`);
    // The day the requirement was met: the completion that brought the year's total to the target.
    let total = 0;
    const met = certificates.completions(member.id, span.from, span.to).find((c) => (total += c.hours) + 1e-9 >= hours.targetHours);
    const certificate = certificates.issue({
      code: newCode(),
      memberId: member.id,
      kind: 'year',
      subject: String(year),
      holderName: member.name,
      title: `${year} 年度学习`,
      hours: hours.creditedHours,
      completedOn: dayOf(met?.completedAt ?? now),
      issuedAt: now,
    });
    return { status: 200, body: certificateView(certificate) };
  });

  mountPublicOperation(app, deps, 'verifyCertificate', ({ params }) => {
    const certificate = certificates.byCode(params.code!);
    if (!certificate) throw problems.notFound('Certificate');
    return { status: 200, body: certificateCheckView(certificate) };
  });

  mountOperation(app, deps, 'getPaymentReceipt', ({ member, params, now }) => {
    const payment = dues.payment(params.paymentId!);
    // Another member's payment is missing, not forbidden: ids are not to be probed.
    if (!payment || payment.memberId !== member.id) throw problems.notFound('Payment');
    if (paymentStatusAt(payment, now) !== 'paid' || payment.paidAt === null) {
      throw new HttpProblem(409, 'payment-not-settled', 'The payment is not settled', { detail: 'A receipt is issued once the payment is paid.' });
    }
    const receipt = certificates.receipt(payment.id, now);
    const branch = members.branch(member.branchId);
    return {
      status: 200,
      body: {
        number: receiptNumber(payment.paidAt, receipt.number),
        paymentId: payment.id,
        memberId: member.id,
        memberName: member.name,
        branchName: branch?.name ?? '',
        months: payment.months,
        amountFen: payment.amountFen,
        basis: duesBasis(member.category, member.baseFen, services.duesSettings).description,
        paidAt: new Date(payment.paidAt).toISOString(),
        issuedAt: new Date(receipt.issuedAt).toISOString(),
      },
    };
  });
}
