/** listCourses, getCourse, getCourseProgress, reportProgress. */
import type { Hono } from 'hono';
import { pageOf } from '../http/cursor';
import { mountOperation, type OperationDeps } from '../http/operation';
import { HttpProblem, problems, type FieldError } from '../http/problem';
import {
  courseProgressSummary,
  courseSummaryView,
  courseView,
  creditStateOf,
  intervalError,
  isLessonLocked,
  lessonProgressView,
  lessonRules,
  progressAfter,
  sessionError,
} from '../rules/course-progress';
import { creditBatch, type HeartbeatBatch, type Interval } from '../shared-contract';
import type { Services } from './services';

/** The contract's batch, its intervals pairs (the request's schema says so, and Ajv checked it). */
type Batch = Omit<HeartbeatBatch, 'intervals'> & { intervals: Interval[] };

function invalidProgress(error: FieldError): HttpProblem {
  return new HttpProblem(422, 'invalid-progress', 'The progress report cannot be true', { errors: [error] });
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
    return { status: 200, body: courseView(course, courses.progressOfCourse(member.id, course.id)) };
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
    const batch = body as Batch;
    const rules = lessonRules(course, lesson);

    const error = intervalError(batch.intervals, rules);
    if (error) throw invalidProgress(error);
    const before = courses.progressOfCourse(member.id, course.id);
    if (isLessonLocked(course, lessonIndex, before)) throw problems.forbidden('Complete the lessons before this one first');
    const session = study.session(batch.sessionId);
    const wrongSession = sessionError(session, member.id, lesson.id);
    if (wrongSession) throw invalidProgress(wrongSession);

    const stored = before.get(lesson.id);
    const clock = study.clock(member.id);
    const outcome = creditBatch(rules, creditStateOf(stored), session ?? null, batch, now, clock);
    if (!outcome.duplicate) {
      study.saveSession(batch.sessionId, member.id, lesson.id, outcome.session, now);
      if (outcome.clock && outcome.clock !== clock) study.saveClock(member.id, outcome.clock);
      study.saveProgress({ memberId: member.id, lessonId: lesson.id, courseId: course.id, ...progressAfter(batch.position, rules, stored, outcome, now), updatedAt: now });
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
