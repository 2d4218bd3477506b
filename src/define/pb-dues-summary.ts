import { PbDuesSummary } from '../dues/pb-dues-summary/pb-dues-summary.js';
import { defineElement } from '../shared/define.js';

defineElement('pb-dues-summary', PbDuesSummary);

declare global {
  interface HTMLElementTagNameMap {
    'pb-dues-summary': PbDuesSummary;
  }
}
