import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { exampleCourse as makeExampleCourse } from '../../fixtures/example-course.js';
import { assessmentHandlers } from './assessment.js';
import { courseRequestHandlers } from './course-requests.js';
import { duesHandlers } from './dues.js';
import { educationHandlers } from './education.js';
import { meetingHandlers } from './meetings.js';
import { studyPlanHandlers } from './study-plans.js';
import { resultsHandlers } from './questionnaire-results.js';
import { surveyHandlers } from './survey.js';
import { taskHandlers } from './tasks.js';

/**
 * The REST contract mocked for Storybook with MSW: every story talks to `/api/v1` as a
 * page would, and a story picks a state by replacing a handler (see `states`).
 */
export const api = (path: string) => `/api/v1${path}`;

export const member = {
  id: 'm0001',
  name: '张建国',
  branchId: 'b01',
  branchName: '第一党支部',
  roles: ['member'],
  category: 'in-service',
  migrant: false,
};

/** The course `<pb-example>` shows. */
export const exampleCourse = makeExampleCourse();

export const handlers: HttpHandler[] = [
  // Before the example course below: its unknown course ids fall through to it.
  ...educationHandlers,
  http.get(api('/me'), () => HttpResponse.json(member)),
  http.get(api('/courses/:courseId'), () => HttpResponse.json(exampleCourse)),
  ...assessmentHandlers,
  ...duesHandlers,
  ...studyPlanHandlers,
  ...resultsHandlers,
  ...surveyHandlers,
  ...courseRequestHandlers(),
  ...taskHandlers,
  ...meetingHandlers,
];

/** Handlers that put a GET endpoint into one of the shared states. */
export const states = {
  loading: (path: string) => http.get(api(path), async () => delay('infinite')),
  problem: (path: string, status: number, title: string, detail?: string) =>
    http.get(api(path), () =>
      HttpResponse.json({ type: 'about:blank', title, status, detail }, { status, headers: { 'Content-Type': 'application/problem+json' } }),
    ),
  offline: (path: string) => http.get(api(path), () => HttpResponse.error()),
  json: (path: string, body: unknown) => http.get(api(path), () => HttpResponse.json(body as never)),
};
