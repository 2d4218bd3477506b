/**
 * WCAG 2.1 AA for every widget in every state, and a keyboard-only path through each
 * widget's main task. Each state is mounted with a page backend (the per-widget test
 * support where there is one) and checked with axe-core limited to the wcag2a, wcag2aa,
 * wcag21a and wcag21aa rules; data states also in the dark and large-text themes.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
import type { TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/all.js';
import type { Backend } from '../../src/api/backend.js';
import { NetworkError, ProblemError } from '../../src/api/errors.js';
import type { CourseSummary, Member, Payment, Questionnaire } from '../../src/api/types.js';
import { branchSummary, duesYear, payment, summary } from '../../fixtures/dues.js';
import { makeSeries, rankingBackend } from '../../fixtures/rankings.js';
import { evaluation, quiz, quizResult, survey } from '../../fixtures/questionnaires.js';
import { branchAssignments, branchSummary as studyBranch, memberlessSummary, memberPlan, unplannedSummary, veteranPlan } from '../../fixtures/study-plans.js';
import { articleLesson, course, documentLesson, studyBackend, videoLesson } from '../../src/education/test/support.js';
import { dayFrom, fakeRequests } from '../../fixtures/course-requests.js';
import { taskList } from '../../fixtures/tasks.js';
import { branchMeetings, checkInCode, meetingAttendance, memberMeetings, memberRecord } from '../../fixtures/meetings.js';
import { evaluationResults, learningNeedsResults, quizResults, textPage, unansweredResults, withheldResults } from '../../fixtures/questionnaire-results.js';
import { choose, fakeBackend, next, type as typeAnswer } from '../../src/survey/pb-questionnaire/test/support.js';
import { deepActive, focusBefore, never, tabTo, wcagViolations } from '../support/a11y.js';

window.addEventListener('error', (event) => String(event.message).includes('ResizeObserver loop') && event.stopImmediatePropagation(), true);

type Theme = 'light' | 'dark' | 'large-text';

interface State {
  name: string;
  backend: () => Partial<Backend>;
  element: TemplateResult;
  /** A selector in the widget's shadow root that shows the state is on screen. */
  ready: string;
  /** What the member did to get there, after `ready`. */
  act?: (element: HTMLElement) => Promise<void>;
  /** A selector that shows the state reached after `act`. */
  then?: string;
  /** Also check the dark and large-text themes. */
  themes?: boolean;
}

const PAGE: Record<Theme, string> = { light: '#ffffff', dark: '#121113', 'large-text': '#ffffff' };
const $ = <T extends Element = HTMLElement>(element: Element, selector: string) => element.shadowRoot!.querySelector<T>(selector);
const until = (element: Element, selector: string, timeout = 15_000) => waitUntil(() => $(element, selector), `${element.localName} never showed ${selector}`, { timeout, interval: 50 });

let mounts = 0;
async function mount(state: Pick<State, 'backend' | 'element' | 'ready'>, theme: Theme = 'light', backend = state.backend()): Promise<HTMLElement> {
  // Its own api-base per mount: what one state stored (a payment started, a draft, a queued
  // write) is kept per api-base and member, and must not leak into the next state.
  const apiBase = `/a11y/${++mounts}`;
  const page = await fixture<HTMLElement>(html`<div><pb-config api-base=${apiBase} .backend=${backend} .retry=${{ retries: 0 }} theme=${theme}>${state.element}</pb-config></div>`);
  // A page that chooses the dark theme is dark itself (as Storybook's dark background): the
  // whole document, since axe reads the page behind rows scrolled out of a widget's box.
  page.style.background = document.body.style.background = document.documentElement.style.background = PAGE[theme];
  const element = page.querySelector('pb-config')!.firstElementChild as HTMLElement;
  await until(element, state.ready);
  return element;
}

const fail = (status: number) => async () => {
  throw new ProblemError({ status, title: status === 403 ? 'Forbidden' : 'Service Unavailable', detail: 'scripted by the test' });
};
const offline = async () => {
  throw new NetworkError('GET (scripted offline)');
};
const member = (): Member => ({ id: `m-${Math.random().toString(36).slice(2)}`, name: '李明', branchId: 'b01', branchName: '第一党支部', roles: ['member'], category: 'in-service', migrant: false });

/* ---------- the states ---------- */

const courseSummary = (id: string, title: string, required: boolean, percent: number): CourseSummary => ({
  id,
  title,
  description: `${title}：课程简介。`,
  category: required ? '理论学习' : '实用技能',
  required,
  coverUrl: null,
  lessonCount: 3,
  durationSeconds: 1800,
  creditHours: 2,
  progress: { percent, creditedSeconds: percent * 18, completed: percent === 100 },
});
const courses = [courseSummary('c1', '党章学习', true, 45), courseSummary('c2', '党史专题', true, 100), courseSummary('c3', '现代农业实用技术', false, 0)];
const catalogPage = (items: CourseSummary[], nextCursor: string | null = null) => ({ items, nextCursor, total: items.length + (nextCursor ? 10 : 0), categories: ['理论学习', '实用技能'] });

