import type { CourseProgressSummary, CourseSummary } from '../types.js';

/**
 * 学时 have one meaning (docs/contract-notes.md, "Credit hours"): a course credits its
 * `creditHours` once it is completed, nothing before, and once only, however often it is
 * studied again. Time studied (`creditedSeconds`) is another number and is never 学时. The
 * reference server answers `creditedHours` by this rule; a backend that leaves the field
 * out is read by it too, so the player, the catalog and the server say the same.
 */
export function creditedHours(course: Pick<CourseSummary, 'creditHours'>, progress: Pick<CourseProgressSummary, 'completed' | 'creditedHours'>): number {
  if (!progress.completed) return 0;
  return progress.creditedHours ?? course.creditHours;
}
