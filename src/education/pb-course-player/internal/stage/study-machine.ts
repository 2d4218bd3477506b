/**
 * What the lesson stage decides while a lesson is studied, without DOM, Lit or timers (the
 * clock comes in as `now`): when a study session opens and a heartbeat batch is due, what
 * a pause sends, where a seek may land under the course's policy, and which events a
 * receipt from the server fires. The progress tracker and the playback carry the effects
 * out; the element's half is `../player-machine.ts`. Tested as tables (test/player-machine.test.ts).
 */
import type { LessonProgress, ProgressReceipt } from '../../../../api/types.js';
import type { PbCourseCompleteDetail, PbLessonCompleteDetail, PbLessonStartDetail, PbProgressDetail } from '../../events.js';
import { allowedSeek } from '../intervals.js';

/** An event the element fires for the stage, with its detail. */
export type PlayerEvent =
  | { event: 'pb-lesson-start'; detail: PbLessonStartDetail }
  | { event: 'pb-progress'; detail: PbProgressDetail }
  | { event: 'pb-lesson-complete'; detail: PbLessonCompleteDetail }
  | { event: 'pb-course-complete'; detail: PbCourseCompleteDetail };

/**
 * The events a receipt fires: `pb-progress` always; a lesson's or the course's completion
 * only when this page saw it change (one complete when the page loaded is not news).
 */
export function receiptEvents(
  receipt: Pick<ProgressReceipt, 'creditedNow' | 'lesson' | 'course'>,
  ids: { courseId: string; lessonId: string },
  before: LessonProgress | undefined,
  courseBefore: ProgressReceipt['course'] | undefined,
): PlayerEvent[] {
  const { courseId } = ids;
  const events: PlayerEvent[] = [{ event: 'pb-progress', detail: { ...ids, creditedNow: receipt.creditedNow, lesson: receipt.lesson, course: receipt.course } }];
  if (receipt.lesson.completed && !before?.completed) events.push({ event: 'pb-lesson-complete', detail: { ...ids, lesson: receipt.lesson } });
  if (receipt.course.completed && courseBefore && !courseBefore.completed) events.push({ event: 'pb-course-complete', detail: { courseId, creditedSeconds: receipt.course.creditedSeconds, ...(receipt.course.creditedHours === undefined ? {} : { creditedHours: receipt.course.creditedHours }) } });
  return events;
}

/** A study session of the open lesson: whether the server heard of it, and when the last batch went (ms, the tracker's clock). */
export interface StudyState {
  opened: boolean;
  lastSent: number;
}

export type StudyRequest =
  /** Studying began (the media plays, the reading view is there): the first batch opens the session. */
  | { type: 'begin' }
  /** A second passed: `studying` (playing, or reading counted), `stretches` of play waiting to be sent. */
  | { type: 'tick'; now: number; studying: boolean; stretches: number }
  /** The member paused with `pending` seconds played and not sent. */
  | { type: 'pause'; pending: number }
  /** The media ended, or the member leaves (tab hidden, page hidden, lesson closed). */
  | { type: 'ended' | 'leave' }
  /** A batch went. */
  | { type: 'sent'; now: number };

/** `open`: send the session's first batch; `send` what was studied (`ended`: the media reached its end); `remember` the position on the device only. */
export type StudyEffect = 'open' | 'send' | 'ended' | 'remember';

/** More separate stretches than this (a member seeking back and forth) go in a batch at once, so a batch stays small. */
export const MAX_STRETCHES = 24;

/** The course's heartbeat, kept between 5 s and 5 min (15 s where the course gives none). */
export const heartbeatMs = (seconds: number) => Math.min(300, Math.max(5, seconds || 15)) * 1000;

/** The session after a request, and what the tracker does. `heartbeat`: ms between batches while studying. */
export function studyStep(state: StudyState, request: StudyRequest, heartbeat: number): [StudyState, StudyEffect[]] {
  switch (request.type) {
    case 'begin':
      return state.opened ? [state, []] : [{ ...state, opened: true }, ['open']];
    case 'tick':
      // A little early rather than a second late: the ticker drifts.
      return (request.studying && request.now - state.lastSent >= heartbeat - 50) || request.stretches > MAX_STRETCHES ? [state, ['send']] : [state, []];
    case 'pause':
      // What was played goes now; a pause right after a batch sends nothing, and the position is remembered.
      return [state, [request.pending > 0.05 ? 'send' : 'remember']];
    case 'ended':
      return [state, ['ended']];
    case 'leave':
      return [state, ['send']];
    case 'sent':
      return [{ ...state, lastSent: request.now }, []];
  }
}

/** Whether a batch is worth sending: it opens the session, ends the media, or carries play or at least half a second of reading. */
export const worthSending = (opening: boolean, ended: boolean, stretches: number, activeSeconds: number) => opening || ended || stretches > 0 || activeSeconds >= 0.5;

/**
 * A seek the member asked for: where it lands under the policy, and whether to tell them
 * it was held back (a seek past the furthest point watched, under `watched`).
 */
export function seekTo(target: number, furthest: number, allowSeek: 'free' | 'watched', duration: number): { to: number; refused: boolean } {
  const to = allowedSeek(target, furthest, allowSeek, duration);
  return { to, refused: to < target - 0.25 && target <= duration };
}

/**
 * The rule at the media element, whatever moved the playhead (native controls, a script):
 * where to put it back, or undefined to leave it. A little slack, as the playhead runs
 * ahead of the last recorded point between events.
 */
export function heldBack(time: number, furthest: number, seeking: boolean, allowSeek: 'free' | 'watched'): number | undefined {
  return allowSeek === 'watched' && time > furthest + (seeking ? 0.25 : 2) ? furthest : undefined;
}
