/** The pay parts: the chosen total and button, the open payment, the outcome. */
import { html, nothing, type TemplateResult } from 'lit';
import type { DuesYear } from '../../api/types.js';
import { formatCny, formatDate } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locale.js';
import { coreStrings } from '../../i18n/strings.js';
import { describeError } from '../../shared/error-text.js';
import type { YearMonth } from '../months.js';
import { monthList } from '../parts.js';
import type { PayController, PayTarget } from './pay-controller.js';
import { isPayable, selectedFen } from './selection.js';
import { statusStrings } from './strings.js';

const icon = (d: string) => html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d=${d} /></svg>`;

/** What the member chose and the button that starts paying it. */
export function payBar(locale: Locale, dues: DuesYear, current: YearMonth, chosen: ReadonlySet<YearMonth>, pay: PayController, start: () => void) {
  const s = statusStrings(locale);
  const creating = pay.phase === 'creating';
  const refused =
    pay.phase === 'refused'
      ? html`<p part="pay-error" class="outcome" data-status="failed" role="alert">
          ${icon('M12 3 2 21h20zM12 10v5M12 18v.5')}<span>${s.refused(describeError(coreStrings(locale), pay.error).message)}</span>
        </p>`
      : nothing;
  // Nothing owed and nothing chosen: a thank-you, not a pay button for ¥0.00. Months still
  // to come can be ticked to pay ahead, which brings the button back.
  if (!chosen.size && !dues.months.some((m) => m.status === 'unpaid')) {
    const ahead = dues.months.some((m) => isPayable(m, current));
    return html`${refused}<p part="pay" class="all-paid">${icon('M5 12.5l4.5 4.5L19 7')}${s.allPaid}${ahead ? html` <span class="pay-hint">${s.ahead}</span>` : nothing}</p>`;
  }
  const total = formatCny(locale, selectedFen(dues.months, chosen));
  return html`${refused}
    <div part="pay" class="pay">
      <p class="pay-hint">${s.choose}</p>
      <div class="pay-row">
        <p class="pay-total" aria-live="polite">${s.selected(chosen.size, total)}</p>
        <button part="pay-button" class="button primary" type="button" ?disabled=${!chosen.size || creating} @click=${start}>
          ${creating ? s.creating : s.pay(total)}
        </button>
      </div>
    </div>`;
}

/** The payment waiting for the gateway: its link, its QR code, a manual check. */
export function openPayment(locale: Locale, pay: PayController, target: PayTarget): TemplateResult {
  const s = statusStrings(locale);
  const payment = pay.payment!;
  const qr = pay.qr;
  return html`<div part="pending" class="pending">
    <p class="pending-title">${s.open(formatCny(locale, payment.amountFen), monthList(locale, payment.months))}</p>
    <p class="pending-hint">${s.payBy(formatDate(locale, payment.expiresAt, { timeStyle: 'short' }))}</p>
    <div class="actions">
      ${pay.url
        ? html`<a part="pay-link" class="button primary" href=${pay.url} target=${target === 'self' ? '_self' : '_blank'} rel="noopener">${s.goPay}</a>
            <button class="button" type="button" aria-expanded=${pay.showQr} @click=${() => pay.toggleQr()}>${pay.showQr ? s.hideQr : s.scan}</button>`
        : nothing}
      <button class="button" type="button" @click=${() => pay.check()}>${s.refresh}</button>
    </div>
    ${!pay.showQr
      ? nothing
      : qr
        ? html`<figure class="qr">
            <svg part="qr" role="img" aria-label=${s.qr} viewBox="0 0 ${qr.size} ${qr.size}"><path d=${qr.path} /></svg>
            <figcaption>${s.qrHint}</figcaption>
          </figure>`
        : qr === null
          ? html`<p>${s.qrFailed}</p>`
          : html`<span class="skeleton qr-loading" aria-hidden="true"></span>`}
  </div>`;
}

/** How the payment ended, in words; failed and expired payments leave the months unpaid. */
export function outcome(locale: Locale, pay: PayController): TemplateResult | typeof nothing {
  const payment = pay.payment;
  if (pay.phase !== 'settled' || !payment || payment.status === 'pending') return nothing;
  const s = statusStrings(locale);
  const months = monthList(locale, payment.months);
  const paid = payment.status === 'paid';
  return html`<div part="outcome" class="outcome" data-status=${payment.status} role=${paid ? 'status' : 'alert'}>
    ${icon(paid ? 'M5 12.5l4.5 4.5L19 7' : 'M6 6l12 12M18 6 6 18')}
    <span>${paid ? s.outcome.paid(months, formatCny(locale, payment.amountFen)) : s.outcome[payment.status as 'failed' | 'expired'](months)}</span>
    <button class="button" type="button" @click=${() => pay.dismiss()}>${s.dismiss}</button>
  </div>`;
}
