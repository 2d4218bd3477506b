import { http, HttpResponse, type HttpHandler } from 'msw';
import { certificate } from '../../fixtures/certificates.js';
import type { Course, CourseSummary, HeartbeatBatch, Lesson, LessonProgress } from '../../src/api/types.js';
import { demoCourse, type DemoCourseId } from '../../fixtures/courses.js';
import { coverageOf, creditBatch, furthestOf, type LessonCreditState, type SessionCreditState } from '../../src/contract/rules/study-credit.js';
import videoUrl from '../../demo/assets/media/lesson-video.mp4?url&no-inline';
import videoAudioUrl from '../../demo/assets/media/lesson-video-audio.m4a?url&no-inline';
import audioUrl from '../../demo/assets/media/lesson-audio.m4a?url&no-inline';
import posterUrl from '../../demo/assets/media/lesson-video-poster.jpg?url&no-inline';
import zhVttUrl from '../../demo/assets/media/lesson-video.zh.vtt?url&no-inline';
import enVttUrl from '../../demo/assets/media/lesson-video.en.vtt?url&no-inline';
import guideUrl from '../../demo/assets/media/dangzhang-study-guide.pdf?url&no-inline';
import duesRulesUrl from '../../demo/assets/media/dues-regulations.pdf?url&no-inline';
import threePagesUrl from '../../src/education/test/media/three-pages.pdf?url&no-inline';
import { lessonLength } from '../../src/contract/rules/lessons.js';
import dangzhangCover from '../../demo/assets/covers/c-dangzhang.svg?url&no-inline';
import dangshiCover from '../../demo/assets/covers/c-dangshi.svg?url&no-inline';
import dangwuCover from '../../demo/assets/covers/c-dangwu.svg?url&no-inline';
import nongyeCover from '../../demo/assets/covers/c-nongye.svg?url&no-inline';
import lianzhengCover from '../../demo/assets/covers/c-lianzheng.svg?url&no-inline';

/**
 * Courses for the education stories, over the demo's real media, and an MSW backend that
 * filters and pages the catalog and credits heartbeat batches with the reference server's
 * own rule, so the player in a story behaves as it does on the demo.
 */
const base = '/api/v1';
const policy = { allowSeek: 'watched' as const, maxPlaybackRate: 1.5, sequential: false, pauseWhenHidden: true, completionCoverage: 0.9, heartbeatSeconds: 15 };
const nothingYet = { percent: 0, creditedSeconds: 0, completed: false };

/** A course of the demo's catalog (fixtures/courses.ts) as the catalog answers it, with this story's progress. */
const summary = (id: DemoCourseId, coverUrl: string | null, extra: Partial<CourseSummary> = {}): CourseSummary => ({
  ...demoCourse(id),
  coverUrl,
  lessonCount: 4,
  durationSeconds: 2400,
  progress: nothingYet,
  ...extra,
});

/** A course only the stories have (the PDF lessons that fail, a broken video), not in the demo's catalog. */
const storyCourse = (id: string, title: string, category: string, required: boolean): CourseSummary => ({
  id,
  title,
  description: '',
  category,
  required,
  coverUrl: null,
  lessonCount: 4,
  durationSeconds: 2400,
  creditHours: 2,
  progress: nothingYet,
});

export const catalogCourses: CourseSummary[] = [
  summary('c-dangzhang', dangzhangCover, { progress: { percent: 45, creditedSeconds: 1260, completed: false } }),
  summary('c-dangshi', dangshiCover, { durationSeconds: 5400, progress: { percent: 100, creditedSeconds: 5400, completed: true } }),
  summary('c-dangwu', dangwuCover, { lessonCount: 3 }),
  summary('c-nongye', nongyeCover, { lessonCount: 3, progress: { percent: 12, creditedSeconds: 300, completed: false } }),
  summary('c-lianzheng', lianzhengCover, { lessonCount: 2 }),
  summary('c-shichang', null, { lessonCount: 3 }),
  summary('c-falv', null, { lessonCount: 2 }),
  summary('c-anquan', null, { lessonCount: 2 }),
];

