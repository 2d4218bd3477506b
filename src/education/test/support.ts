/**
 * Education test support: a course over the real demo media, and a page backend that
 * credits heartbeat batches with the reference server's own rule (src/contract/rules/study-credit.ts), so
 * element tests see the receipts a real server would send.
 */
import { NetworkError, ProblemError } from '../../api/errors.js';
import type { Backend } from '../../api/backend.js';
import type { Course, CoursePolicy, HeartbeatBatch, Lesson, LessonProgress } from '../../api/types.js';
import { creditBatch, furthestOf, coverageOf, type LessonCreditState, type SessionCreditState } from '../../contract/rules/study-credit.js';

export const MEDIA = '/demo/assets/media';
export const VIDEO_SECONDS = 24;

export const videoLesson = (id = 'l-video', extra: Partial<Lesson> = {}): Lesson => ({
  id,
  title: '第一讲 党章总纲导读',
  kind: 'video',
  durationSeconds: VIDEO_SECONDS,
  minReadingSeconds: null,
  media: {
    src: `${MEDIA}/lesson-video.mp4`,
    type: 'video/mp4',
    audioOnlySrc: `${MEDIA}/lesson-video-audio.m4a`,
    poster: `${MEDIA}/lesson-video-poster.jpg`,
    captions: [
      { src: `${MEDIA}/lesson-video.zh.vtt`, srclang: 'zh-CN', label: '中文', default: true },
      { src: `${MEDIA}/lesson-video.en.vtt`, srclang: 'en', label: 'English', default: false },
    ],
  },
  document: null,
  articleHtml: null,
  attachments: [{ id: 'a1', name: '党章学习辅导材料.pdf', url: `${MEDIA}/dangzhang-study-guide.pdf`, type: 'application/pdf', sizeBytes: 158652 }],
  ...extra,
});

export const documentLesson = (id = 'l-doc', extra: Partial<Lesson> = {}): Lesson => ({
  id,
  title: '第三讲 党章学习辅导材料',
  kind: 'document',
  durationSeconds: 1200,
  minReadingSeconds: 60,
  media: null,
  document: { src: `${MEDIA}/dangzhang-study-guide.pdf`, type: 'application/pdf' },
  articleHtml: null,
  attachments: [],
  ...extra,
});

export const articleLesson = (id = 'l-article', html = '<h3>学党章 守规矩</h3><p>党章是立党、治党、管党的总章程。</p>', extra: Partial<Lesson> = {}): Lesson => ({
  id,
  title: '第四讲 学习党章的几点体会',
  kind: 'article',
  durationSeconds: 600,
  minReadingSeconds: 45,
  media: null,
  document: null,
  articleHtml: html,
  attachments: [],
  ...extra,
});

export const policy = (extra: Partial<CoursePolicy> = {}): CoursePolicy => ({
  allowSeek: 'watched',
  maxPlaybackRate: 1.5,
  sequential: false,
  pauseWhenHidden: false,
  completionCoverage: 0.9,
  heartbeatSeconds: 15,
  ...extra,
});

/** A course; each gets its own id, so records one test leaves on this device do not reach another. */
export function course(lessons: Lesson[], extra: Partial<Course> = {}): Course {
  return {
    id: `c-${Math.random().toString(36).slice(2, 10)}`,
    title: '党章学习',
    description: '原原本本学党章。',
    category: '理论学习',
    required: true,
    coverUrl: null,
    lessonCount: lessons.length,
    durationSeconds: lessons.reduce((sum, l) => sum + (l.durationSeconds ?? 0), 0),
    creditHours: 2,
    progress: { percent: 0, creditedSeconds: 0, completed: false },
    policy: policy(),
    lessons,
    ...extra,
  };
}

export interface SentBatch {
  lessonId: string;
  batch: HeartbeatBatch;
  key: string;
  keepalive: boolean;
  at: number;
  bytes: number;
  offline: boolean;
}

/**
 * A backend for one member (a fresh id per call, so each test has its own outbox) that
 * credits like the reference server. `offline` makes writes fail as with no network.
 */
