import { PbDuesStatus, type PaymentCreateDetail, type PaymentSettleDetail } from '../dues/pb-dues-status/pb-dues-status.js';
import { defineElement } from '../shared/define.js';

defineElement('pb-dues-status', PbDuesStatus);

declare global {
  interface HTMLElementTagNameMap {
    'pb-dues-status': PbDuesStatus;
  }
  interface GlobalEventHandlersEventMap {
    'pb-payment-create': CustomEvent<PaymentCreateDetail>;
    'pb-payment-settle': CustomEvent<PaymentSettleDetail>;
  }
}
