import type { Course, LessonProgress } from '../../../api/types.js';

export { isMedia, lessonLength } from '../../../contract/rules/lessons.js';

export interface LessonState {
  completed: boolean;
  /** Opens once every lesson before it is complete (`policy.sequential`); a completed one stays open. */
  locked: boolean;
  coverage: number;
  creditedSeconds: number;
}

/**
 * Each lesson's state from the progress the server confirmed: done marks, and locks when
 * the course requires lessons in order (a lesson opens once every one before it is
 * complete; one already complete stays open to look at again).
 */
export function lessonStates(course: Pick<Course, 'lessons' | 'policy'>, progress: ReadonlyMap<string, LessonProgress>): LessonState[] {
  let allBeforeDone = true;
  return course.lessons.map((lesson) => {
    const p = progress.get(lesson.id);
    const completed = p?.completed ?? false;
    const state: LessonState = {
      completed,
      locked: course.policy.sequential && !allBeforeDone && !completed,
      coverage: p?.coverage ?? 0,
      creditedSeconds: p?.creditedSeconds ?? 0,
    };
    allBeforeDone &&= completed;
    return state;
  });
}

/**
 * The lesson to open: the one asked for when it is open to the member, else the first
 * open lesson not yet complete, else the first lesson.
 */
export function initialLesson(course: Pick<Course, 'lessons'>, states: readonly LessonState[], requested?: string): number {
  const asked = course.lessons.findIndex((lesson) => lesson.id === requested);
  if (asked >= 0 && !states[asked]?.locked) return asked;
  const next = states.findIndex((state) => !state.locked && !state.completed);
  return Math.max(0, next);
}