const catalog: State[] = [
  { name: 'loading', backend: () => ({ listCourses: never }), element: html`<pb-course-catalog></pb-course-catalog>`, ready: '[part~="loading"]' },
  { name: 'error', backend: () => ({ listCourses: fail(503) }), element: html`<pb-course-catalog></pb-course-catalog>`, ready: '[part~="error"]' },
  { name: 'empty', backend: () => ({ listCourses: async () => catalogPage([]) }), element: html`<pb-course-catalog></pb-course-catalog>`, ready: '[part~="empty"]' },
  { name: 'data, more to load', backend: () => ({ listCourses: async () => catalogPage(courses, '3') }), element: html`<pb-course-catalog></pb-course-catalog>`, ready: '[part~="more"]', themes: true },
  { name: 'data as links', backend: () => ({ listCourses: async () => catalogPage(courses) }), element: html`<pb-course-catalog href-template="/study.html?course={id}"></pb-course-catalog>`, ready: '[part~="course"] a' },
  { name: '为你安排, loading', backend: () => ({ listCourses: async () => catalogPage(courses), getMyStudyPlan: never }), element: html`<pb-course-catalog></pb-course-catalog>`, ready: '.plan-loading' },
  { name: '为你安排, error', backend: () => ({ listCourses: async () => catalogPage(courses), getMyStudyPlan: fail(503) }), element: html`<pb-course-catalog></pb-course-catalog>`, ready: '.plan-error [part~="retry"]' },
  { name: '为你安排, one course in each status', backend: () => ({ listCourses: async () => catalogPage(courses), getMyStudyPlan: async () => memberPlan() }), element: html`<pb-course-catalog href-template="/study.html?course={id}"></pb-course-catalog>`, ready: '[part~="plan-course"] a', themes: true },
  { name: '为你安排, a veteran member (hint, larger text on)', backend: () => ({ listCourses: async () => catalogPage(courses), getMyStudyPlan: async () => veteranPlan() }), element: html`<pb-course-catalog></pb-course-catalog>`, ready: '[part~="plan-tip"]', act: async (element) => $(element, '[part~="plan-tip"] button')?.click(), then: '[part~="plan-tip"]:not(:has(button[aria-pressed="false"]))', themes: true },
];

const video = videoLesson('l-video');
const studyCourse = course([video, documentLesson('l-doc'), articleLesson('l-article')]);
const study = () => studyBackend(studyCourse, { 'l-video': { furthestSeconds: 6, creditedSeconds: 6, positionSeconds: 6 } }).backend;
const player = (lesson: string) => html`<pb-course-player course-id=${studyCourse.id} lesson-id=${lesson}></pb-course-player>`;
const broken = course([videoLesson('l-bad', { media: { ...video.media!, src: '/no/such/lesson.mp4', audioOnlySrc: null } })]);
const locked = course([videoLesson('l1'), videoLesson('l2')], { policy: { ...studyCourse.policy, sequential: true } });

const coursePlayer: State[] = [
  { name: 'loading', backend: () => ({ getCourse: never, getCourseProgress: never }), element: player('l-video'), ready: '[part~="loading"]' },
  { name: 'error', backend: () => ({ getCourse: fail(503), getCourseProgress: fail(503) }), element: player('l-video'), ready: '[part~="error"]' },
  { name: 'video lesson', backend: study, element: player('l-video'), ready: '.stage video', themes: true },
  { name: 'document lesson, loading', backend: study, element: player('l-doc'), ready: '.stage [part~="document"] .pdf-frame' },
  { name: 'document lesson, its page drawn', backend: study, element: player('l-doc'), ready: '.pdf-frame[aria-busy="false"] .pdf-page:not([hidden])', themes: true },
  { name: 'article lesson', backend: study, element: player('l-article'), ready: '[part~="article"][aria-busy="false"]' },
  { name: 'sequential course, later lesson locked', backend: () => studyBackend(locked).backend, element: html`<pb-course-player course-id=${locked.id}></pb-course-player>`, ready: '.stage video' },
  {
    name: 'saving a lesson on the device: what it saves and its size, first',
    backend: study,
    element: player('l-video'),
    ready: '[part~="save"]',
    act: async (element) => $(element, '[part~="save"]')!.click(),
    then: '[part~="offline"] .primary',
  },
  {
    name: 'a lesson saved on the device',
    backend: study,
    element: player('l-video'),
    ready: '[part~="save"]',
    act: async (element) => {
      $(element, '[part~="save"]')!.click();
      await until(element, '[part~="offline"] .primary');
      $(element, '[part~="offline"] .primary')!.click();
    },
    then: '[part~="offline"].saved',
    themes: true,
  },
  {
    name: 'media that cannot play',
    backend: () => studyBackend(broken).backend,
    element: html`<pb-course-player course-id=${broken.id} lesson-id="l-bad"></pb-course-player>`,
    ready: '.stage video',
    act: async (element) => {
      $(element, '[part~="play"]')!.focus();
      await sendKeys({ press: 'Enter' });
    },
    then: '.media .problem',
  },
];

const q = (definition: Questionnaire, extra: Partial<Questionnaire> = {}): Questionnaire => ({ ...definition, ...extra, id: `${definition.id}-${Math.random().toString(36).slice(2, 8)}` });
const questionnaireState = (name: string, definition: Questionnaire, ready: string, options: Parameters<typeof fakeBackend>[1] & { act?: State['act']; then?: string; themes?: boolean; submissions?: boolean } = {}): State => ({
  name,
  backend: () => {
    const fake = fakeBackend(definition, options);
    if (options.submissions) fake.backend.getMyResponses = async () => ({ items: [quizResult] });
    return fake.backend;
  },
  element: html`<pb-questionnaire questionnaire-id=${definition.id} autosave-delay="50"></pb-questionnaire>`,
  ready,
  ...(options.act ? { act: options.act } : {}),
  ...(options.then ? { then: options.then } : {}),
  ...(options.themes ? { themes: true } : {}),
});

