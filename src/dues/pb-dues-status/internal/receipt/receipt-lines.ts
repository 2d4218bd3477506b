/** A receipt's facts as label and value, in the member's language: what the view shows and the PDF prints. */
import type { PaymentReceipt } from '../../../../api/types.js';
import { formatCny, formatDate } from '../../../../i18n/format.js';
import type { Locale } from '../../../../i18n/locale.js';
import { monthList } from '../../../shared/parts.js';
import { receiptStrings } from './strings/index.js';

export function receiptFacts(locale: Locale, r: PaymentReceipt): [label: string, value: string][] {
  const s = receiptStrings(locale);
  const when = (iso: string) => formatDate(locale, iso, { dateStyle: 'long', timeStyle: 'short' });
  return [
    [s.number, r.number],
    [s.member, r.memberName],
    [s.branch, r.branchName],
    [s.months, monthList(locale, r.months)],
    [s.amount, formatCny(locale, r.amountFen)],
    [s.basis, r.basis],
    [s.payment, r.paymentId],
    [s.paidAt, when(r.paidAt)],
    [s.issuedAt, when(r.issuedAt)],
  ];
}
