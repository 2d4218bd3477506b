/**
 * The events of `<pb-dues-status>`, fired by its pay flow: a page can open the payment its
 * own way, or thank the member and refresh its own figures when a payment ends.
 */
import type { Payment } from '../../api/types.js';
import type { PayTarget } from './internal/pay-record.js';

/** Detail of `pb-payment-create`: the payment the backend created and where its page is. */
export interface PaymentCreateDetail {
  payment: Payment;
  /** The payment page, absolute. */
  url: string;
  target: PayTarget;
}

/** Detail of `pb-payment-settle`: the payment as it ended (paid, failed, expired or cancelled). */
export interface PaymentSettleDetail {
  payment: Payment;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pb-payment-create': CustomEvent<PaymentCreateDetail>;
    'pb-payment-settle': CustomEvent<PaymentSettleDetail>;
  }
}