const surveyOffline = q(survey);
const questionnaireStates: State[] = [
  { name: 'loading', backend: () => ({ me: async () => member(), getQuestionnaire: never }), element: html`<pb-questionnaire questionnaire-id="q1"></pb-questionnaire>`, ready: '[part~="loading"]' },
  { name: 'error', backend: () => ({ me: async () => member(), getQuestionnaire: fail(503) }), element: html`<pb-questionnaire questionnaire-id="q1"></pb-questionnaire>`, ready: '[part~="error"]' },
  questionnaireState('empty (no questions)', q(survey, { pages: [] }), '[part~="empty"]'),
  questionnaireState('survey, first page', q(survey), 'form', { themes: true }),
  questionnaireState('survey, second page (rating, ranking, matrix)', q(survey), 'form', {
    act: async (element) => {
      await choose(element as never, 'work', '农村');
      await choose(element as never, 'migrant', '否');
      await typeAnswer(element as never, 'age', '45');
      await next(element as never);
    },
    then: '[data-question="frequency"]',
  }),
  questionnaireState('validation messages', q(survey), 'form', { act: async (element) => next(element as never), then: '[part~="message"]' }),
  questionnaireState('survey submitted', q(survey, { mine: { submitted: true, canSubmit: false } }), '[part~="status"]'),
  questionnaireState('not open yet', q(survey, { status: 'not-open', opensAt: '2027-10-01T00:30:00.000Z', mine: { submitted: false, canSubmit: false } }), '[part~="status"]'),
  questionnaireState('closed', q(survey, { status: 'closed', closesAt: '2026-06-30T15:59:00.000Z', mine: { submitted: false, canSubmit: false } }), '[part~="status"]'),
  questionnaireState('quiz, before the start', q(quiz), '[part~="intro"]'),
  questionnaireState('quiz, running with a timer', q(quiz), '[part~="intro"]', { act: async (element) => $(element, '[part~="start"]')!.click(), then: '[part~="timer"]' }),
  questionnaireState('quiz started on another device: time left and Continue', q(quiz), '[part~="resume"]', { running: { leftMs: 514_000 }, themes: true }),
  questionnaireState('quiz started elsewhere, under a minute left', q(quiz), '[part~="resume"][data-state="critical"]', { running: { leftMs: 45_000 } }),
  questionnaireState('quiz started elsewhere, time is up', q(quiz), '[part~="resume"][data-state="expired"]', { running: { leftMs: -120_000 }, themes: true }),
  questionnaireState('quiz result', q(quiz, { mine: { submitted: true, canSubmit: true } }), '[part~="result"]', { submissions: true }),
  questionnaireState('democratic evaluation grid', q(evaluation), 'form', { themes: true }),
  {
    name: 'submission queued offline',
    backend: () => {
      const fake = fakeBackend(surveyOffline);
      // Reads work; the submission finds no network.
      fake.backend.submitResponse = offline;
      return fake.backend;
    },
    element: html`<pb-questionnaire questionnaire-id=${surveyOffline.id} autosave-delay="50"></pb-questionnaire>`,
    ready: 'form',
    act: async (element) => {
      const el = element as never;
      await choose(el, 'work', '农村');
      await choose(el, 'migrant', '否');
      await typeAnswer(el, 'age', '45');
      await next(el);
      await choose(el, 'topics', '党史');
      await choose(el, 'satisfaction', '4');
      $(element, '[part~="submit"]')!.click();
    },
    then: '[part~="status"]',
  },
];

const duesWith = (year = duesYear(2), extra: Partial<Backend> = {}) => (): Partial<Backend> => {
  const me = member();
  return { me: async () => me, getDues: async () => structuredClone(year), ...extra };
};
const nothingDue = (() => {
  const data = duesYear(0);
  data.months = data.months.map((m) => ({ ...m, status: 'not-due' as const, amountFen: 0, paidAt: null }));
  data.paidFen = data.owedFen = data.dueFen = 0;
  return data;
})();
const paying = (later: Payment['status']): Partial<Backend> => {
  const created = payment({ payUrl: 'https://pay.example.cn/checkout/pay_1' });
  return { createPayment: async (p) => ({ ...created, months: p.months, amountFen: p.months.length * 4800 }), getPayment: async () => ({ ...created, status: later }) };
};
// The QR target keeps the test page where it is (no navigation to the gateway).
const status = () => html`<pb-dues-status pay-target="qr"></pb-dues-status>`;
const pay = async (element: HTMLElement) => $<HTMLButtonElement>(element, '[part~="pay-button"]')!.click();

const duesStatus: State[] = [
  { name: 'loading', backend: () => ({ me: async () => member(), getDues: never }), element: status(), ready: '[part~="loading"]' },
  { name: 'error', backend: () => ({ me: async () => member(), getDues: fail(503) }), element: status(), ready: '[part~="error"]' },
  { name: 'empty (nothing due)', backend: duesWith(nothingDue), element: status(), ready: '[part~="empty"]' },
  { name: 'two months behind', backend: duesWith(), element: status(), ready: '[part~="pay-button"]', themes: true },
  { name: 'six months behind (serious warning)', backend: duesWith(duesYear(6)), element: status(), ready: '[part~="notice"]' },
  { name: 'payment waiting, QR code open', backend: duesWith(duesYear(2), paying('pending')), element: status(), ready: '[part~="pay-button"]', act: pay, then: '[part~="qr"]', themes: true },
  {
    name: 'payment failed (outcome)',
    backend: duesWith(duesYear(2), paying('failed')),
    element: status(),
    ready: '[part~="pay-button"]',
    act: async (element) => {
      await pay(element);
      // A focus event from the test runner may already have checked and settled it.
      await until(element, '[part~="pending"], [part~="outcome"]');
      window.dispatchEvent(new Event('focus'));
    },
    then: '[part~="outcome"]',
  },
  { name: 'payment refused (pay error)', backend: duesWith(duesYear(2), { createPayment: fail(422) }), element: status(), ready: '[part~="pay-button"]', act: pay, then: '[part~="pay-error"]' },
];

const summaryOf = (data: unknown) => () => ({ getDuesSummary: async () => structuredClone(data) as never });
const duesSummary: State[] = [
  { name: 'loading', backend: () => ({ getDuesSummary: never }), element: html`<pb-dues-summary branch-id="b01"></pb-dues-summary>`, ready: '[part~="loading"]' },
  { name: 'error', backend: () => ({ getDuesSummary: fail(503) }), element: html`<pb-dues-summary branch-id="b01"></pb-dues-summary>`, ready: '[part~="error"]' },
  { name: 'no permission', backend: () => ({ getDuesSummary: fail(403) }), element: html`<pb-dues-summary branch-id="b01"></pb-dues-summary>`, ready: '[part~="forbidden"]' },
  { name: 'empty (no members)', backend: summaryOf(summary({ memberCount: 0, rate: 0, arrears: [], counts: { paid: 0, 'paid-late': 0, unpaid: 0, due: 0, exempt: 0, 'not-due': 0, 'before-start': 0 }, months: summary().months.map((m) => ({ ...m, dueCount: 0, paidCount: 0, rate: null })) })), element: html`<pb-dues-summary branch-id="b01"></pb-dues-summary>`, ready: '[part~="empty"]' },
  { name: 'nobody in arrears', backend: summaryOf(summary({ arrears: [] })), element: html`<pb-dues-summary branch-id="b01"></pb-dues-summary>`, ready: '[part~="overview"]' },
  { name: 'members in arrears', backend: summaryOf(branchSummary()), element: html`<pb-dues-summary branch-id="b01"></pb-dues-summary>`, ready: '[part~="arrears"]', themes: true },
];

