/**
 * Hostile backends: every text, HTML and URL field of every widget filled with each
 * payload of the XSS corpus (test/support/xss-corpus.ts). What a member would suffer is
 * what is asserted: no payload runs (the `__xss` canary stays silent, no script error or
 * CSP violation), and nothing in any shadow DOM could run later (no `on*` attribute, no
 * `<script>`/`<iframe srcdoc>`/`<object>`, no `javascript:`/`data:text/html` href or src).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
import type { TemplateResult } from 'lit';
import '../../src/define/all.js';
import type { Backend } from '../../src/api/backend.js';
import { ProblemError } from '../../src/api/errors.js';
import type { Course, CourseSummary, DuesSummary, Lesson, Questionnaire, StatSeries } from '../../src/api/types.js';
import { branchMembers, branchSummary, duesYear, payment } from '../../fixtures/dues.js';
import { makeEntries, pageOf } from '../../fixtures/rankings.js';
import { evaluation, quiz, quizResult, survey } from '../../fixtures/questionnaires.js';
import { articleLesson, course, documentLesson, videoLesson } from '../../src/education/test/support.js';
import { branchPage, memberPage, memberRequests } from '../../fixtures/course-requests.js';
import { taskList } from '../../fixtures/tasks.js';
import { evaluationResults, learningNeedsResults, textPage } from '../../fixtures/questionnaire-results.js';
import { branchMeetings, memberMeetings, memberRecord } from '../../fixtures/meetings.js';
import { dangerousNodes, deepElements, watchXss, XSS_PAYLOADS, XSS_URLS, type XssWatch } from '../support/xss-corpus.js';

window.addEventListener('error', (event) => String(event.message).includes('ResizeObserver loop') && event.stopImmediatePropagation(), true);

const P = XSS_PAYLOADS.map((p) => p.text);
const uid = () => Math.random().toString(36).slice(2, 10);

/** Renders `items` inside one fixture, each in its own `<pb-config>` with its backend. */
async function mountAll(items: Array<{ backend: Partial<Backend>; element: TemplateResult }>, ready: string, timeout = 15_000): Promise<HTMLElement[]> {
  const root = await fixture<HTMLElement>(html`<div data-pb-xss>${items.map((i) => html`<pb-config .backend=${i.backend} .retry=${{ retries: 0 }}>${i.element}</pb-config>`)}</div>`);
  const elements = [...root.querySelectorAll<HTMLElement>('pb-config > *')];
  await waitUntil(() => elements.every((e) => e.shadowRoot?.querySelector(ready)), `not every widget showed ${ready}`, { timeout, interval: 50 });
  await settleImages(root);
  return elements;
}

/** Waits until every image in the tree loaded or failed, so an `onerror` payload had its chance. */
async function settleImages(root: Element): Promise<void> {
  await waitUntil(() => [...deepElements(root)].every((e) => !(e instanceof HTMLImageElement) || e.complete || e.loading === 'lazy'), 'images never settled');
  await new Promise((resolve) => setTimeout(resolve, 150));
}

/** The fixture container of the current test: the wtr page's own scripts are outside it. */
const fixtures = () => document.querySelector<HTMLElement>('div[data-pb-xss]') ?? document.body;

function expectClean(watch: XssWatch, root: Element = fixtures()): void {
  expect(watch.hits, 'payloads that ran').to.deep.equal([]);
  expect(watch.errors, 'script errors or CSP violations').to.deep.equal([]);
  expect(dangerousNodes(root), 'nodes that could run script').to.deep.equal([]);
  expect((window as unknown as Record<string, unknown>)['__pbClobber'], 'DOM clobbering reached window').to.equal(undefined);
  expect(typeof document.getElementById).to.equal('function');
}

/** Replaces every string under the named keys (and nulls there too) with `text`, deeply. */
function poison<T>(value: T, text: string, keys: ReadonlySet<string>): T {
  if (Array.isArray(value)) return value.map((v) => poison(v, text, keys)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, keys.has(k) && (typeof v === 'string' || v === null) ? text : poison(v, text, keys)])) as T;
  }
  return value;
}

