/**
 * The percent progress model (`progress: { model: "percent" }`), for backends that keep a
 * percentage and a position per lesson instead of crediting played intervals. The library
 * works out the percentage itself (media: the union of what was played ÷ the duration;
 * reading: active seconds ÷ the minimum reading time), never lets it go down, and reports
 * it as a level, not an increment, so a batch sent twice (a retry, a replay after a reload)
 * changes nothing. Receipts and resume positions come from the same numbers.
 */
import type { Backend, ReadOptions, WriteOptions } from '../backend.js';
import { request } from '../client.js';
import { ProblemError } from '../errors.js';
import { defaultEndpoint, parseEndpoint, type Endpoint } from '../operations.js';
import type { Course, CourseProgress, HeartbeatBatch, Lesson, LessonProgress, ProgressReceipt } from '../types.js';
import { mergeIntervals, measure, type Interval } from '../../contract/rules/intervals.js';
import { convert, fillTemplate, readPath } from './field-map.js';
import type { FieldSource, SourcePath } from './site-types.js';
import type { Site } from './site.js';
import type { Settings } from '../../config/settings.js';

interface Level {
  /** Coverage 0–1 the backend has (or has been sent). */
  stored: number;
  watched: Interval[];
  active: number;
  position: number;
  updatedAt: string | null;
  /** Batches already counted, `sessionId:seq`: a resent batch adds nothing. */
  seen: Set<string>;
}

const isMedia = (lesson: Lesson) => lesson.kind === 'video' || lesson.kind === 'audio';
const round3 = (n: number) => Math.round(n * 1000) / 1000;

function coverageOf(lesson: Lesson, level: Level): number {
  const measured = isMedia(lesson)
    ? lesson.durationSeconds
      ? measure(level.watched) / lesson.durationSeconds
      : 0
    : level.active / (lesson.minReadingSeconds || lesson.durationSeconds || 1);
  return Math.min(1, Math.max(level.stored, measured));
}

function lessonView(course: Course, lesson: Lesson, level: Level): LessonProgress {
  const coverage = round3(coverageOf(lesson, level));
  return {
    lessonId: lesson.id,
    positionSeconds: level.position,
    furthestSeconds: round3(Math.max(level.watched.at(-1)?.[1] ?? 0, coverage * (lesson.durationSeconds ?? 0))),
    coverage,
    creditedSeconds: null,
    completed: coverage + 1e-6 >= (isMedia(lesson) ? course.policy.completionCoverage : 1),
    updatedAt: level.updatedAt,
  };
}

/** The course's summary as the contract computes it: completed lessons count whole. */
function summaryOf(lessons: LessonProgress[]): ProgressReceipt['course'] {
  const sum = lessons.reduce((total, l) => total + (l.completed ? 1 : l.coverage), 0);
  return { percent: lessons.length ? Math.min(100, Math.floor((sum / lessons.length) * 100)) : 0, creditedSeconds: null, completed: lessons.length > 0 && lessons.every((l) => l.completed) };
}