const studySummaryOf = (data: unknown) => () => ({ getStudySummary: async () => structuredClone(data) as never });
const summaryTag = (view = 'list') => html`<pb-study-summary branch-id="b01" view=${view}></pb-study-summary>`;
const studySummary: State[] = [
  { name: 'loading', backend: () => ({ getStudySummary: never }), element: summaryTag(), ready: '[part~="loading"]' },
  { name: 'error', backend: () => ({ getStudySummary: fail(503) }), element: summaryTag(), ready: '[part~="error"]' },
  { name: 'no permission', backend: () => ({ getStudySummary: fail(403) }), element: summaryTag(), ready: '[part~="forbidden"]' },
  { name: 'empty (no members)', backend: studySummaryOf(memberlessSummary()), element: summaryTag(), ready: '[part~="empty"]' },
  { name: 'empty (nothing assigned)', backend: studySummaryOf(unplannedSummary()), element: summaryTag(), ready: '[part~="empty"]' },
  { name: 'members in every status', backend: studySummaryOf(studyBranch()), element: summaryTag(), ready: '[part~="member"]', themes: true },
  { name: 'a member’s plan opened', backend: studySummaryOf(studyBranch()), element: summaryTag(), ready: '[part~="member-plan"]', act: async (element) => $(element, '[part~="member-plan"] summary')!.click(), then: '[part~="member-plan"][open] .course' },
  { name: 'members as a table', backend: studySummaryOf(studyBranch()), element: summaryTag('table'), ready: '[part~="member-table"]', themes: true },
  {
    name: 'the branch’s assignments opened',
    backend: () => ({ ...studySummaryOf(studyBranch())(), listStudyAssignments: async () => branchAssignments() }),
    element: summaryTag(),
    ready: '[part~="assignments"]',
    act: async (element) => $(element, '[part~="assignments"] > summary')!.click(),
    then: '[part~="assignment"]',
    themes: true,
  },
];

const resultsOf = (data: unknown) => () => ({ getQuestionnaireResults: async () => structuredClone(data) as never, listTextAnswers: async () => textPage() });
const resultsTag = html`<pb-questionnaire-results questionnaire-id="q-learning-needs"></pb-questionnaire-results>`;
const questionnaireResults: State[] = [
  { name: 'loading', backend: () => ({ getQuestionnaireResults: never }), element: resultsTag, ready: '[part~="loading"]' },
  { name: 'error', backend: () => ({ getQuestionnaireResults: fail(503) }), element: resultsTag, ready: '[part~="error"]' },
  { name: 'no permission', backend: () => ({ getQuestionnaireResults: fail(403) }), element: resultsTag, ready: '[part~="forbidden"]' },
  { name: 'empty (no responses)', backend: resultsOf(unansweredResults()), element: resultsTag, ready: '[part~="empty"]' },
  { name: 'withheld (anonymous, too few)', backend: resultsOf(withheldResults()), element: resultsTag, ready: '[part~="withheld"]', themes: true },
  { name: 'every kind of question', backend: resultsOf(learningNeedsResults()), element: resultsTag, ready: '[part~="question"]', themes: true },
  { name: 'written answers opened', backend: resultsOf(learningNeedsResults()), element: resultsTag, ready: '[part~="text-answers"]', act: async (element) => $(element, '[part~="text-answers"] > summary')!.click(), then: '.text-list li' },
  { name: '民主评议 tallies', backend: resultsOf(evaluationResults()), element: resultsTag, ready: '[part~="tallies"]', themes: true },
  { name: 'a quiz', backend: resultsOf(quizResults()), element: resultsTag, ready: '[part~="quiz"]', themes: true },
];

const board = (attrs: 'branches' | 'members' | 'controls') =>
  attrs === 'branches' ? html`<pb-leaderboard></pb-leaderboard>` : attrs === 'members' ? html`<pb-leaderboard scope="members"></pb-leaderboard>` : html`<pb-leaderboard controls></pb-leaderboard>`;
const failingLater = (): Partial<Backend> => {
  const { backend } = rankingBackend({ total: 300, scope: 'members', meIndex: 3 });
  return { getLeaderboard: async (query, options) => (query.cursor ? fail(503)() : backend.getLeaderboard(query, options)) };
};
const leaderboard: State[] = [
  { name: 'loading', backend: () => ({ getLeaderboard: never }), element: board('branches'), ready: '[part~="loading"]' },
  { name: 'error', backend: () => ({ getLeaderboard: fail(503) }), element: board('branches'), ready: '[part~="error"]' },
  { name: 'empty', backend: () => rankingBackend({ total: 0, meIndex: null }).backend, element: board('branches'), ready: '[part~="empty"]' },
  { name: 'branches with controls', backend: () => rankingBackend({ total: 6, meIndex: 2 }).backend, element: board('controls'), ready: '[part~="name"]' },
  { name: 'members, me further down', backend: () => rankingBackend({ total: 60, scope: 'members', meIndex: 47 }).backend, element: board('members'), ready: '[part~="jump"]', themes: true },
  {
    name: 'a later page failed',
    backend: failingLater,
    element: board('members'),
    ready: '[part~="name"]',
    act: async (element) => {
      const rows = () => [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part~="body"] [role="row"]')];
      await waitUntil(() => $(element, '[part~="body"]')?.classList.contains('virtual') && rows().length && rows().every((r) => r.style.transform), 'the long list was not virtualized', { timeout: 10_000 });
      for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
      const body = $(element, '[part~="body"]')!;
      body.scrollTop = body.scrollHeight;
    },
    then: '[part~="more-error"]',
  },
];

