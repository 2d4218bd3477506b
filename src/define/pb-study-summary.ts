import { PbStudySummary } from '../education/pb-study-summary/pb-study-summary.js';
import { defineElement } from '../shared/define.js';

defineElement('pb-study-summary', PbStudySummary);

declare global {
  interface HTMLElementTagNameMap {
    'pb-study-summary': PbStudySummary;
  }
}