export function percentProgress(site: Site): Pick<Backend, 'reportProgress' | 'getCourseProgress'> {
  const config = (site.settings.site as Settings | undefined)?.progress ?? {};
  const scale = config.scale ?? 100;
  const levels = new Map<string, Level>();
  const endpoint = (template: string | undefined, method: 'GET' | 'POST' | 'PUT') => (template ? (parseEndpoint(template, method) as Endpoint) : undefined);
  const [read, create, update] = [endpoint(config.read, 'GET'), endpoint(config.create, 'POST'), endpoint(config.update, 'PUT')];

  // The course as the player read it, or read now through the site's (or the page's) getCourse.
  const courseOf = (id: string, options?: ReadOptions) => site.courses.get(id) ?? site.backend.getCourse(id, options);
  const levelOf = (lessonId: string) => {
    let level = levels.get(lessonId);
    if (!level) levels.set(lessonId, (level = { stored: 0, watched: [], active: 0, position: 0, updatedAt: null, seen: new Set() }));
    return level;
  };

  /** The backend's record of one lesson through `progress.read`, or null when it has none. */
  const readRecord = async (courseId: string, lessonId: string, options?: ReadOptions): Promise<Record<string, unknown> | null> => {
    try {
      const params = { courseId, lessonId };
      const found = await request(site.settings, { operation: 'reportProgress', endpoint: read, params, signal: options?.signal });
      const record = Array.isArray(found) ? found[0] : (found as { items?: unknown[] } | null)?.items?.[0] ?? found;
      return record && typeof record === 'object' ? (record as Record<string, unknown>) : null;
    } catch (error) {
      if (error instanceof ProblemError && error.status === 404) return null;
      throw error;
    }
  };
  /** The template's `{record.x}` placeholders, filled from the record read. */
  const recordParams = (params: Record<string, string>, record: Record<string, unknown> | null, endpoint?: Endpoint) => {
    const out: Record<string, string | number | boolean | null | undefined> = { ...params };
    for (const name of endpoint?.placeholders ?? []) if (name.startsWith('record.')) out[name] = readPath(name.slice(7), record, { body: record, params: {}, now: 0 }) as string;
    return out;
  };
  const remember = (lessonId: string, record: Record<string, unknown>) => {
    const level = levelOf(lessonId);
    const number = (source: SourcePath | FieldSource) => {
      const rule = typeof source === 'string' ? { from: source } : source;
      return Number(convert(readPath([rule.from ?? ''].flat()[0]!, record, { body: record, params: {}, now: 0 }), rule));
    };
    const percent = number(config.percentFrom ?? 'percent');
    const position = number(config.positionFrom ?? 'position');
    if (Number.isFinite(percent)) level.stored = Math.max(level.stored, Math.min(1, percent / scale));
    if (Number.isFinite(position)) level.position = position;
  };

  return {
    async getCourseProgress(courseId, options) {
      const course = await courseOf(courseId, options);
      if (!site.settings.notOffered.has('getCourseProgress')) {
        const answer: CourseProgress = await site.rest.getCourseProgress(courseId, options);
        for (const lesson of answer.lessons) {
          const level = levelOf(lesson.lessonId);
          level.stored = Math.max(level.stored, lesson.coverage);
          level.position = lesson.positionSeconds;
          level.updatedAt = lesson.updatedAt;
        }
      } else if (read) {
        const records = await Promise.all(course.lessons.map((lesson) => readRecord(courseId, lesson.id, options)));
        records.forEach((record, i) => record && remember(course.lessons[i]!.id, record));
      }
      const lessons = course.lessons.map((lesson) => lessonView(course, lesson, levelOf(lesson.id)));
      return { courseId, ...summaryOf(lessons), lessons };
    },

    async reportProgress(courseId: string, lessonId: string, batch: HeartbeatBatch, options: WriteOptions): Promise<ProgressReceipt> {
      const course = await courseOf(courseId, options);
      const lesson = course.lessons.find((l) => l.id === lessonId);
      if (!lesson) throw new ProblemError({ status: 404, title: 'Not Found', detail: `lesson ${lessonId} is not in course ${courseId}` });
      const level = levelOf(lessonId);
      if (!level.seen.has(`${batch.sessionId}:${batch.seq}`)) {
        level.seen.add(`${batch.sessionId}:${batch.seq}`);
        level.watched = mergeIntervals([...level.watched, ...(batch.intervals as Interval[])]);
        level.active += batch.activeSeconds;
      }
      level.position = batch.position;
      const coverage = coverageOf(lesson, level);
      const scope = { courseId, lessonId, percent: scale === 100 ? Math.floor(coverage * 100) : Math.round(coverage * 1000) / 1000, position: batch.position, ended: batch.ended };
      const template = site.settings.site?.maps?.reportProgress?.body ?? { courseId: '{courseId}', lessonId: '{lessonId}', percent: '{percent}', position: '{position}' };
      const write = { signal: options.signal, idempotencyKey: options.idempotencyKey, keepalive: options.keepalive };
      if (read && create && update) {
        const record = await readRecord(courseId, lessonId, options);
        const body = fillTemplate(template, { ...site.scope(scope), record: record ?? {} });
        await request(site.settings, { operation: 'reportProgress', endpoint: record ? update : create, params: recordParams({ courseId, lessonId }, record, record ? update : create), body, ...write });
      } else {
        await request(site.settings, { operation: 'reportProgress', params: { courseId, lessonId }, body: fillTemplate(template, site.scope(scope)), ...write, endpoint: site.settings.endpoints.reportProgress ?? defaultEndpoint('reportProgress') });
      }
      level.stored = coverage;
      level.updatedAt = new Date().toISOString();
      const lessons = course.lessons.map((l) => lessonView(course, l, levelOf(l.id)));
      return { lesson: lessons.find((l) => l.lessonId === lessonId)!, course: summaryOf(lessons), creditedNow: 0 };
    },
  };
}
