import type { Lesson, LessonProgress, ProgressReceipt } from '../../api/types.js';

/** Detail of `pb-lesson-start`: the member started studying a lesson. */
export interface PbLessonStartDetail {
  courseId: string;
  lessonId: string;
  kind: Lesson['kind'];
  /** Where playback started (resume point); 0 for reading lessons. */
  positionSeconds: number;
}

/** Detail of `pb-progress`: the server confirmed a heartbeat batch. */
export interface PbProgressDetail {
  courseId: string;
  lessonId: string;
  /** Seconds the server credited for this batch. */
  creditedNow: number;
  lesson: LessonProgress;
  course: ProgressReceipt['course'];
}

/** Detail of `pb-lesson-complete`. */
export interface PbLessonCompleteDetail {
  courseId: string;
  lessonId: string;
  lesson: LessonProgress;
}

/** Detail of `pb-course-complete`. */
export interface PbCourseCompleteDetail {
  courseId: string;
  /** Time studied in the course (seconds); null where the backend counts no time. Not 学时. */
  creditedSeconds: number | null;
  /** 学时 the course credited (its credit hours, once), where the backend says so. */
  creditedHours?: number;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pb-lesson-start': CustomEvent<PbLessonStartDetail>;
    'pb-progress': CustomEvent<PbProgressDetail>;
    'pb-lesson-complete': CustomEvent<PbLessonCompleteDetail>;
    'pb-course-complete': CustomEvent<PbCourseCompleteDetail>;
  }
}
