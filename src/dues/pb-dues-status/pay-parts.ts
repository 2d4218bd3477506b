/** The parts of the lazy pay flow: the payment waiting for the gateway, and how it ended. */
import { html, nothing, type TemplateResult } from 'lit';
import { formatCny, formatDate } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locale.js';
import { icon, monthList } from '../parts.js';
import type { PayController } from './pay-controller.js';
import type { PayTarget } from './pay-record.js';
import { payStrings } from './pay-strings.js';

/** The payment waiting for the gateway: its link, its QR code, a manual check. */
export function openPayment(locale: Locale, pay: PayController, target: PayTarget): TemplateResult {
  const s = payStrings(locale);
  const payment = pay.payment!;
  const qr = pay.qr;
  return html`<div part="pending" class="pending">
    <p class="pending-title" tabindex="-1">${s.open(formatCny(locale, payment.amountFen), monthList(locale, payment.months))}</p>
    <p class="muted">${s.payBy(formatDate(locale, payment.expiresAt, { timeStyle: 'short' }))}</p>
    <div class="row">
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
            <figcaption class="muted">${s.qrHint}</figcaption>
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
  const s = payStrings(locale);
  const months = monthList(locale, payment.months);
  const paid = payment.status === 'paid';
  return html`<div part="outcome" class="outcome row box" data-status=${payment.status} role=${paid ? 'status' : 'alert'} tabindex="-1">
    ${icon(paid ? 'M5 12.5l4.5 4.5L19 7' : 'M6 6l12 12M18 6 6 18')}
    <span>${paid ? s.outcome.paid(months, formatCny(locale, payment.amountFen)) : s.outcome[payment.status as 'failed' | 'expired'](months)}</span>
    <button class="button" type="button" @click=${() => pay.dismiss()}>${s.dismiss}</button>
  </div>`;
}
