import { http, HttpResponse, type HttpHandler } from 'msw';
import type { Draft, Questionnaire, Submission } from '../../src/api/types.js';
import { evaluation, quiz, quizResult, survey } from '../../fixtures/questionnaires.js';

/**
 * `/questionnaires/…` for the questionnaire stories: each story asks for a questionnaire
 * id whose definition, draft and earlier submissions put the widget in one state.
 */
const base = '/api/v1/questionnaires';
const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000).toISOString();

const rowsOf = (q: Questionnaire) => (q.pages[0]!.questions[0] as { rows: { value: string }[] }).rows;

/** A one-page, one-question survey, quick to submit in a story's play function. */
export const shortSurvey: Questionnaire = {
  ...survey,
  id: 'q-short',
  title: '党员服务满意度调查',
  description: '匿名填写，约 1 分钟。',
  anonymous: true,
  pages: [{ id: 'p1', title: null, questions: [survey.pages[1]!.questions[1]!] }],
};

export const definitions: Record<string, Questionnaire> = {
  [survey.id]: survey,
  [quiz.id]: quiz,
  [evaluation.id]: evaluation,
  [shortSurvey.id]: shortSurvey,
  'q-restored': { ...survey, id: 'q-restored' },
  'q-quiz-running': { ...quiz, id: 'q-quiz-running' },
  'q-quiz-elsewhere': { ...quiz, id: 'q-quiz-elsewhere' },
  'q-quiz-almost-up': { ...quiz, id: 'q-quiz-almost-up' },
  'q-quiz-time-up': { ...quiz, id: 'q-quiz-time-up' },
  'q-eval-full': { ...evaluation, id: 'q-eval-full' },
  'q-not-open': { ...survey, id: 'q-not-open', status: 'not-open', opensAt: '2026-10-01T00:30:00.000Z', mine: { submitted: false, canSubmit: false } },
  'q-closed': { ...survey, id: 'q-closed', status: 'closed', closesAt: '2026-06-30T15:59:00.000Z', mine: { submitted: false, canSubmit: false } },
  'q-submitted': { ...survey, id: 'q-submitted', mine: { submitted: true, canSubmit: false } },
  'q-quiz-done': { ...quiz, id: 'q-quiz-done', mine: { submitted: true, canSubmit: true } },
  'q-not-allowed': { ...survey, id: 'q-not-allowed', mine: { submitted: false, canSubmit: false } },
  'q-voted': { ...evaluation, id: 'q-voted', mine: { submitted: true, canSubmit: false } },
  'q-hostile': {
    ...survey,
    id: 'q-hostile',
    title: '<img src=x onerror=alert(1)>标题里的“标签”只是文字',
    description: '<p>说明可以带<strong>格式</strong>和<a href="https://www.12371.cn/">链接</a>；<a href="javascript:alert(1)">脚本链接</a>和<script>alert(1)</script>会被去掉。</p>',
  },
};

export const drafts: Record<string, Draft> = {
  'q-restored': { answers: { work: 'rural', migrant: true, migrantDifficulty: 'distance', age: 52, topics: ['agriculture'] }, pageIndex: 1, attemptId: null, updatedAt: minutesAgo(3) },
  'q-quiz-running': { answers: { k1: 'a' }, pageIndex: 0, attemptId: 'att_story', updatedAt: minutesAgo(1) },
  'q-quiz-elsewhere': { answers: { k1: 'a', k2: true }, pageIndex: 0, attemptId: 'att_story', updatedAt: minutesAgo(1) },
  'q-quiz-almost-up': { answers: { k1: 'a', k2: true, k3: ['assembly'] }, pageIndex: 0, attemptId: 'att_story', updatedAt: minutesAgo(1) },
  'q-quiz-time-up': { answers: { k1: 'a' }, pageIndex: 0, attemptId: 'att_story', updatedAt: minutesAgo(12) },
  'q-eval-full': {
    answers: { grades: Object.fromEntries(rowsOf(evaluation).map((r, i) => [r.value, i < 2 ? 'excellent' : i < 5 ? 'qualified' : undefined]).filter(([, g]) => g)) },
    pageIndex: 0,
    attemptId: null,
    updatedAt: minutesAgo(5),
  },
};

const earlier: Record<string, Submission[]> = {
  'q-submitted': [{ id: 'sub_s', submittedAt: '2026-08-20T02:15:00.000Z', late: false, result: null }],
  'q-quiz-done': [quizResult],
  'q-voted': [{ id: 'sub_v', submittedAt: '2026-08-21T06:40:00.000Z', late: false, result: null }],
};

/** Timed attempts running when a story loads (started on another device): milliseconds before the deadline. */
const running: Record<string, number> = {
  'q-quiz-running': 8 * 60_000 + 30_000,
  'q-quiz-elsewhere': 8 * 60_000 + 34_000,
  'q-quiz-almost-up': 45_000,
  'q-quiz-time-up': -3 * 60_000,
};

/** The story's running attempt as the server tells it now, or null. */
function attemptOf(id: string) {
  const left = running[id];
  if (left === undefined) return null;
  const now = Date.now();
  return { id: 'att_story', startedAt: new Date(now + left - quiz.timeLimitSeconds! * 1000).toISOString(), deadline: new Date(now + left).toISOString(), serverTime: new Date(now).toISOString() };
}

const notFound = (what: string) =>
  HttpResponse.json({ type: '/problems/not-found', title: `${what} not found`, status: 404 }, { status: 404, headers: { 'Content-Type': 'application/problem+json' } });

export function questionnaireHandlers(): HttpHandler[] {
  return [
    http.get(`${base}/:id`, ({ params }) => {
      const id = params['id'] as string;
      const definition = definitions[id];
      return definition ? HttpResponse.json({ ...definition, mine: { ...definition.mine, attempt: attemptOf(id) } }) : notFound('Questionnaire');
    }),
    // No draft is `null` (a normal state, not a 404).
    http.get(`${base}/:id/draft`, ({ params }) => HttpResponse.json(drafts[params['id'] as string] ?? null)),
    http.put(`${base}/:id/draft`, async ({ request }) => {
      const body = (await request.json()) as Omit<Draft, 'updatedAt'>;
      return HttpResponse.json({ ...body, attemptId: body.attemptId ?? null, updatedAt: new Date().toISOString() });
    }),
    http.post(`${base}/:id/attempts`, ({ params }) => {
      const open = attemptOf(params['id'] as string);
      if (open) return HttpResponse.json(open);
      const now = new Date().toISOString();
      return HttpResponse.json({ id: 'att_story', startedAt: now, deadline: new Date(Date.now() + quiz.timeLimitSeconds! * 1000).toISOString(), serverTime: now }, { status: 201 });
    }),
    http.post(`${base}/:id/responses`, ({ params }) => {
      const isQuiz = definitions[params['id'] as string]?.mode === 'quiz';
      return HttpResponse.json({ ...quizResult, id: 'sub_new', submittedAt: new Date().toISOString(), result: isQuiz ? quizResult.result : null }, { status: 201 });
    }),
    http.get(`${base}/:id/responses/mine`, ({ params }) => HttpResponse.json({ items: earlier[params['id'] as string] ?? [] })),
  ];
}

export const surveyHandlers = questionnaireHandlers();

/** Submissions that never get through: the widget keeps them and says so. */
export const submitOffline = http.post(`${base}/:id/responses`, () => HttpResponse.error());