const chartOf = (series = 1, groupBy: 'month' | 'branch' = 'month') => () => ({ getStats: async () => makeSeries('dues-rate', { series, groupBy }) });
const statChart: State[] = [
  { name: 'loading', backend: () => ({ getStats: never }), element: html`<pb-stat-chart metric="points"></pb-stat-chart>`, ready: '[part~="loading"]' },
  { name: 'error', backend: () => ({ getStats: fail(503) }), element: html`<pb-stat-chart metric="points"></pb-stat-chart>`, ready: '[part~="error"]' },
  { name: 'empty', backend: () => ({ getStats: async () => ({ ...makeSeries('points'), labels: [], series: [] }) }), element: html`<pb-stat-chart metric="points"></pb-stat-chart>`, ready: '[part~="empty"]' },
  { name: 'trend chart', backend: chartOf(), element: html`<pb-stat-chart metric="dues-rate" title="党费交纳率"></pb-stat-chart>`, ready: '[part~="chart"]' },
  { name: 'branches with a legend', backend: chartOf(3), element: html`<pb-stat-chart metric="dues-rate"></pb-stat-chart>`, ready: '[part~="legend-item"]', themes: true },
  { name: 'table view', backend: chartOf(1, 'branch'), element: html`<pb-stat-chart metric="dues-rate" group-by="branch" view="table"></pb-stat-chart>`, ready: '[part~="table"]' },
];

/** A page backend over the course requests' fake, for one member (the outbox sends only for the member it was opened for). */
const requestsWith = (extra: Partial<Backend> = {}, requests?: Parameters<typeof fakeRequests>[0]) => (): Partial<Backend> => {
  const me = member();
  return { me: async () => me, ...fakeRequests(requests).backend, ...extra };
};
const requestsOf = (view: 'member' | 'branch' = 'member') =>
  view === 'branch' ? html`<pb-course-requests view="branch" branch-id="b01"></pb-course-requests>` : html`<pb-course-requests href-template="/study.html?course={id}"></pb-course-requests>`;
const openAsk = async (element: HTMLElement) => $(element, '[part~="ask-button"]')!.click();
const courseRequests: State[] = [
  { name: 'loading', backend: requestsWith({ listCourseRequests: never }), element: requestsOf(), ready: '[part~="loading"]' },
  { name: 'error', backend: requestsWith({ listCourseRequests: fail(503) }), element: requestsOf(), ready: '[part~="error"]' },
  { name: 'empty (nobody asked yet, with “ask”)', backend: requestsWith({}, []), element: requestsOf(), ready: '[part~="empty"]' },
  { name: 'every status, news and the member’s own', backend: requestsWith(), element: requestsOf(), ready: '[part~="news"]', themes: true },
  {
    name: 'ask form with near duplicates',
    backend: requestsWith(),
    element: requestsOf(),
    ready: '[part~="request"]',
    act: async (element) => {
      await openAsk(element);
      await until(element, '#ask-title');
      const title = $<HTMLInputElement>(element, '#ask-title')!;
      title.value = '智能手机';
      title.dispatchEvent(new Event('input'));
    },
    then: '[part~="suggestions"] li',
    themes: true,
  },
  {
    name: 'ask form, what is wrong',
    backend: requestsWith(),
    element: requestsOf(),
    ready: '[part~="request"]',
    act: async (element) => {
      await openAsk(element);
      await until(element, '[part~="ask-form"] button[type="submit"]');
      $(element, '[part~="ask-form"] button[type="submit"]')!.click();
    },
    then: '[part~="field-error"]',
  },
  {
    name: 'a voice waiting offline',
    backend: requestsWith({ setCourseRequestVoice: offline }),
    element: requestsOf(),
    ready: '[part~="voice"][aria-pressed="false"]',
    act: async (element) => $(element, '[part~="voice"][aria-pressed="false"]')!.click(),
    then: '[part~="sync"]',
  },
  { name: 'branch: no permission', backend: requestsWith({ getBranchCourseRequests: fail(403) }), element: requestsOf('branch'), ready: '[part~="forbidden"]' },
  { name: 'branch: empty, with survey demand', backend: requestsWith({}, []), element: requestsOf('branch'), ready: '[part~="empty"]' },
  { name: 'branch: ranked by demand', backend: requestsWith(), element: requestsOf('branch'), ready: '[part~="topics"]', themes: true },
  {
    name: 'branch: linking a course',
    backend: requestsWith(),
    element: requestsOf('branch'),
    ready: '[part~="answer-button"]',
    act: async (element) => {
      $(element, '[part~="answer-button"]')!.click();
      await until(element, '[part~="answer-form"] input[value="available"]');
      $(element, '[part~="answer-form"] input[value="available"]')!.click();
    },
    then: '#answer-field option[value="c-nongye"]',
    themes: true,
  },
];

const tasksOf = (data: unknown) => () => ({ getMyTasks: async () => structuredClone(data) as never });
const tasksTag = html`<pb-my-tasks course-href="/study.html?course={id}" questionnaire-href="/survey.html?id={id}" dues-href="/dues.html?month={id}" meeting-href="/meetings.html#{id}"></pb-my-tasks>`;
const myTasks: State[] = [
  { name: 'loading', backend: () => ({ getMyTasks: never }), element: tasksTag, ready: '[part~="loading"]' },
  { name: 'error', backend: () => ({ getMyTasks: fail(503) }), element: tasksTag, ready: '[part~="error"]' },
  { name: 'empty', backend: tasksOf(taskList({ items: [], hours: null })), element: tasksTag, ready: '[part~="empty"]' },
  { name: 'tasks of every kind and urgency', backend: tasksOf(taskList()), element: tasksTag, ready: '[part~="task"]', themes: true },
];

