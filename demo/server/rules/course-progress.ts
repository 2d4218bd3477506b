/**
 * A member's progress in a course as the contract shows it, and what a heartbeat batch
 * must be to be credited at all: intervals inside the lesson, lessons in order when the
 * course says so. What a batch earns is the contract part's study credit (src/contract/rules/study-credit.ts). Pure: the route reads the
 * progress rows and writes what comes out.
 */
import type { FieldError } from './field-errors';
import { coverageOf, creditedHours, lessonLength, type CoursePolicy, type CreditOutcome, type Interval, type LessonCreditState, type LessonRules } from '../shared-contract';

export type { CoursePolicy };

export interface LessonRecord {
  id: string;
  courseId: string;
  title: string;
  kind: LessonRules['kind'];
  durationSeconds: number | null;
  minReadingSeconds: number | null;
  media: unknown;
  document: unknown;
  articleHtml: string | null;
  attachments: unknown[];
}

export interface CourseRecord {
  id: string;
  title: string;
  description: string;
  category: string;
  required: boolean;
  coverUrl: string | null;
  creditHours: number;
  policy: CoursePolicy;
  lessons: LessonRecord[];
}

export interface LessonProgressRecord {
  lessonId: string;
  courseId: string;
  positionSeconds: number;
  watched: Interval[];
  creditedSeconds: number;
  completedAt: number | null;
  updatedAt: number;
}

export function lessonRules(course: CourseRecord, lesson: LessonRecord): LessonRules {
  return {
    kind: lesson.kind,
    durationSeconds: lesson.durationSeconds,
    minReadingSeconds: lesson.minReadingSeconds,
    completionCoverage: course.policy.completionCoverage,
    heartbeatSeconds: course.policy.heartbeatSeconds,
    maxPlaybackRate: course.policy.maxPlaybackRate,
  };
}

/** `LessonProgress` of the contract; zeros for a lesson never started. */
export function lessonProgressView(course: CourseRecord, lesson: LessonRecord, p: LessonProgressRecord | undefined) {
  if (!p) {
    return { lessonId: lesson.id, positionSeconds: 0, furthestSeconds: 0, coverage: 0, creditedSeconds: 0, completed: false, updatedAt: null };
  }
  const coverage = coverageOf(lessonRules(course, lesson), { watched: p.watched, creditedSeconds: p.creditedSeconds, completed: p.completedAt !== null });
  return {
    lessonId: lesson.id,
    positionSeconds: p.positionSeconds,
    furthestSeconds: p.watched.length ? p.watched[p.watched.length - 1]![1] : 0,
    coverage: Math.round(coverage * 1000) / 1000,
    creditedSeconds: p.creditedSeconds,
    completed: p.completedAt !== null,
    updatedAt: new Date(p.updatedAt).toISOString(),
  };
}

/**
 * Course-level progress: a completed lesson counts whole, others by coverage. A course is
 * completed when every lesson is, and then credits its `creditHours` (学时), once: the
 * one meaning of 学时 (docs/contract-notes.md), which the `course_completions` view repeats
 * for the leaderboard and the year's tally.
 */
export function courseProgressSummary(course: CourseRecord, progress: Map<string, LessonProgressRecord>) {
  let coverageSum = 0;
  let credited = 0;
  let completedCount = 0;
  for (const lesson of course.lessons) {
    const view = lessonProgressView(course, lesson, progress.get(lesson.id));
    coverageSum += view.completed ? 1 : view.coverage;
    credited += view.creditedSeconds;
    if (view.completed) completedCount += 1;
  }
  const count = course.lessons.length;
  const completed = count > 0 && completedCount === count;
  return {
    percent: count ? Math.min(100, Math.floor((coverageSum / count) * 100)) : 0,
    creditedSeconds: Math.round(credited * 1000) / 1000,
    completed,
    creditedHours: creditedHours(course, { completed }),
  };
}

/** The contract's `CourseSummary`: the catalog's card, with the member's progress. */
export function courseSummaryView(course: CourseRecord, progress: Map<string, LessonProgressRecord>) {
  return {
    id: course.id,
    title: course.title,
    description: course.description,
    category: course.category,
    required: course.required,
    coverUrl: course.coverUrl,
    lessonCount: course.lessons.length,
    durationSeconds: course.lessons.reduce((sum, l) => sum + lessonLength(l), 0),
    creditHours: course.creditHours,
    progress: courseProgressSummary(course, progress),
  };
}

/** The contract's `Course`: the summary, the policy and the lessons as the player needs them. */
export function courseView(course: CourseRecord, progress: Map<string, LessonProgressRecord>) {
  const lessons = course.lessons.map((l) => ({
    id: l.id,
    title: l.title,
    kind: l.kind,
    durationSeconds: l.durationSeconds,
    minReadingSeconds: l.minReadingSeconds,
    media: l.media,
    document: l.document,
    articleHtml: l.articleHtml,
    attachments: l.attachments,
  }));
  return { ...courseSummaryView(course, progress), policy: course.policy, lessons };
}

/** A batch's intervals that cannot be true: ending before they start, or starting after the lesson's end. */
export function intervalError(intervals: readonly Interval[], rules: LessonRules): FieldError | null {
  const limit = (rules.durationSeconds ?? Infinity) + 1;
  for (const [i, [start, end]] of intervals.entries()) {
    if (end < start) return { pointer: `/intervals/${i}`, code: 'out-of-order', detail: 'end is before start' };
    if (start > limit) return { pointer: `/intervals/${i}`, code: 'out-of-range', detail: 'starts after the end of the lesson' };
  }
  return null;
}

/** A playback session belongs to one member and one lesson: its id cannot be reused for another. */
export function sessionError(session: { memberId: string; lessonId: string } | null | undefined, memberId: string, lessonId: string): FieldError | null {
  return session && (session.memberId !== memberId || session.lessonId !== lessonId) ? { pointer: '/sessionId', code: 'conflict', detail: 'belongs to another lesson' } : null;
}

/** In order: a sequential course opens a lesson once every lesson before it is complete, and keeps a completed one open. */
export function isLessonLocked(course: CourseRecord, lessonIndex: number, progress: Map<string, LessonProgressRecord>): boolean {
  if (!course.policy.sequential) return false;
  const done = (lesson: LessonRecord) => Boolean(progress.get(lesson.id)?.completedAt);
  return !done(course.lessons[lessonIndex]!) && !course.lessons.slice(0, lessonIndex).every(done);
}

/** The stored progress as study-credit.ts reads it (never started: nothing watched). */
export function creditStateOf(stored: LessonProgressRecord | undefined): LessonCreditState {
  return { watched: stored?.watched ?? [], creditedSeconds: stored?.creditedSeconds ?? 0, completed: stored?.completedAt != null };
}

/**
 * The lesson's progress after a credited batch: the position within the lesson, and the
 * time of completion kept from the first time it was complete.
 */
export function progressAfter(position: number, rules: LessonRules, stored: LessonProgressRecord | undefined, outcome: CreditOutcome, now: number) {
  return {
    position: Math.min(position, rules.durationSeconds ?? position),
    watched: outcome.lesson.watched,
    credited: outcome.lesson.creditedSeconds,
    completedAt: outcome.lesson.completed ? (stored?.completedAt ?? now) : null,
  };
}