const media = (src: string, type: string, extra: Partial<NonNullable<Lesson['media']>> = {}): NonNullable<Lesson['media']> => ({
  src,
  type,
  audioOnlySrc: null,
  poster: null,
  captions: [],
  ...extra,
});

const lesson = (id: string, title: string, kind: Lesson['kind'], extra: Partial<Lesson>): Lesson => ({
  id,
  title,
  kind,
  durationSeconds: null,
  minReadingSeconds: null,
  media: null,
  document: null,
  articleHtml: null,
  attachments: [],
  ...extra,
});

export const videoLesson = lesson('l-dangzhang-1', '第一讲 党章总纲导读', 'video', {
  durationSeconds: 24,
  media: media(videoUrl, 'video/mp4', {
    audioOnlySrc: videoAudioUrl,
    poster: posterUrl,
    captions: [
      { src: zhVttUrl, srclang: 'zh-CN', label: '中文', default: true },
      { src: enVttUrl, srclang: 'en', label: 'English', default: false },
    ],
  }),
  attachments: [
    { id: 'att-guide', name: '党章学习辅导材料.pdf', url: guideUrl, type: 'application/pdf', sizeBytes: 158652 },
    { id: 'att-plan', name: '支部学习计划（2026年）.docx', url: guideUrl, type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', sizeBytes: 48_210 },
  ],
});
const audioLesson = lesson('l-dangzhang-2', '第二讲 党章诵读（音频）', 'audio', { durationSeconds: 20, media: media(audioUrl, 'audio/mp4') });
const documentLesson = lesson('l-dangzhang-3', '第三讲 党章学习辅导材料', 'document', {
  durationSeconds: 1200,
  minReadingSeconds: 60,
  document: { src: guideUrl, type: 'application/pdf' },
});
const articleLesson = lesson('l-dangzhang-4', '第四讲 学习党章的几点体会', 'article', {
  durationSeconds: 600,
  minReadingSeconds: 45,
  articleHtml:
    '<h3>学党章 守规矩</h3><p>党章是立党、治党、管党的总章程。学习党章，首先要读原文、悟原理，把握党的性质和宗旨。</p><p>其次要对照党员的八项义务查找差距，在工作和生活中做到自觉践行。</p><ul><li>坚持每周自学不少于一小时</li><li>参加支部集中学习并交流体会</li></ul><p>延伸阅读：<a href="https://www.12371.cn/">共产党员网</a></p>',
  attachments: [{ id: 'att-dues', name: '党费收缴工作规范.pdf', url: duesRulesUrl, type: 'application/pdf', sizeBytes: 130462 }],
});

/** A course over `lessons`; its duration is what they add up to, as the contract says. */
const course = (from: CourseSummary, lessons: Lesson[], extra: Partial<Course> = {}): Course => {
  from.durationSeconds = lessons.reduce((sum, l) => sum + lessonLength(l), 0);
  return { ...from, lessonCount: lessons.length, policy, lessons, ...extra };
};

const pdfLesson = (id: string, title: string, src: string) => lesson(id, title, 'document', { durationSeconds: 600, minReadingSeconds: 60, document: { src, type: 'application/pdf' } });

export const courses: Record<string, Course> = {
  'c-dangzhang': course(catalogCourses[0]!, [videoLesson, audioLesson, documentLesson, articleLesson]),
  'c-dangshi': course(catalogCourses[1]!, [
    lesson('l-dangshi-1', '第一讲 开天辟地：党的创立', 'video', { ...videoLesson, id: 'l-dangshi-1', title: '第一讲 开天辟地：党的创立', attachments: [] }),
    lesson('l-dangshi-2', '第二讲 遵义会议的历史意义', 'article', { ...articleLesson, id: 'l-dangshi-2', title: '第二讲 遵义会议的历史意义', attachments: [] }),
  ], { policy: { ...policy, sequential: true } }),
  'c-dangwu': course(catalogCourses[2]!, [
    lesson('l-dangwu-1', '第一讲 “三会一课”制度', 'article', { ...articleLesson, id: 'l-dangwu-1', title: '第一讲 “三会一课”制度', attachments: [] }),
    lesson('l-dangwu-2', '第二讲 党费收缴工作规范', 'document', { ...documentLesson, id: 'l-dangwu-2', title: '第二讲 党费收缴工作规范', document: { src: duesRulesUrl, type: 'application/pdf' } }),
    lesson('l-dangwu-3', '第三讲 组织生活会流程演示', 'video', { ...videoLesson, id: 'l-dangwu-3', title: '第三讲 组织生活会流程演示', attachments: [] }),
  ], { policy: { ...policy, sequential: true } }),
  'c-pdf': course(storyCourse('c-pdf', '学习资料阅读', '理论学习', true), [
    pdfLesson('l-pdf-1', '第一讲 学习辅导材料（3 页）', threePagesUrl),
    pdfLesson('l-pdf-2', '第二讲 文件已被删除', '/media/missing-guide.pdf'),
    pdfLesson('l-pdf-3', '第三讲 不是 PDF 的文件', dangzhangCover),
  ]),
  'c-broken': course(storyCourse('c-broken', '安全生产与应急知识', '实用技能', false), [
    lesson('l-broken-1', '第一讲 防汛防火应急避险', 'video', { durationSeconds: 24, media: media('/media/missing-lesson.mp4', 'video/mp4') }),
    lesson('l-broken-2', '第二讲 应急广播（旧格式）', 'video', { durationSeconds: 24, media: media('/media/lesson.flv', 'video/x-flv') }),
  ]),
};

/** Progress a story starts from: lesson id → what the member has done. */
export type Started = Record<string, { watched?: Array<[number, number]>; credited: number; completed: boolean; position?: number }>;

export const startedProgress: Started = {
  'l-dangzhang-1': { watched: [[0, 12]], credited: 12, completed: false, position: 12 },
  'l-dangshi-1': { watched: [[0, 24]], credited: 24, completed: true, position: 24 },
  'l-dangshi-2': { credited: 60, completed: true },
  'l-dangwu-1': { credited: 45, completed: true },
};

/** Everything done: the completed-course story. */
export const allDone = (c: Course): Started =>
  Object.fromEntries(c.lessons.map((l) => [l.id, { watched: l.durationSeconds ? [[0, l.durationSeconds] as [number, number]] : [], credited: l.minReadingSeconds ?? l.durationSeconds ?? 0, completed: true }]));

/** An in-memory study backend for stories: progress per lesson, sessions, credit by the server's rule. */
export function studyMock(start: Started = startedProgress): HttpHandler[] {
  const state = new Map<string, LessonCreditState & { position: number; updatedAt: string }>();
  for (const [id, p] of Object.entries(start)) state.set(id, { watched: p.watched ?? [], creditedSeconds: p.credited, completed: p.completed, position: p.position ?? 0, updatedAt: '2026-03-01T08:00:00Z' });
  const sessions = new Map<string, SessionCreditState>();
  const rules = (c: Course, l: Lesson) => ({ kind: l.kind, durationSeconds: l.durationSeconds, minReadingSeconds: l.minReadingSeconds, completionCoverage: c.policy.completionCoverage, heartbeatSeconds: c.policy.heartbeatSeconds, maxPlaybackRate: c.policy.maxPlaybackRate });
  const view = (c: Course, l: Lesson): LessonProgress => {
    const s = state.get(l.id);
    if (!s) return { lessonId: l.id, positionSeconds: 0, furthestSeconds: 0, coverage: 0, creditedSeconds: 0, completed: false, updatedAt: null };
    return { lessonId: l.id, positionSeconds: s.position, furthestSeconds: furthestOf(s.watched), coverage: Math.round(coverageOf(rules(c, l), s) * 1000) / 1000, creditedSeconds: s.creditedSeconds, completed: s.completed, updatedAt: s.updatedAt };
  };
  const totals = (c: Course) => {
    const views = c.lessons.map((l) => view(c, l));
    return {
      percent: Math.floor((views.reduce((sum, v) => sum + (v.completed ? 1 : v.coverage), 0) / Math.max(1, views.length)) * 100),
      creditedSeconds: views.reduce((sum, v) => sum + (v.creditedSeconds ?? 0), 0),
      completed: views.length > 0 && views.every((v) => v.completed),
    };
  };
  return [
    http.get(`${base}/courses/:courseId`, ({ params }) => {
      const c = courses[params['courseId'] as string];
      // Courses this mock does not know fall through to the other stories' handlers.
      return c ? HttpResponse.json({ ...c, progress: totals(c) }) : undefined;
    }),
    http.get(`${base}/courses/:courseId/progress`, ({ params }) => {
      const c = courses[params['courseId'] as string];
      return c ? HttpResponse.json({ courseId: c.id, ...totals(c), lessons: c.lessons.map((l) => view(c, l)) }) : undefined;
    }),
    // The certificate of a completed course; before completion, the contract's 409.
    http.get(`${base}/courses/:courseId/certificate`, ({ params }) => {
      const c = courses[params['courseId'] as string];
      if (!c) return undefined;
      if (!totals(c).completed) return HttpResponse.json({ type: '/problems/certificate-not-earned', title: 'The certificate is not earned yet', status: 409 }, { status: 409 });
      return HttpResponse.json(certificate({ courseId: c.id, title: c.title, hours: c.creditHours }));
    }),
    http.post(`${base}/courses/:courseId/lessons/:lessonId/progress`, async ({ params, request }) => {
      const c = courses[params['courseId'] as string];
      const l = c?.lessons.find((x) => x.id === params['lessonId']);
      if (!c || !l) return HttpResponse.json({ type: 'about:blank', title: 'Not Found', status: 404 }, { status: 404 });
      const batch = (await request.json()) as HeartbeatBatch;
      const before = state.get(l.id) ?? { watched: [], creditedSeconds: 0, completed: false, position: 0, updatedAt: '' };
      const outcome = creditBatch(rules(c, l), before, sessions.get(batch.sessionId) ?? null, { ...batch, intervals: batch.intervals as Array<[number, number]> }, Date.now());
      if (!outcome.duplicate) {
        sessions.set(batch.sessionId, outcome.session);
        state.set(l.id, { ...outcome.lesson, position: batch.position, updatedAt: new Date().toISOString() });
      }
      return HttpResponse.json({ lesson: view(c, l), course: totals(c), creditedNow: outcome.creditedNow });
    }),
  ];
}

/** `GET /courses` over the catalog: required, category and text filters, pages by cursor. */
export function catalogHandler(items: CourseSummary[] = catalogCourses): HttpHandler {
  return http.get(`${base}/courses`, ({ request }) => {
    const query = new URL(request.url).searchParams;
    const required = query.get('required');
    const category = query.get('category');
    const q = query.get('q')?.toLowerCase();
    const limit = Number(query.get('limit') ?? 20);
    const offset = Number(query.get('cursor') ?? 0);
    const matching = items.filter(
      (c) =>
        (required === null || String(c.required) === required) &&
        (!category || c.category === category) &&
        (!q || c.title.toLowerCase().includes(q) || c.description.toLowerCase().includes(q)),
    );
    return HttpResponse.json({
      items: matching.slice(offset, offset + limit),
      nextCursor: offset + limit < matching.length ? String(offset + limit) : null,
      total: matching.length,
      categories: [...new Set(items.map((c) => c.category))],
    });
  });
}

export const educationHandlers: HttpHandler[] = [catalogHandler(), ...studyMock()];