const meetingsMember = () => ({ listMeetings: async () => memberMeetings(), getMyAttendance: async () => memberRecord() });
const meetingsBranch = () => ({ getBranchMeetings: async () => branchMeetings(), getMeetingAttendance: async () => meetingAttendance(), getMeetingCheckInCode: async () => checkInCode() });
const meetingsTag = (view = 'member') => html`<pb-meetings view=${view} branch-id="b01"></pb-meetings>`;
const meetings: State[] = [
  { name: 'loading', backend: () => ({ listMeetings: never, getMyAttendance: never }), element: meetingsTag(), ready: '[part~="loading"]' },
  { name: 'error', backend: () => ({ listMeetings: fail(503), getMyAttendance: fail(503) }), element: meetingsTag(), ready: '[part~="error"]' },
  { name: 'empty', backend: () => ({ listMeetings: async () => ({ ...memberMeetings(), items: [] }), getMyAttendance: async () => memberRecord() }), element: meetingsTag(), ready: '[part~="empty"]' },
  { name: 'the member’s year (open check-in, leave, materials)', backend: meetingsMember, element: meetingsTag(), ready: '[part~="check-in"]', themes: true },
  { name: 'asking for leave', backend: meetingsMember, element: meetingsTag(), ready: '[data-act="ask"]', act: async (element) => $(element, '[data-act="ask"]')!.click(), then: '[part~="leave-form"]' },
  {
    name: 'a reply waiting to send (offline)',
    backend: () => {
      const who = member();
      return { ...meetingsMember(), me: async () => who, replyToMeeting: offline };
    },
    element: meetingsTag(),
    ready: '[data-id="mt-next"] [data-act="attend"]',
    act: async (element) => $(element, '[data-id="mt-next"] [data-act="attend"]')!.click(),
    then: '[part~="sync"][data-kind="info"]',
    themes: true,
  },
  { name: 'branch: cadence and meetings', backend: meetingsBranch, element: meetingsTag('branch'), ready: '[part~="cadence"]', themes: true },
  { name: 'branch: a meeting’s attendance', backend: meetingsBranch, element: meetingsTag('branch'), ready: '[data-act="attendance"]', act: async (element) => $(element, '[data-meeting="mt-open"] [data-act="attendance"]')!.click(), then: '[part~="attendance"] [data-act]' },
  {
    name: 'branch: a hand mark waiting to send (offline)',
    backend: () => {
      const who = member();
      return { ...meetingsBranch(), me: async () => who, markAttendance: offline };
    },
    element: meetingsTag('branch'),
    ready: '[data-act="attendance"]',
    act: async (element) => {
      $(element, '[data-meeting="mt-open"] [data-act="attendance"]')!.click();
      await until(element, '[part~="attendance"] [data-act="mark"][data-member="m0040"]');
      $(element, '[part~="attendance"] [data-act="mark"][data-member="m0040"]')!.click();
    },
    then: '[part~="attendance"] [part~="waiting"]',
  },
  { name: 'branch: the live code', backend: meetingsBranch, element: meetingsTag('branch'), ready: '[data-act="show-code"]', act: async (element) => $(element, '[data-act="show-code"]')!.click(), then: '[part~="live-code"] svg' },
  { name: 'branch: planning', backend: meetingsBranch, element: meetingsTag('branch'), ready: '[data-act="plan"]', act: async (element) => $(element, '[data-act="plan"]')!.click(), then: '[part~="plan-form"]' },
  { name: 'branch: no permission', backend: () => ({ getBranchMeetings: fail(403) }), element: meetingsTag('branch'), ready: '[part~="forbidden"]' },
];

const widgets: Array<[string, State[]]> = [
  ['<pb-course-catalog>', catalog],
  ['<pb-course-player>', coursePlayer],
  ['<pb-questionnaire>', questionnaireStates],
  ['<pb-dues-status>', duesStatus],
  ['<pb-dues-summary>', duesSummary],
  ['<pb-study-summary>', studySummary],
  ['<pb-questionnaire-results>', questionnaireResults],
  ['<pb-leaderboard>', leaderboard],
  ['<pb-stat-chart>', statChart],
  ['<pb-course-requests>', courseRequests],
  ['<pb-my-tasks>', myTasks],
  ['<pb-meetings>', meetings],
];

describe('WCAG 2.1 AA in every state (axe-core)', function () {
  this.timeout(40_000);
  for (const [tag, states] of widgets) {
    describe(tag, () => {
      for (const state of states) {
        for (const theme of state.themes ? (['light', 'dark', 'large-text'] as const) : (['light'] as const)) {
          it(`${state.name}${theme === 'light' ? '' : ` (${theme})`}: 0 violations`, async () => {
            const element = await mount(state, theme);
            if (state.act) {
              await state.act(element);
              await until(element, state.then!);
            }
            expect(await wcagViolations(element)).to.deep.equal([]);
          });
        }
      }
    });
  }
});

