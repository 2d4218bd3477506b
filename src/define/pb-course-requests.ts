import type { CourseOpenDetail, RequestAnswerDetail, RequestCreateDetail, RequestSeenDetail, RequestVoiceDetail } from '../education/pb-course-requests/events.js';
import { PbCourseRequests } from '../education/pb-course-requests/pb-course-requests.js';
import { defineElement } from '../shared/define.js';

defineElement('pb-course-requests', PbCourseRequests);

declare global {
  interface HTMLElementTagNameMap {
    'pb-course-requests': PbCourseRequests;
  }
  interface GlobalEventHandlersEventMap {
    'pb-request-create': CustomEvent<RequestCreateDetail>;
    'pb-request-voice': CustomEvent<RequestVoiceDetail>;
    'pb-request-seen': CustomEvent<RequestSeenDetail>;
    'pb-request-answer': CustomEvent<RequestAnswerDetail>;
    'pb-course-open': CustomEvent<CourseOpenDetail>;
  }
}
