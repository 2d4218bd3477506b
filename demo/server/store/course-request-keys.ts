/**
 * How a member's link to a course request is written without naming the member: a keyed
 * hash of request and member (store/anonymity.ts) stands for them in seen marks and in an
 * anonymous requester's authorship and voice. Voices that name nobody start with HIDDEN.
 */
import type { Anonymity } from './anonymity';

/** Voices that name nobody start with this; member ids never contain a colon. */
export const HIDDEN = 'h:';

/** The keyed hash standing for a member's link to one request (voice, mark, authorship). */
export function requestKey(anonymity: Anonymity, requestId: string, memberId: string): string {
  return anonymity.tag('course-request', requestId, memberId);
}
