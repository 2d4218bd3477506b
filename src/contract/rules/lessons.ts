import type { Lesson } from '../types.js';

/**
 * How long a lesson takes: its `durationSeconds` (the media's length, or a reading
 * lesson's estimated reading time, which is also the most it is credited), else its
 * minimum reading time. The contract's one rule: a course's `durationSeconds` is the sum
 * of this over its lessons (the reference server computes it with this function), so the
 * catalog and the lesson list agree.
 */
export function lessonLength(lesson: Pick<Lesson, 'durationSeconds' | 'minReadingSeconds'>): number {
  return lesson.durationSeconds ?? lesson.minReadingSeconds ?? 0;
}

/** Video and audio lessons play media (credited by what was played); document and article lessons are read. */
export const isMedia = (lesson: Pick<Lesson, 'kind'>): boolean => lesson.kind === 'video' || lesson.kind === 'audio';
