/**
 * The events of `<pb-course-requests>`, each fired once the backend has the change (a
 * write queued offline fires when it lands, while the page is open), so a site can turn
 * them into its own notifications: tell the secretary of a new request, thank a member.
 */
import type { CourseRequest, CourseRequestStatusChange } from '../../api/types.js';
import type { PbEventDetail } from '../../shared/emit.js';

/** Detail of `pb-request-create`: the request the backend created. */
export interface RequestCreateDetail {
  request: CourseRequest;
}

/** Detail of `pb-request-voice`: the member's voice added (`voiced`) or withdrawn, and the request after it. */
export interface RequestVoiceDetail {
  requestId: string;
  voiced: boolean;
  request: CourseRequest;
}

/** Detail of `pb-request-seen`: the changes marked seen (at the revision shown) and how many stay unread. */
export interface RequestSeenDetail {
  seen: Array<{ id: string; revision: number }>;
  unread: number;
}

/** Detail of `pb-request-answer`: the secretary's change and the request after it. */
export interface RequestAnswerDetail {
  request: CourseRequest;
  change: CourseRequestStatusChange;
}

/** Detail of `pb-course-open`: the course the member chose to open (an available request's, or one offered while asking). */
export interface CourseOpenDetail {
  courseId: string;
  title: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pb-request-create': CustomEvent<RequestCreateDetail>;
    'pb-request-voice': CustomEvent<RequestVoiceDetail>;
    'pb-request-seen': CustomEvent<RequestSeenDetail>;
    'pb-request-answer': CustomEvent<RequestAnswerDetail>;
    'pb-course-open': CustomEvent<CourseOpenDetail>;
  }
}

/** The events the writes fire once the backend has the change. */
type WriteEvent = 'pb-request-create' | 'pb-request-voice' | 'pb-request-seen' | 'pb-request-answer';

/** What the parts that write need to fire them: the element's `emit` (typed, bubbling, composed). */
export interface Emitter {
  emit<K extends WriteEvent>(name: K, detail: PbEventDetail<K>): void;
}
