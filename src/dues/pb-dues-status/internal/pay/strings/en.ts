import type { PayStrings } from './zh-CN.js';

/** English strings for `zh-CN.ts`, loaded when a widget shows English. */
export const en: PayStrings = {
  open: (amount, months) => `Waiting for payment: ${amount} (${months})`,
  payBy: (time) => `Please pay before ${time}. When you come back to this page, it updates by itself.`,
  goPay: 'Go to the payment page',
  scan: 'Pay by QR code',
  hideQr: 'Hide the QR code',
  qr: 'Payment QR code',
  qrHint: 'Scan the code with your phone to pay',
  qrFailed: 'The QR code could not load; use “Go to the payment page”.',
  refresh: 'Check the payment',
  cancel: 'Cancel payment',
  cancelling: 'Cancelling…',
  cancelFailed: (why) => `The payment could not be cancelled: ${why}`,
  replaced: 'You started a new payment on another page or device; it replaces the earlier one.',
  outcome: {
    paid: (months, amount) => `Payment received: ${amount} for ${months}.`,
    failed: (months) => `The payment did not go through; ${months} still unpaid. You can pay again.`,
    expired: (months) => `The payment expired; ${months} still unpaid. You can pay again.`,
    cancelled: (months) => `Payment cancelled; ${months} still unpaid. You can pay again.`,
    replaced: 'This payment was replaced by a newer one; pay that one instead.',
  },
  dismiss: 'OK',
  payFirst: (months) => `Pay the earlier unpaid months first${months ? `: ${months}` : ''}.`,
};
