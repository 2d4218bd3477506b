/**
 * Courses, lessons and members' lesson progress. The catalog changes only when the
 * database is seeded, so it is read once and kept in memory; progress is always read fresh.
 */
import type { Db } from '../db/database';
import type { CoursePolicy, CourseRecord, LessonProgressRecord, LessonRecord } from '../rules/course-progress';
import type { Interval } from '../shared-contract';

export type { CoursePolicy, CourseRecord, LessonProgressRecord, LessonRecord };

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