describe('keyboard only: the main task of each widget', function () {
  this.timeout(30_000);
  const isPart = (name: string) => (el: Element) => el.matches(`[part~="${name}"]`);

  it('<pb-course-catalog>: required courses, a search, then open a course', async () => {
    const queries: Array<Record<string, unknown>> = [];
    const backend: Partial<Backend> = {
      listCourses: async (query) => {
        queries.push(query);
        return catalogPage(courses.filter((c) => (query.required === undefined || c.required === query.required) && (!query.q || c.title.includes(query.q))));
      },
    };
    const element = await mount({ backend: () => backend, element: html`<pb-course-catalog></pb-course-catalog>`, ready: '[part~="course"]' });
    focusBefore(element);
    await tabTo((el) => el.matches('input[name="filter"]'), 'the course type');
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => element.getAttribute('filter') === 'required', 'the arrow key did not choose 必修');
    await tabTo((el) => el.matches('input[type="search"]'), 'the search box');
    await sendKeys({ type: '党史' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => queries.some((q) => q['q'] === '党史'), 'Enter did not search');
    await waitUntil(() => element.shadowRoot!.querySelectorAll('[part~="course"]').length === 1, 'the search result did not show');
    const selected = oneEvent(element, 'pb-course-select');
    await tabTo((el) => el.closest('[part~="title"]') !== null || el.matches('[part~="title"] *, [part~="course"] button'), 'the course');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.courseId).to.equal('c2');
  });

  it('<pb-course-player>: pick a lesson from the list, then play it', async () => {
    const element = await mount({ backend: study, element: player('l-article'), ready: '[part~="article"]' });
    focusBefore(element);
    await tabTo((el) => isPart('lesson')(el) && el.textContent!.includes(video.title), 'the video lesson in the list');
    await sendKeys({ press: 'Enter' });
    await until(element, '.stage video');
    const media = element.shadowRoot!.querySelector('video')!;
    await tabTo(isPart('play'), 'the play button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !media.paused, 'Enter on play did not start the lesson', { timeout: 8000 });
    await sendKeys({ press: 'Space' });
    await waitUntil(() => media.paused, 'Space did not pause the lesson');
  });

  it('<pb-questionnaire>: answer and submit a survey', async () => {
    const short: Questionnaire = q(survey, { pages: [{ id: 'p1', title: null, questions: [survey.pages[0]!.questions[0]!, survey.pages[0]!.questions[4]!] }] });
    const fake = fakeBackend(short);
    const element = await mount({ backend: () => fake.backend, element: html`<pb-questionnaire questionnaire-id=${short.id}></pb-questionnaire>`, ready: 'form' }, 'light', fake.backend);
    focusBefore(element);
    await tabTo((el) => el.matches('input[name="work"]'), 'the first choice');
    await sendKeys({ press: 'ArrowDown' });
    await tabTo((el) => el.matches('input[type="tel"], input[type="text"]'), 'the phone field');
    await sendKeys({ type: '13800138000' });
    await tabTo(isPart('submit'), 'Submit');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => fake.state.submissions.length === 1, 'nothing was submitted');
    expect(fake.state.submissions[0]!.body.answers).to.deep.equal({ work: 'enterprise', phone: '13800138000' });
    await until(element, '[part~="status"]');
  });

  it('<pb-dues-status>: pay the months owed', async () => {
    const backend = duesWith(duesYear(2), paying('pending'))();
    const element = await mount({ backend: () => backend, element: html`<pb-dues-status></pb-dues-status>`, ready: '[part~="pay-button"]' }, 'light', backend);
    const stay = (event: Event) => event.preventDefault();
    document.addEventListener('pb-payment-create', stay);
    try {
      focusBefore(element);
      await tabTo(isPart('pay-button'), 'the pay button');
      const created = oneEvent(element, 'pb-payment-create');
      await sendKeys({ press: 'Enter' });
      expect((await created).detail.url).to.equal('https://pay.example.cn/checkout/pay_1');
      await until(element, '[part~="pending"]');
    } finally {
      document.removeEventListener('pb-payment-create', stay);
    }
  });

  it('<pb-dues-summary>: go to the previous year', async () => {
    const years: unknown[] = [];
    const backend: Partial<Backend> = { getDuesSummary: async (_b, query) => (years.push(query.year), branchSummary()) };
    const element = await mount({ backend: () => backend, element: html`<pb-dues-summary branch-id="b01"></pb-dues-summary>`, ready: '[part~="arrears"]' }, 'light', backend);
    focusBefore(element);
    await tabTo((el) => el.matches('[part~="year"] button:first-of-type'), 'the previous-year button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => years.length === 2 && typeof years[1] === 'number', 'the previous year was not asked for');
  });

  it('<pb-study-summary>: open the most urgent member’s courses, then read the members as a table', async () => {
    const element = await mount({ backend: studySummaryOf(studyBranch()), element: summaryTag(), ready: '[part~="member"]' });
    focusBefore(element);
    await tabTo((el) => el.matches('[part~="member-plan"] summary'), 'the first member’s plan');
    await sendKeys({ press: 'Enter' });
    await until(element, '[part~="member-plan"][open] .course');
    await tabTo(isPart('view-toggle'), 'the table toggle', 40, 'Shift+Tab');
    await sendKeys({ press: 'Enter' });
    await until(element, '[part~="member-table"]');
    expect(element.getAttribute('view')).to.equal('table');
  });

  it('<pb-questionnaire-results>: filter by a member category, then read the written answers', async () => {
    let asked: unknown;
    const backend = () => ({
      getQuestionnaireResults: async (_id: string, query: unknown) => ((asked = query), structuredClone(learningNeedsResults())),
      listTextAnswers: async () => textPage(),
    });
    const element = await mount({ backend, element: resultsTag, ready: '[part~="filters"]' });
    focusBefore(element);
    await tabTo((el) => el.matches('[part~="filters"] select'), 'the category filter');
    await sendKeys({ press: 'ArrowDown' });
    await tabTo((el) => el.matches('[part~="filters"] button[type="submit"]'), 'Apply');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => (asked as { category?: string } | undefined)?.category === 'in-service', 'the filter was not applied');
    await until(element, '[part~="text-answers"]');
    await tabTo((el) => el.matches('[part~="text-answers"] > summary'), 'the written answers');
    await sendKeys({ press: 'Enter' });
    await until(element, '.text-list li');
  });

  it('<pb-leaderboard>: jump to my own row', async () => {
    const element = await mount({ backend: () => rankingBackend({ total: 60, scope: 'members', meIndex: 47 }).backend, element: board('members'), ready: '[part~="jump"]' });
    focusBefore(element);
    await tabTo(isPart('jump'), '"jump to me"');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActive()?.getAttribute('aria-current') === 'true', 'the focus did not move to my row');
  });

  it('<pb-course-requests>: ask for a course', async () => {
    const fake = fakeRequests();
    const backend = requestsWith(fake.backend)();
    const element = await mount({ backend: () => backend, element: requestsOf(), ready: '[part~="request"]' }, 'light', backend);
    focusBefore(element);
    await tabTo(isPart('ask-button'), 'the ask button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActive()?.id === 'ask-title', 'the focus did not go to the title');
    await sendKeys({ type: '茶叶病虫害防治' });
    await tabTo((el) => el.id === 'ask-category', 'the category');
    await waitUntil(() => (deepActive() as HTMLSelectElement).options.length > 1, 'no categories');
    // 理论学习, 党史学习教育, 党务知识, 实用技能: four steps down.
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'ArrowDown' });
    await tabTo((el) => el.matches('[part~="ask-form"] button[type="submit"]'), 'the send button');
    const created = oneEvent(element, 'pb-request-create');
    await sendKeys({ press: 'Enter' });
    expect((await created).detail.request).to.include({ title: '茶叶病虫害防治', category: '实用技能', anonymous: false });
    expect(deepActive()?.matches('[part~="ask-button"]'), 'the focus is back on the ask button').to.equal(true);
  });

  it('<pb-course-requests>: add a voice, and withdraw it', async () => {
    const fake = fakeRequests();
    const backend = requestsWith(fake.backend)();
    const element = await mount({ backend: () => backend, element: requestsOf(), ready: '[part~="request"]' }, 'light', backend);
    focusBefore(element);
    await tabTo((el) => isPart('voice')(el) && el.getAttribute('aria-pressed') === 'false', 'a voice not given yet');
    const button = deepActive()!;
    const voiced = oneEvent(element, 'pb-request-voice');
    await sendKeys({ press: 'Enter' });
    expect((await voiced).detail.voiced).to.equal(true);
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect(deepActive() === button, 'the focus stays on the button').to.equal(true);
    const withdrawn = oneEvent(element, 'pb-request-voice');
    await sendKeys({ press: 'Space' });
    expect((await withdrawn).detail.voiced).to.equal(false);
  });

  it('<pb-course-requests view="branch">: plan a request for a day', async () => {
    const fake = fakeRequests();
    const backend = requestsWith(fake.backend)();
    const element = await mount({ backend: () => backend, element: requestsOf('branch'), ready: '[part~="answer-button"]' }, 'light', backend);
    focusBefore(element);
    await tabTo((el) => isPart('answer-button')(el) && el.closest('[data-status="received"]') !== null, 'the answer button of a request not yet planned');
    const id = deepActive()!.closest<HTMLElement>('[data-id]')!.dataset['id'];
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActive()?.matches('input[value="planned"]'), 'the focus did not go to the answers');
    await tabTo((el) => el.matches('input[type="date"]'), 'the day');
    const day = dayFrom(30);
    // Chromium's date field takes the digits in the page's order (en-US: month, day, year).
    await sendKeys({ type: `${day.slice(5, 7)}${day.slice(8, 10)}${day.slice(0, 4)}` });
    await tabTo((el) => el.matches('[part~="answer-form"] button[type="submit"]'), 'save');
    const answered = oneEvent(element, 'pb-request-answer');
    await sendKeys({ press: 'Enter' });
    expect((await answered).detail.change).to.deep.equal({ status: 'planned', plannedOn: day });
    expect(fake.writes.find((w) => w.operation === 'setCourseRequestStatus')!.args[0]).to.equal(id);
  });

  it('<pb-course-requests view="branch">: link a course from the catalog', async () => {
    const fake = fakeRequests();
    const backend = requestsWith(fake.backend)();
    const element = await mount({ backend: () => backend, element: requestsOf('branch'), ready: '[part~="answer-button"]' }, 'light', backend);
    focusBefore(element);
    await tabTo(isPart('answer-button'), 'the first answer button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActive()?.matches('input[value="planned"]'), 'the focus did not go to the answers');
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => deepActive()?.matches('input[value="available"]:checked'), 'the arrow did not choose “link a course”');
    await tabTo((el) => el.matches('select#answer-field'), 'the course');
    await waitUntil(() => (deepActive() as HTMLSelectElement).options.length > 1, 'the catalog never came');
    await sendKeys({ press: 'ArrowDown' });
    const courseId = (deepActive() as HTMLSelectElement).value;
    expect(courseId).not.to.equal('');
    await tabTo((el) => el.matches('[part~="answer-form"] button[type="submit"]'), 'save');
    const answered = oneEvent(element, 'pb-request-answer');
    await sendKeys({ press: 'Enter' });
    const { detail } = await answered;
    expect(detail.change).to.deep.equal({ status: 'available', courseId });
    expect(detail.request.course?.id).to.equal(courseId);
  });

  it('<pb-stat-chart>: read the numbers as a table and back', async () => {
    const element = await mount({ backend: chartOf(), element: html`<pb-stat-chart metric="dues-rate"></pb-stat-chart>`, ready: '[part~="chart"]' });
    focusBefore(element);
    await tabTo(isPart('view-toggle'), 'the table toggle');
    await sendKeys({ press: 'Enter' });
    await until(element, '[part~="table"]');
    expect(deepActive()?.matches('[part~="view-toggle"]'), 'the focus stays on the toggle').to.equal(true);
    await sendKeys({ press: 'Space' });
    await waitUntil(() => element.getAttribute('view') === 'chart', 'Space did not go back to the chart');
  });

  it('<pb-meetings>: check in with the code shown, then ask for leave from the next meeting', async () => {
    const sent: unknown[] = [];
    const who = member();
    const backend = (): Partial<Backend> => ({
      ...meetingsMember(),
      // The reply goes through the member's outbox, which asks who is signed in.
      me: async () => who,
      checkInMeeting: async (id, body) => {
        sent.push(body);
        const m = memberMeetings().items.find((x) => x.id === id)!;
        return { ...m, mine: { ...m.mine, checkIn: { at: new Date().toISOString(), method: 'code' }, attendance: 'present' } };
      },
      replyToMeeting: async (id, body) => {
        sent.push(body);
        const m = memberMeetings().items.find((x) => x.id === id)!;
        return { ...m, mine: { ...m.mine, reply: 'leave', leave: { reason: body.reason ?? '', status: 'pending', decidedAt: null, note: null } } };
      },
    });
    const element = await mount({ backend, element: meetingsTag(), ready: '[part~="check-in"]' });
    focusBefore(element);
    await tabTo((el) => el.matches('input[name="code"]'), 'the code field');
    await sendKeys({ type: '482913' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => sent.length === 1, 'Enter did not check in');
    await waitUntil(() => deepActive()?.matches('[part~="topic"]'), 'the focus went back to the meeting');
    await tabTo((el) => el.matches('[data-id="mt-next"] [data-act="ask"]'), 'Ask for leave of the next meeting');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActive()?.tagName === 'TEXTAREA', 'the reason did not take the focus');
    await sendKeys({ type: '单位值班' });
    await tabTo((el) => el.matches('[part~="leave-form"] [type="submit"]'), 'Send');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => sent.length === 2, 'the leave request was not sent');
    expect(sent).to.deep.equal([{ method: 'code', code: '482913' }, { reply: 'leave', reason: '单位值班' }]);
  });
});
