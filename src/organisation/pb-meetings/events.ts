/**
 * The events of `<pb-meetings>`, each fired once the backend took the change, so a site can
 * follow up with its own messages (tell the secretary of a leave request, thank a member).
 */
import type { Meeting, MeetingReplyKind } from '../../api/types.js';

/** Detail of `pb-meeting-reply`: the member's reply (`attend`, or `leave` with a reason) and the meeting after it. */
export interface MeetingReplyDetail {
  meetingId: string;
  reply: MeetingReplyKind;
  meeting: Meeting;
}

/** Detail of `pb-meeting-check-in`: how the member checked in (`code` or `online`) and the meeting after it. */
export interface MeetingCheckInDetail {
  meetingId: string;
  method: 'code' | 'online';
  meeting: Meeting;
}

/** Detail of `pb-meeting-plan`: the meeting the secretary planned, as the backend created it. */
export interface MeetingPlanDetail {
  meeting: Meeting;
}

/** Detail of `pb-meeting-makeup`: the member chose to make up a missed 党课 by studying its course. */
export interface MeetingMakeupDetail {
  meetingId: string;
  courseId: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pb-meeting-reply': CustomEvent<MeetingReplyDetail>;
    'pb-meeting-check-in': CustomEvent<MeetingCheckInDetail>;
    'pb-meeting-plan': CustomEvent<MeetingPlanDetail>;
    'pb-meeting-makeup': CustomEvent<MeetingMakeupDetail>;
  }
}
