/** The receipt as a PDF (its own chunk, loaded when the member downloads one): the same facts as the view, one per line. */
import type { PaymentReceipt } from '../../../../api/types.js';
import type { Locale } from '../../../../i18n/locale.js';
import { receiptFacts } from './receipt-lines.js';
import { receiptStrings } from './strings/index.js';
import { textPdf, type PdfLine } from './text-pdf.js';

export function receiptPdf(locale: Locale, receipt: PaymentReceipt): Uint8Array {
  const s = receiptStrings(locale);
  const lines: PdfLine[] = [
    { text: s.heading, size: 20, before: 0, rule: true },
    ...receiptFacts(locale, receipt).map(([label, value], i): PdfLine => ({ text: s.line(label, value), size: 12, before: i ? 8 : 24 })),
    { text: s.note, size: 9, before: 24 },
  ];
  return textPdf(lines, { title: `${s.heading} ${receipt.number}` });
}