describe('hostile text from the backend never runs', function () {
  this.timeout(60_000);
  let watch: XssWatch;
  beforeEach(() => (watch = watchXss()));
  afterEach(() => watch.stop());

  it(`corpus: ${XSS_PAYLOADS.length} payloads, ${XSS_URLS.length} of them URLs`, () => {
    expect(XSS_PAYLOADS.length).to.be.at.least(20);
    expect(new Set(P).size).to.equal(P.length);
  });

  it('the watch itself sees a payload run and a dangerous node stay (so these tests can fail)', async () => {
    const host = await fixture<HTMLElement>(html`<div data-pb-xss></div>`);
    host.attachShadow({ mode: 'open' }).innerHTML = `${P[0]}<a href="${XSS_URLS.find((p) => p.name === 'bare javascript: URL')!.text}">x</a>`;
    await waitUntil(() => watch.hits.length, 'the canary never ran');
    expect(watch.hits).to.deep.equal([1]);
    expect(dangerousNodes(host)).to.have.length(2);
  });

  it('<pb-course-catalog>: titles, descriptions, categories and cover URLs', async () => {
    const items: CourseSummary[] = P.map((text, i) => ({
      id: `c${i}`,
      title: text,
      description: text,
      category: text,
      required: i % 2 === 0,
      coverUrl: text,
      lessonCount: 1,
      durationSeconds: 60,
      creditHours: 1,
      progress: { percent: 10, creditedSeconds: 6, completed: false },
    }));
    const backend: Partial<Backend> = { listCourses: async () => ({ items, nextCursor: null, total: items.length, categories: P }) };
    const [catalog] = await mountAll([{ backend, element: html`<pb-course-catalog></pb-course-catalog>` }], '[part~="course"]');
    expect(catalog!.shadowRoot!.querySelectorAll('[part~="course"]')).to.have.length(P.length);
    // Text stays text: the member reads the payload, it is not parsed.
    expect(catalog!.shadowRoot!.textContent).to.contain(P[0]);
    expectClean(watch);
  });

  it('<pb-course-player>: course and lesson titles, article HTML, attachment names and URLs', async () => {
    const players = P.map((text) => {
      const attachments = [{ id: 'a', name: text, url: text, type: text, sizeBytes: 10 }];
      const lessons: Lesson[] = [articleLesson('l-article', text, { title: text, attachments }), { ...videoLesson('l-video'), title: text }];
      const c: Course = { ...course(lessons), title: text, description: text, category: text };
      return c;
    });
    await mountAll(
      players.map((c) => ({ backend: studyOf(c), element: html`<pb-course-player course-id=${c.id} lesson-id="l-article"></pb-course-player>` })),
      '[part~="article"][aria-busy="false"]',
    );
    expectClean(watch);
  });

  it('<pb-course-player>: media, poster, caption and document URLs', async () => {
    const players = XSS_URLS.flatMap(({ text }) => {
      const media = { src: text, type: 'video/mp4', audioOnlySrc: text, poster: text, captions: [{ src: text, srclang: 'zh-CN', label: text, default: true }] };
      const lessons: Lesson[] = [videoLesson('l-video', { media }), documentLesson('l-doc', { document: { src: text, type: 'application/pdf' } })];
      const c = course(lessons);
      return ['l-video', 'l-doc'].map((lessonId) => ({ backend: studyOf(c), element: html`<pb-course-player course-id=${c.id} lesson-id=${lessonId}></pb-course-player>` }));
    });
    // A URL the player will not use makes the lesson say so instead of playing.
    await mountAll(players, '.stage .problem, .stage [part~="document"], .stage video');
    expectClean(watch);
  });

  const QUESTION_TEXT = new Set(['title', 'description', 'label', 'minLabel', 'maxLabel', 'labelTrue', 'labelFalse', 'patternMessage']);

  it('<pb-questionnaire>: titles, descriptions (HTML), page titles, option, row and column labels, restored answers', async () => {
    const items = P.map((text) => {
      const definition: Questionnaire = { ...poison(survey, text, QUESTION_TEXT), id: `q-${uid()}` };
      return { backend: questionnaireOf(definition, { answers: { phone: text, suggestion: text, reason: text }, pageIndex: 0, attemptId: null, updatedAt: new Date().toISOString() }), element: html`<pb-questionnaire questionnaire-id=${definition.id}></pb-questionnaire>` };
    });
    await mountAll(items, 'form');
    expectClean(watch);
  });

  it('<pb-questionnaire>: an evaluation grid of hostile names, and quiz results with hostile explanations', async () => {
    const grid: Questionnaire = poison(evaluation, P[0]!, new Set(['title', 'description']));
    const rows = P.map((label, i) => ({ value: `m${i}`, label }));
    grid.pages[0]!.questions[0] = { ...(grid.pages[0]!.questions[0] as Extract<Questionnaire['pages'][number]['questions'][number], { type: 'matrix' }>), rows, columnLimits: {} };
    grid.id = `q-${uid()}`;
    const done = P.map((text) => {
      const definition: Questionnaire = { ...poison(quiz, text, QUESTION_TEXT), id: `q-${uid()}`, mine: { submitted: true, canSubmit: false } };
      const result = { ...quizResult, result: { ...quizResult.result!, questions: quizResult.result!.questions.map((q) => ({ ...q, explanation: text })) } };
      return { backend: questionnaireOf(definition, null, [result]), element: html`<pb-questionnaire questionnaire-id=${definition.id}></pb-questionnaire>` };
    });
    await mountAll([{ backend: questionnaireOf(grid, null), element: html`<pb-questionnaire questionnaire-id=${grid.id}></pb-questionnaire>` }, ...done], 'form, [part~="status"]');
    expectClean(watch);
  });

  it('every widget: problem titles and details of a failed request', async () => {
    const fail = (text: string) => async () => {
      throw new ProblemError({ status: 500, title: text, detail: text, type: text });
    };
    const items = P.flatMap((text) => {
      const f = fail(text);
      const backend: Partial<Backend> = { listCourses: f, getCourse: f, getCourseProgress: f, getQuestionnaire: f, getDues: f, getDuesSummary: f, getLeaderboard: f, getStats: f, me: f };
      return [
        html`<pb-course-catalog></pb-course-catalog>`,
        html`<pb-course-player course-id="c1"></pb-course-player>`,
        html`<pb-questionnaire questionnaire-id="q1"></pb-questionnaire>`,
        html`<pb-dues-status></pb-dues-status>`,
        html`<pb-dues-summary branch-id="b01"></pb-dues-summary>`,
        html`<pb-leaderboard></pb-leaderboard>`,
        html`<pb-stat-chart metric="points"></pb-stat-chart>`,
      ].map((element) => ({ backend, element }));
    });
    await mountAll(items, '[part~="error"]');
    expectClean(watch);
  });

  it('<pb-dues-status>: basis, contact, and the payment page address of a pending payment', async () => {
    const items = P.map((text) => {
      const year = duesYear(2, {
        basis: { category: 'in-service', baseFen: 480000, rate: '1%', monthlyFen: 4800, description: text },
        contact: { name: text, phone: text },
        payments: [payment({ id: `pay_${uid()}`, payUrl: text })],
      });
      return { backend: { getDues: async () => structuredClone(year), getPayment: async (id: string) => ({ ...year.payments[0]!, id }) }, element: html`<pb-dues-status pay-target="qr"></pb-dues-status>` };
    });
    await mountAll(items, '[part~="months"]');
    expectClean(watch);
  });

  it('<pb-dues-status>: a new payment whose page address is hostile', async () => {
    const items = XSS_URLS.map(({ text }) => {
      const created = payment({ id: `pay_${uid()}`, payUrl: text });
      return { backend: { getDues: async () => duesYear(2), createPayment: async () => created, getPayment: async () => created }, element: html`<pb-dues-status pay-target="self"></pb-dues-status>` };
    });
    const opened: string[] = [];
    const stay = (event: Event) => {
      opened.push((event as CustomEvent<{ url: string }>).detail.url);
      event.preventDefault();
    };
    document.addEventListener('pb-payment-create', stay);
    try {
      const elements = await mountAll(items, '[part~="pay-button"]');
      for (const e of elements) e.shadowRoot!.querySelector<HTMLButtonElement>('[part~="pay-button"]')!.click();
      await waitUntil(() => elements.every((e) => e.shadowRoot!.querySelector('[part~="pay-error"], [part~="pending"]')), 'no payment outcome shown');
    } finally {
      document.removeEventListener('pb-payment-create', stay);
    }
    expect(opened.filter((url) => !/^https?:/.test(url)), 'payment pages opened with a script URL').to.deep.equal([]);
    expectClean(watch);
  });

  it('<pb-dues-summary>: branch and member names', async () => {
    const base = branchSummary();
    const summary: DuesSummary = {
      ...base,
      branchName: P[0]!,
      arrears: P.map((name, i) => ({ memberId: `m${i}`, name, consecutiveMonths: (i % 9) + 1, overdueMonths: (i % 9) + 1, owedFen: 4800 * ((i % 9) + 1), level: i % 9 >= 5 ? 'serious' : 'notice' })),
    };
    const items = [summary, ...P.slice(1).map((branchName) => ({ ...summary, branchName, arrears: summary.arrears.slice(0, 1) }))];
    await mountAll(
      items.map((s) => ({ backend: { getDuesSummary: async () => structuredClone(s) }, element: html`<pb-dues-summary branch-id="b01"></pb-dues-summary>` })),
      '[part~="arrears"]',
    );
    expectClean(watch);
  });

  it('<pb-my-tasks>: titles, reminder messages and senders, meetings’ places, and target ids in the links', async () => {
    const keys = new Set(['title', 'message', 'name', 'targetId', 'place']);
    const items = P.map((text) => ({
      backend: { getMyTasks: async () => poison(taskList(), text, keys) },
      element: html`<pb-my-tasks course-href="/study.html?course={id}" questionnaire-href="/survey.html?q={id}" dues-href="/dues.html?m={id}" meeting-href="/meetings.html#{id}"></pb-my-tasks>`,
    }));
    const elements = await mountAll(items, '[part~="task"]');
    for (const link of elements.flatMap((e) => [...e.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')])) expect(link.protocol).to.match(/^https?:$/);
    expectClean(watch);
  });

  it('<pb-dues-summary>: a member’s months opened, with a hostile name', async () => {
    const data = branchMembers();
    const items = P.map((name) => {
      const summary = { ...branchSummary(), arrears: [{ memberId: 'm3', name, consecutiveMonths: 7, overdueMonths: 7, owedFen: 33600, level: 'serious' as const }] };
      const members = { ...data, members: data.members.map((m) => (m.memberId === 'm3' ? { ...m, name } : m)) };
      return { backend: { getDuesSummary: async () => structuredClone(summary), getBranchDuesMembers: async () => structuredClone(members) }, element: html`<pb-dues-summary branch-id="b01"></pb-dues-summary>` };
    });
    const elements = await mountAll(items, '[part~="arrears"]');
    for (const e of elements) e.shadowRoot!.querySelector<HTMLButtonElement>('[part~="arrear"] .name')!.click();
    await waitUntil(() => elements.every((e) => e.shadowRoot!.querySelector('[part~="member-months"]')), 'months never opened', { timeout: 15_000 });
    expectClean(watch);
  });

  it('<pb-questionnaire-results>: titles, option, row and column labels, written answers and evaluated names', async () => {
    const hostile = (i: number) => {
      const r = learningNeedsResults({ title: P[i]!, branchName: P[(i + 1) % P.length]! });
      r.questions = r.questions.map((q) => ({
        ...q,
        title: P[(i + 2) % P.length]!,
        options: q.options?.map((o, k) => ({ ...o, label: P[(i + k) % P.length]! })),
        columns: q.columns?.map((c, k) => ({ ...c, label: P[(i + k + 3) % P.length]! })),
        rows: q.rows?.map((row, k) => ({ ...row, label: P[(i + k + 4) % P.length]! })),
        ranking: q.ranking?.map((x, k) => ({ ...x, label: P[(i + k + 5) % P.length]! })),
      }));
      r.evaluation = evaluationResults().evaluation!.map((t, k) => ({ ...t, name: P[(i + k) % P.length]! }));
      return r;
    };
    const elements = await mountAll(
      P.map((_, i) => ({
        backend: { getQuestionnaireResults: async () => hostile(i), listTextAnswers: async () => textPage('suggestion', '', P) },
        element: html`<pb-questionnaire-results questionnaire-id="q"></pb-questionnaire-results>`,
      })),
      '[part~="tallies"]',
    );
    for (const element of elements) element.shadowRoot!.querySelector<HTMLDetailsElement>('[part~="text-answers"]')!.open = true;
    await waitUntil(() => elements.every((e) => e.shadowRoot!.querySelector('.text-list li')), 'the written answers did not show');
    await settleImages(elements[0]!.parentElement!.parentElement!);
    expectClean(watch);
  });

  it('<pb-course-requests>: titles, details, categories, topics, reasons, names and course ids, in both views', async () => {
    const keys = new Set(['title', 'details', 'category', 'topic', 'declineReason', 'name', 'branchName']);
    const me = { id: 'm0001', name: '李明', branchId: 'b01', branchName: '第一党支部', roles: ['member' as const], category: 'in-service' as const, migrant: false };
    const items = P.map((text, i) => {
      const requests = poison(memberRequests(), text, keys).map((r) => (r.course ? { ...r, course: { id: P[(i + 1) % P.length]!, title: text } } : r));
      return [
        { backend: { me: async () => me, listCourseRequests: async () => memberPage(structuredClone(requests)) }, element: html`<pb-course-requests href-template="/study.html?course={id}"></pb-course-requests>` },
        {
          backend: { me: async () => me, getBranchCourseRequests: async () => ({ ...branchPage(structuredClone(requests)), topics: [{ topic: text, answers: 2, requests: 1 }] }) },
          element: html`<pb-course-requests view="branch" branch-id="b01"></pb-course-requests>`,
        },
      ];
    }).flat();
    const elements = await mountAll(items, '[part~="request"]');
    for (const link of elements.flatMap((e) => [...e.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part~="course-link"]')])) expect(link.protocol).to.match(/^https?:$/);
    expectClean(watch);
  });

  it('<pb-meetings>: topics, places, links, groups, reasons, notes, material names and URLs, names, in both views', async () => {
    const keys = new Set(['topic', 'place', 'onlineUrl', 'group', 'reason', 'note', 'name', 'url', 'branchName']);
    const items = P.map((text) => [
      { backend: { listMeetings: async () => poison(memberMeetings(), text, keys), getMyAttendance: async () => memberRecord() }, element: html`<pb-meetings></pb-meetings>` },
      { backend: { getBranchMeetings: async () => poison(branchMeetings(), text, keys) }, element: html`<pb-meetings view="branch" branch-id="b01"></pb-meetings>` },
    ]).flat();
    const elements = await mountAll(items, '[part~="meeting"], [part~="members"]');
    for (const link of elements.flatMap((e) => [...e.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')])) expect(link.protocol).to.match(/^https?:$/);
    expectClean(watch);
  });

  it('<pb-leaderboard>: branch and member names, in the list and in "me"', async () => {
    const options = { total: P.length, scope: 'members' as const, metric: 'points' as const, meIndex: 3, names: P.slice() };
    const entries = makeEntries(options).map((e, i) => ({ ...e, branchName: P[(i + 5) % P.length]! }));
    const backend: Partial<Backend> = { getLeaderboard: async (query) => pageOf(entries, options, query.cursor ? Number(query.cursor.slice(1)) : 0, 100) };
    const [board] = await mountAll([{ backend, element: html`<pb-leaderboard scope="members"></pb-leaderboard>` }], '[part~="name"]');
    expect(board!.shadowRoot!.querySelectorAll('[part~="name"]').length).to.be.greaterThan(5);
    expectClean(watch);
  });

  it('<pb-stat-chart>: labels and series names, as a chart and as a table', async () => {
    const stats: StatSeries = { metric: 'points', unit: 'points', groupBy: 'branch', labels: P, series: P.slice(0, 3).map((label, s) => ({ key: `s${s}`, label, values: P.map((_, i) => 100 + i * s) })) };
    const backend: Partial<Backend> = { getStats: async () => structuredClone(stats) };
    await mountAll(
      [
        { backend, element: html`<pb-stat-chart metric="points" group-by="branch" title=${P[0]!}></pb-stat-chart>` },
        { backend, element: html`<pb-stat-chart metric="points" group-by="branch" view="table"></pb-stat-chart>` },
      ],
      '[part~="chart"], [part~="table"]',
    );
    expectClean(watch);
  });
});

/** A page backend serving one course, its progress, and accepting heartbeats. */
function studyOf(c: Course): Partial<Backend> {
  const lessons = c.lessons.map((l) => ({ lessonId: l.id, positionSeconds: 0, furthestSeconds: 0, coverage: 0, creditedSeconds: 0, completed: false, updatedAt: null }));
  const totals = { percent: 0, creditedSeconds: 0, completed: false };
  return {
    getCourse: async () => structuredClone(c),
    getCourseProgress: async () => ({ courseId: c.id, ...totals, lessons: structuredClone(lessons) }),
    reportProgress: async (_c, lessonId) => ({ lesson: lessons.find((l) => l.lessonId === lessonId)!, course: totals, creditedNow: 0 }),
  };
}

/** A page backend serving one questionnaire with an optional draft and earlier submissions. */
function questionnaireOf(definition: Questionnaire, draft: Parameters<NonNullable<Backend['saveDraft']>>[1] | null | { answers: Record<string, unknown>; pageIndex: number; attemptId: null; updatedAt: string }, submissions: typeof quizResult[] = []): Partial<Backend> {
  const member = `m-${uid()}`;
  return {
    me: async () => ({ id: member, name: '李明', branchId: 'b01', branchName: '第一党支部', roles: ['member'], category: 'in-service', migrant: false }),
    getQuestionnaire: async () => structuredClone(definition),
    getDraft: async () => (draft ? (structuredClone(draft) as never) : null),
    saveDraft: async (_id, body) => ({ ...body, attemptId: body.attemptId ?? null, updatedAt: new Date().toISOString() }),
    getMyResponses: async () => ({ items: structuredClone(submissions) }),
    startAttempt: async () => ({ id: 'att', startedAt: new Date().toISOString(), deadline: null }),
  };
}
