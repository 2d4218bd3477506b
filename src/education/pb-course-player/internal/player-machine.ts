/**
 * What `<pb-course-player>` decides, as a machine without DOM, Lit or timers: state plus a
 * request gives the next state (which lesson is open, what the server confirmed, the
 * notice, the saved copy). The element feeds it what its resources loaded and what its
 * parts and stage ask for. What the lesson stage decides while a lesson is studied (the
 * events a receipt fires, when a heartbeat is due, where a seek may land) is its half,
 * `stage/study-machine.ts`, in the stage's chunk. Both are tested as tables
 * (test/player-machine.test.ts).
 */
import type { Course, CourseProgress, LessonProgress, ProgressReceipt } from '../../../api/types.js';
import { initialLesson, lessonStates } from './lessons.js';

export type Summary = ProgressReceipt['course'];

/** What the element tells the member above the lesson: a locked lesson asked for, a study record refused, something the stage needed failed. */
export type Notice = { kind: 'locked' } | { kind: 'refused' | 'failed'; error: unknown };

export interface PlayerState {
  /** The open lesson's index in the course; -1 until the course and its progress are in. */
  index: number;
  /** Each lesson's progress as the server confirmed it (the progress read, then each receipt). */
  confirmed: ReadonlyMap<string, LessonProgress>;
  /** The course's progress as the server last confirmed it. */
  summary: Summary | undefined;
  notice: Notice | undefined;
  /** The progress answer last taken in (a new answer replaces what receipts added). */
  seen: CourseProgress | undefined;
  /** Set while the course and progress shown are the copy saved on this device (the network failed): when it was written. */
  savedCopy: number | undefined;
}

export type PlayerRequest =
  /** Another course: nothing is open yet. */
  | { type: 'course' }
  /** The course's progress was read (again). */
  | { type: 'progress'; progress: CourseProgress }
  /** The course and its progress are in: open a lesson if none is, or the one the page asked for (`asked`: it changed). */
  | { type: 'choose'; course: Course; lessonId: string; asked: boolean }
  /** The member pressed a lesson in the list, or "Next lesson". */
  | { type: 'open'; course: Course; index: number }
  /** The server confirmed a batch of a lesson: its progress and the course's after it. */
  | { type: 'receipt'; lessonId: string; receipt: Pick<ProgressReceipt, 'lesson' | 'course'> }
  /** The server refused a study record for good, or something the stage needed failed. */
  | { type: 'refused' | 'failed'; error: unknown }
  /** The course came from the copy saved on the device (`at`: when it was saved), or from the network again (undefined). */
  | { type: 'saved-copy'; at: number | undefined };

export const initialPlayer: PlayerState = { index: -1, confirmed: new Map(), summary: undefined, notice: undefined, seen: undefined, savedCopy: undefined };

/** The state after a request. */
export function playerStep(state: PlayerState, request: PlayerRequest): PlayerState {
  switch (request.type) {
    case 'course':
      return { ...state, index: -1, notice: undefined };
    case 'progress': {
      const { progress } = request;
      if (progress === state.seen) return state;
      const summary = {
        percent: progress.percent,
        creditedSeconds: progress.creditedSeconds,
        completed: progress.completed,
        ...(progress.creditedHours === undefined ? {} : { creditedHours: progress.creditedHours }),
      };
      return { ...state, seen: progress, summary, confirmed: new Map(progress.lessons.map((l) => [l.lessonId, l])) };
    }
    case 'choose': {
      const { course } = request;
      const asked = course.lessons.findIndex((l) => l.id === request.lessonId);
      if (state.index >= 0 && !(request.asked && asked >= 0 && asked !== state.index)) return state;
      const index = initialLesson(course, lessonStates(course, state.confirmed), request.lessonId);
      return { ...state, index, notice: asked >= 0 && index !== asked ? { kind: 'locked' } : state.notice };
    }
    case 'open':
      return lessonStates(request.course, state.confirmed)[request.index]?.locked ? { ...state, notice: { kind: 'locked' } } : { ...state, index: request.index, notice: undefined };
    case 'receipt':
      return { ...state, confirmed: new Map(state.confirmed).set(request.lessonId, request.receipt.lesson), summary: request.receipt.course };
    case 'saved-copy':
      return request.at === state.savedCopy ? state : { ...state, savedCopy: request.at };
    default:
      return { ...state, notice: { kind: request.type, error: request.error } };
  }
}
