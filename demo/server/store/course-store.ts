/**
 * Courses, lessons and members' lesson progress. The catalog changes only when the
 * database is seeded, so it is read once and kept in memory; progress is always read fresh.
 */
import type { Db } from '../db/database';
import { coverageOf, type Interval, type LessonRules } from '../rules/study-credit';

export interface CoursePolicy {
  allowSeek: 'free' | 'watched';
  maxPlaybackRate: number;
  sequential: boolean;
  pauseWhenHidden: boolean;
  completionCoverage: number;
  heartbeatSeconds: number;
}

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

interface ProgressRow {
  lesson_id: string;
  course_id: string;
  position_seconds: number;
  watched: string;
  credited_seconds: number;
  completed_at: number | null;
  updated_at: number;
}

function toProgress(row: ProgressRow): LessonProgressRecord {
  return {
    lessonId: row.lesson_id,
    courseId: row.course_id,
    positionSeconds: row.position_seconds,
    watched: JSON.parse(row.watched) as Interval[],
    creditedSeconds: row.credited_seconds,
    completedAt: row.completed_at,
    updatedAt: row.updated_at,
  };
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

/** Course-level progress: a completed lesson counts whole, others by coverage. */
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
  return {
    percent: count ? Math.min(100, Math.floor((coverageSum / count) * 100)) : 0,
    creditedSeconds: Math.round(credited * 1000) / 1000,
    completed: count > 0 && completedCount === count,
  };
}

export function createCourseStore(db: Db) {
  const courseRows = db.prepare('SELECT * FROM courses ORDER BY sort');
  const lessonRows = db.prepare('SELECT * FROM lessons ORDER BY course_id, sort');
  const progressOfMember = db.prepare('SELECT * FROM lesson_progress WHERE member_id = ?');
  const progressOfCourse = db.prepare('SELECT * FROM lesson_progress WHERE member_id = ? AND course_id = ?');
  const progressOfLesson = db.prepare('SELECT * FROM lesson_progress WHERE member_id = ? AND lesson_id = ?');
  let catalog: { list: CourseRecord[]; byId: Map<string, CourseRecord> } | null = null;

  function load() {
    const lessons = (lessonRows.all() as Record<string, unknown>[]).map(
      (r): LessonRecord => ({
        id: r.id as string,
        courseId: r.course_id as string,
        title: r.title as string,
        kind: r.kind as LessonRecord['kind'],
        durationSeconds: r.duration_seconds as number | null,
        minReadingSeconds: r.min_reading_seconds as number | null,
        media: r.media ? JSON.parse(r.media as string) : null,
        document: r.document ? JSON.parse(r.document as string) : null,
        articleHtml: r.article_html as string | null,
        attachments: JSON.parse(r.attachments as string) as unknown[],
      }),
    );
    const list = (courseRows.all() as Record<string, unknown>[]).map(
      (r): CourseRecord => ({
        id: r.id as string,
        title: r.title as string,
        description: r.description as string,
        category: r.category as string,
        required: r.required === 1,
        coverUrl: r.cover_url as string | null,
        creditHours: r.credit_hours as number,
        policy: JSON.parse(r.policy as string) as CoursePolicy,
        lessons: lessons.filter((l) => l.courseId === r.id),
      }),
    );
    return { list, byId: new Map(list.map((c) => [c.id, c])) };
  }

  const byLesson = (rows: ProgressRow[]) => new Map(rows.map((r) => [r.lesson_id, toProgress(r)]));

  return {
    courses(): CourseRecord[] {
      catalog ??= load();
      return catalog.list;
    },
    course(id: string): CourseRecord | null {
      catalog ??= load();
      return catalog.byId.get(id) ?? null;
    },
    progressOfMember(memberId: string): Map<string, LessonProgressRecord> {
      return byLesson(progressOfMember.all(memberId) as ProgressRow[]);
    },
    progressOfCourse(memberId: string, courseId: string): Map<string, LessonProgressRecord> {
      return byLesson(progressOfCourse.all(memberId, courseId) as ProgressRow[]);
    },
    progressOfLesson(memberId: string, lessonId: string): LessonProgressRecord | undefined {
      const row = progressOfLesson.get(memberId, lessonId) as ProgressRow | undefined;
      return row ? toProgress(row) : undefined;
    },
  };
}

export type CourseStore = ReturnType<typeof createCourseStore>;
