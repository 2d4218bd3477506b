/** Pure rules about payments: which one is still open, where its page is, when a kept one is reused. */
import type { Payment } from '../../../../api/types.js';
import type { YearMonth } from '../../../shared/months.js';

export type PaymentStatus = Payment['status'];

/** Whether the gateway has settled the payment: the status will not change again. */
export function isSettled(status: PaymentStatus): boolean {
  return status !== 'pending';
}

/**
 * The newest payment still waiting for the gateway (one started on this page before a
 * reload, or on another device), so the member can finish it instead of starting again.
 * The server's status says whether it expired: the device's clock may be wrong.
 */
export function openPayment(payments: readonly Payment[]): Payment | undefined {
  return payments.filter((p) => p.status === 'pending').sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))[0];
}

/**
 * The payment page as an absolute URL. A path is relative to the API's origin (the
 * backend's gateway), not necessarily the page's. Only http(s): a `javascript:` or
 * `data:` address from a backend is never opened.
 */
export function resolvePayUrl(payUrl: string, apiBase: string | undefined, pageUrl: string): string | null {
  try {
    const url = new URL(payUrl, new URL(apiBase ?? '', pageUrl));
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The same months, in any order: a payment kept from before is reused only for the same months. */
export function sameMonths(a: readonly YearMonth[], b: readonly YearMonth[]): boolean {
  return a.length === b.length && [...a].sort().join() === [...b].sort().join();
}
