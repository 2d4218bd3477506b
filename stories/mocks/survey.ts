import { http, HttpResponse, type HttpHandler } from 'msw';
import type { Draft, Questionnaire, Submission } from '../../src/api/types.js';
import { evaluation, quiz, quizResult, survey } from '../survey/fixtures.js';

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

const notFound = (what: string) =>
  HttpResponse.json({ type: '/problems/not-found', title: `${what} not found`, status: 404 }, { status: 404, headers: { 'Content-Type': 'application/problem+json' } });

export function questionnaireHandlers(): HttpHandler[] {
  return [
    http.get(`${base}/:id`, ({ params }) => {
      const definition = definitions[params['id'] as string];
      return definition ? HttpResponse.json(definition) : notFound('Questionnaire');
    }),
    http.get(`${base}/:id/draft`, ({ params }) => {
      const draft = drafts[params['id'] as string];
      return draft ? HttpResponse.json(draft) : notFound('Draft');
    }),
    http.put(`${base}/:id/draft`, async ({ request }) => {
      const body = (await request.json()) as Omit<Draft, 'updatedAt'>;
      return HttpResponse.json({ ...body, attemptId: body.attemptId ?? null, updatedAt: new Date().toISOString() });
    }),
    http.post(`${base}/:id/attempts`, () =>
      HttpResponse.json({ id: 'att_story', startedAt: minutesAgo(2), deadline: new Date(Date.now() + 8 * 60_000 + 30_000).toISOString() }, { status: 201 }),
    ),
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
