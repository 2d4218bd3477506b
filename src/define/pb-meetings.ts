import { PbMeetings } from '../organisation/pb-meetings/pb-meetings.js';
import { defineElement } from '../shared/define.js';

defineElement('pb-meetings', PbMeetings);

declare global {
  interface HTMLElementTagNameMap {
    'pb-meetings': PbMeetings;
  }
}
