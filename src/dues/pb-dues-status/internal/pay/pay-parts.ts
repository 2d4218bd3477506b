/** The parts of the lazy pay flow: the payment waiting for the gateway, and how it ended. */
import { html, nothing, type TemplateResult } from 'lit';
import { ProblemError } from '../../../../api/errors.js';
import { formatCny, formatDate } from '../../../../i18n/format.js';
import type { Locale } from '../../../../i18n/locale.js';
import { coreStrings } from '../../../../i18n/strings.js';
import { describeError } from '../../../../shared/error-text.js';
import { icon, monthList, warning } from '../../../shared/parts.js';
import type { PayController } from './pay-controller.js';
import type { PayTarget } from '../pay-record.js';
import { payStrings } from './strings/index.js';

/** The payment waiting for the gateway: its link, its QR code, a manual check, and a way out (cancel). */
export function openPayment(locale: Locale, pay: PayController, target: PayTarget): TemplateResult {
  const s = payStrings(locale);
  const payment = pay.payment!;
  const qr = pay.qr;
  return html`<div part="pending" class="pending">
    <p class="pending-title" tabindex="-1">${s.open(formatCny(locale, payment.amountFen), monthList(locale, payment.months))}</p>
    ${pay.replacing ? html`<p>${s.replaced}</p>` : nothing}
    ${payment.expiresAt ? html`<p class="muted">${s.payBy(formatDate(locale, payment.expiresAt, { timeStyle: 'short' }))}</p>` : nothing}
    <div class="row">
      ${pay.url
        ? html`<a part="pay-link" class="button primary" href=${pay.url} target=${target === 'self' ? '_self' : '_blank'} rel="noopener">${s.goPay}</a>
            <button class="button" type="button" aria-expanded=${pay.showQr} @click=${() => pay.toggleQr()}>${pay.showQr ? s.hideQr : s.scan}</button>`
        : nothing}
      <button class="button" type="button" @click=${() => pay.check()}>${s.refresh}</button>
      <button part="cancel-button" class="button" type="button" ?disabled=${pay.cancelling} @click=${() => pay.cancel()}>
        ${pay.cancelling ? s.cancelling : s.cancel}
      </button>
    </div>
    ${pay.cancelError
      ? html`<p class="outcome row box" data-status="failed" role="alert">
          ${icon(warning)}<span>${s.cancelFailed(describeError(coreStrings(locale), pay.cancelError).message)}</span>
        </p>`
      : nothing}
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

/** How the payment ended, in words; failed, expired and cancelled payments leave the months unpaid. */
export function outcome(locale: Locale, pay: PayController): TemplateResult | typeof nothing {
  const payment = pay.payment;
  if (pay.phase !== 'settled' || !payment || payment.status === 'pending') return nothing;
  const s = payStrings(locale);
  const months = monthList(locale, payment.months);
  const paid = payment.status === 'paid';
  // The member's own doing (paid, cancelled, replaced) is a status; a failure they did not expect, an alert.
  const alert = payment.status === 'failed' || payment.status === 'expired';
  const said = paid
    ? s.outcome.paid(months, formatCny(locale, payment.amountFen))
    : payment.status === 'cancelled' && payment.replacedBy
      ? s.outcome.replaced
      : s.outcome[payment.status as 'failed' | 'expired' | 'cancelled'](months);
  return html`<div part="outcome" class="outcome row box" data-status=${payment.status} role=${alert ? 'alert' : 'status'} tabindex="-1">
    ${icon(paid ? 'M5 12.5l4.5 4.5L19 7' : 'M6 6l12 12M18 6 6 18')}
    <span>${said}</span>
    <button class="button" type="button" @click=${() => pay.dismiss()}>${s.dismiss}</button>
  </div>`;
}

/**
 * Why the server refused a payment: months left out of order (422 `payment-order`, one
 * error per month to pay first) named in the member's words; otherwise the error as told.
 */
export function refusal(locale: Locale, error: unknown): string {
  if (error instanceof ProblemError && error.type.endsWith('/payment-order')) {
    const months = error.fieldErrors.flatMap((e) => /\d{4}-(0[1-9]|1[0-2])/.exec(e.detail)?.[0] ?? []);
    return payStrings(locale).payFirst(months.length ? monthList(locale, months) : '');
  }
  return describeError(coreStrings(locale), error).message;
}