export function studyBackend(c: Course, start: Partial<Record<string, Partial<LessonProgress> & { watched?: Array<[number, number]> }>> = {}) {
  const memberId = `m-${Math.random().toString(36).slice(2)}`;
  const state = new Map<string, LessonCreditState & { position: number; updatedAt: string | null }>();
  for (const [id, p] of Object.entries(start)) {
    state.set(id, {
      watched: p!.watched ?? (p!.furthestSeconds ? [[0, p!.furthestSeconds]] : []),
      creditedSeconds: p!.creditedSeconds ?? 0,
      completed: p!.completed ?? false,
      position: p!.positionSeconds ?? 0,
      updatedAt: p!.updatedAt ?? new Date(Date.now() - 86_400_000).toISOString(),
    });
  }
  const sessions = new Map<string, SessionCreditState>();
  const keys = new Map<string, unknown>();
  const sent: SentBatch[] = [];
  const control = { offline: false, refuse: undefined as ProblemError | undefined };

  const rulesOf = (lesson: Lesson) => ({
    kind: lesson.kind,
    durationSeconds: lesson.durationSeconds,
    minReadingSeconds: lesson.minReadingSeconds,
    completionCoverage: c.policy.completionCoverage,
    heartbeatSeconds: c.policy.heartbeatSeconds,
    maxPlaybackRate: c.policy.maxPlaybackRate,
  });
  const lessonView = (lesson: Lesson): LessonProgress => {
    const s = state.get(lesson.id);
    if (!s) return { lessonId: lesson.id, positionSeconds: 0, furthestSeconds: 0, coverage: 0, creditedSeconds: 0, completed: false, updatedAt: null };
    return {
      lessonId: lesson.id,
      positionSeconds: s.position,
      furthestSeconds: furthestOf(s.watched),
      coverage: Math.round(coverageOf(rulesOf(lesson), s) * 1000) / 1000,
      creditedSeconds: s.creditedSeconds,
      completed: s.completed,
      updatedAt: s.updatedAt,
    };
  };
  const summary = () => {
    const views = c.lessons.map(lessonView);
    const percent = Math.floor((views.reduce((sum, v) => sum + (v.completed ? 1 : v.coverage), 0) / Math.max(1, views.length)) * 100);
    return { percent, creditedSeconds: views.reduce((sum, v) => sum + (v.creditedSeconds ?? 0), 0), completed: views.length > 0 && views.every((v) => v.completed) };
  };

  const backend: Partial<Backend> = {
    me: async () => ({ id: memberId, name: '张建国', branchId: 'b01', branchName: '第一党支部', roles: ['member'], category: 'in-service', migrant: false }),
    getCourse: async () => ({ ...structuredClone(c), progress: summary() }),
    getCourseProgress: async () => ({ courseId: c.id, ...summary(), lessons: c.lessons.map(lessonView) }),
    reportProgress: async (_courseId, lessonId, batch, options) => {
      const body = JSON.stringify(batch);
      sent.push({ lessonId, batch: structuredClone(batch), key: options.idempotencyKey, keepalive: !!options.keepalive, at: performance.now(), bytes: new TextEncoder().encode(body).length, offline: control.offline });
      if (control.offline) throw new NetworkError(`POST /courses/${c.id}/lessons/${lessonId}/progress`);
      if (control.refuse) throw control.refuse;
      const replay = keys.get(options.idempotencyKey);
      if (replay) return structuredClone(replay) as never;
      const lesson = c.lessons.find((l) => l.id === lessonId)!;
      const before = state.get(lessonId) ?? { watched: [], creditedSeconds: 0, completed: false, position: 0, updatedAt: null };
      const outcome = creditBatch(rulesOf(lesson), before, sessions.get(batch.sessionId) ?? null, { ...batch, intervals: batch.intervals as Array<[number, number]> }, Date.now());
      if (!outcome.duplicate) {
        sessions.set(batch.sessionId, outcome.session);
        state.set(lessonId, { ...outcome.lesson, position: batch.position, updatedAt: new Date().toISOString() });
      }
      const receipt = { lesson: lessonView(lesson), course: summary(), creditedNow: outcome.creditedNow };
      keys.set(options.idempotencyKey, receipt);
      return receipt;
    },
  };
  return { backend, courseId: c.id, course: c, sent, control, memberId, credited: (lessonId: string) => state.get(lessonId)?.creditedSeconds ?? 0, watched: (lessonId: string) => state.get(lessonId)?.watched ?? [] };
}
