import type { ReceiptStrings } from './zh-CN.js';

/** English for `zh-CN.ts`, loaded when the widget shows English. */
export const en: ReceiptStrings = {
  heading: 'Party dues receipt',
  number: 'Receipt number',
  member: 'Member',
  branch: 'Branch',
  months: 'Months',
  amount: 'Amount',
  basis: 'Basis',
  payment: 'Payment',
  paidAt: 'Paid',
  issuedAt: 'Issued',
  note: 'This receipt was issued from the payment record.',
  print: 'Print receipt',
  download: 'Download PDF',
  downloading: 'Making the PDF…',
  close: 'Close receipt',
  line: (label, value) => `${label}: ${value}`,
  fileName: (number) => `dues-receipt-${number}.pdf`,
};
