import { PbDuesStatus } from '../dues/pb-dues-status/pb-dues-status.js';
import { defineElement } from '../shared/define.js';

defineElement('pb-dues-status', PbDuesStatus);

declare global {
  interface HTMLElementTagNameMap {
    'pb-dues-status': PbDuesStatus;
  }
}
