/** listCourses, getCourse, getCourseProgress, reportProgress. */
import type { Hono } from 'hono';
import { pageOf } from '../http/cursor';
import { mountOperation, type OperationDeps } from '../http/operation';
import { HttpProblem, problems } from '../http/problem';
import { creditBatch, type Interval } from '../rules/study-credit';
// The contract's rule for a lesson's length, shared with the player's lesson list.
import { lessonLength } from '../../../src/education/pb-course-player/lessons';
import {
  courseProgressSummary,
  lessonProgressView,
  lessonRules,
  type CourseRecord,
  type LessonProgressRecord,
} from '../store/course-store';
import type { Services } from './services';

interface HeartbeatBatch {
  sessionId: string;
  seq: number;
  position: number;
  intervals: Interval[];
  activeSeconds: number;
  ended: boolean;
}

function courseSummaryView(course: CourseRecord, progress: Map<string, LessonProgressRecord>) {
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

function invalidProgress(pointer: string, detail: string): HttpProblem {
  return new HttpProblem(422, 'invalid-progress', 'The progress report cannot be true', { errors: [{ pointer, detail }] });
}

export function mountCourseRoutes(app: Hono, deps: OperationDeps, services: Services): void {
  const { courses, study } = services;

  const findCourse = (id: string) => courses.course(id) ?? (() => { throw problems.notFound('Course'); })();

  mountOperation(app, deps, 'listCourses', ({ member, query }) => {
    const text = (query.q as string | undefined)?.toLowerCase();
    const matching = courses.courses().filter(
      (c) =>
        (query.required === undefined || c.required === query.required) &&
        (query.category === undefined || c.category === query.category) &&
        (!text || c.title.toLowerCase().includes(text) || c.description.toLowerCase().includes(text)),
    );
    const page = pageOf(matching, query);
    const progress = courses.progressOfMember(member.id);
    return {
      status: 200,
      body: {
        ...page,
        items: page.items.map((c) => courseSummaryView(c, progress)),
        categories: [...new Set(courses.courses().map((c) => c.category))],
      },
    };
  });

  mountOperation(app, deps, 'getCourse', ({ member, params }) => {
    const course = findCourse(params.courseId!);
    const progress = courses.progressOfCourse(member.id, course.id);
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
    return { status: 200, body: { ...courseSummaryView(course, progress), policy: course.policy, lessons } };
  });

  mountOperation(app, deps, 'getCourseProgress', ({ member, params }) => {
    const course = findCourse(params.courseId!);
    const progress = courses.progressOfCourse(member.id, course.id);
    return {
      status: 200,
      body: {
        courseId: course.id,
        ...courseProgressSummary(course, progress),
        lessons: course.lessons.map((l) => lessonProgressView(course, l, progress.get(l.id))),
      },
    };
  });

  mountOperation(app, deps, 'reportProgress', ({ member, params, body, now }) => {
    const course = findCourse(params.courseId!);
    const lessonIndex = course.lessons.findIndex((l) => l.id === params.lessonId);
    if (lessonIndex < 0) throw problems.notFound('Lesson');
    const lesson = course.lessons[lessonIndex]!;
    const batch = body as HeartbeatBatch;
    const rules = lessonRules(course, lesson);

    const limit = (rules.durationSeconds ?? Infinity) + 1;
    batch.intervals.forEach(([start, end], i) => {
      if (end < start) throw invalidProgress(`/intervals/${i}`, 'end is before start');
      if (start > limit) throw invalidProgress(`/intervals/${i}`, 'starts after the end of the lesson');
    });
    // In order: every lesson before this one complete, unless this one is (studied again).
    if (course.policy.sequential && !courses.progressOfLesson(member.id, lesson.id)?.completedAt) {
      const open = course.lessons.slice(0, lessonIndex).every((before) => courses.progressOfLesson(member.id, before.id)?.completedAt);
      if (!open) throw problems.forbidden('Complete the lessons before this one first');
    }
    const session = study.session(batch.sessionId);
    if (session && (session.memberId !== member.id || session.lessonId !== lesson.id)) {
      throw invalidProgress('/sessionId', 'belongs to another lesson');
    }

    const stored = courses.progressOfLesson(member.id, lesson.id);
    const before = { watched: stored?.watched ?? [], creditedSeconds: stored?.creditedSeconds ?? 0, completed: stored?.completedAt != null };
    const clock = study.clock(member.id);
    const outcome = creditBatch(rules, before, session ?? null, batch, now, clock);
    if (!outcome.duplicate) {
      study.saveSession(batch.sessionId, member.id, lesson.id, outcome.session, now);
      if (outcome.clock && outcome.clock !== clock) study.saveClock(member.id, outcome.clock);
      study.saveProgress({
        memberId: member.id,
        lessonId: lesson.id,
        courseId: course.id,
        position: Math.min(batch.position, rules.durationSeconds ?? batch.position),
        watched: outcome.lesson.watched,
        credited: outcome.lesson.creditedSeconds,
        completedAt: outcome.lesson.completed ? stored?.completedAt ?? now : null,
        updatedAt: now,
      });
      if (outcome.creditedNow > 0) study.recordCredit(member.id, lesson.id, outcome.creditedNow, now);
    }
    const progress = courses.progressOfCourse(member.id, course.id);
    return {
      status: 200,
      body: {
        lesson: lessonProgressView(course, lesson, progress.get(lesson.id)),
        course: courseProgressSummary(course, progress),
        creditedNow: outcome.creditedNow,
      },
    };
  });
}
