/**
 * The catalog's 为你安排: the member's assigned courses first, with status, due day, days
 * left and progress, and the year's hours; then the catalog as before. Left out, never an
 * error, where the backend has no study plans; an error with a retry where the member's
 * plan could not be read; a hint for veteran and migrant members.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../define/pb-config.js';
import '../../../define/pb-course-catalog.js';
import type { Backend } from '../../../api/backend.js';
import { ProblemError } from '../../../api/errors.js';
import type { CourseSummary } from '../../../api/types.js';
import type { PbCourseCatalog } from '../pb-course-catalog.js';
import { emptyPlan, memberPlan, migrantPlan, planHours, studyPlan, veteranPlan } from '../../../../fixtures/study-plans.js';
import { certificate } from '../../../../fixtures/certificates.js';
import { deepActive, focusBefore, never, tabTo } from '../../../../test/support/a11y.js';
import { consoleErrors } from '../../../../test/browser/support/console.js';
import { mockServer, type MockAnswer } from '../../../../test/browser/support/mock.js';
import { waitUntil } from '../../../../test/browser/support/wait.js';
import { failOnPageErrors, part, parts, styleAttributes, text, untilPart } from '../../../../test/browser/support/parts.js';

const course = (id: string, title: string, percent = 0): CourseSummary => ({
  id,
  title,
  description: `${title}：课程简介。`,
  category: '理论学习',
  required: true,
  coverUrl: null,
  lessonCount: 3,
  durationSeconds: 1800,
  creditHours: 2,
  progress: { percent, creditedSeconds: percent * 18, completed: percent === 100 },
});
const courses = [course('c-dangzhang', '党章学习', 25), course('c-dangshi', '党史专题'), course('c-nongye', '现代农业实用技术', 12)];
const page = { items: courses, nextCursor: null, total: 3, categories: ['理论学习'] };

interface Attrs {
  locale?: string;
  theme?: string;
  plan?: string;
  hrefTemplate?: string;
  width?: number;
}

/** A catalog over the scripted mock API: `plan` answers GET /study-plan. */
async function mount(plan: MockAnswer[], attrs: Attrs = {}) {
  const server = await mockServer({ 'GET /courses': [{ body: page }], 'GET /study-plan': plan });
  return { ...(await render(html``, server.base, attrs)), server };
}

/** A catalog over a page backend (a site's own methods). */
async function mountWith(backend: Partial<Backend>, attrs: Attrs = {}) {
  return render(backend, '/nowhere', attrs);
}

async function render(backend: Partial<Backend> | unknown, apiBase: string, attrs: Attrs) {
  const box = await fixture<HTMLElement>(html`<div>
    <pb-config .retry=${{ retries: 0 }} .backend=${typeof backend === 'object' && backend && !('strings' in backend) ? backend : {}}>
      <pb-course-catalog
        api-base=${apiBase}
        locale=${attrs.locale ?? 'zh-CN'}
        theme=${attrs.theme ?? 'light'}
        plan=${attrs.plan ?? 'on'}
        href-template=${attrs.hrefTemplate ?? ''}
      ></pb-course-catalog>
    </pb-config>
  </div>`);
  if (attrs.width) box.style.inlineSize = `${attrs.width}px`;
  const catalog = box.querySelector<PbCourseCatalog>('pb-course-catalog')!;
  await waitUntil(() => part(catalog, 'course'), 'the catalog did not load');
  return { catalog };
}

const planRows = (catalog: Element) => parts(catalog, 'plan-course').map((row) => text(row));

describe('<pb-course-catalog>: 为你安排, the member’s study plan first', function () {
  this.timeout(20_000);
  failOnPageErrors();

  it('shows the assigned courses first, most urgent first, with status, due day, days left and progress; then the catalog as before', async () => {
    const { catalog } = await mount([{ body: memberPlan() }]);
    const plan = await untilPart(catalog, 'plan');
    // Before the toolbar and the courses, in the order of the page.
    expect(plan.compareDocumentPosition(part(catalog, 'toolbar')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    expect(plan.querySelector('h3')!.textContent).to.equal('为你安排');
    expect(text(plan)).to.contain('已逾期 1 项 · 即将到期 2 项 · 按计划 1 项 · 已完成 1 项');
    expect(planRows(catalog)).to.deep.equal([
      '已逾期 廉洁自律教育 逾期 10 天 11月27日截止 0%',
      '即将到期 党史专题 还剩 14 天 12月21日截止 0%',
      '按计划 党章学习 还剩 75 天 2027年2月20日截止 25%',
      '已完成 市场经济基础知识 2027年1月16日截止 100%',
    ]);
    expect(parts(catalog, 'plan-course').map((row) => row.dataset['status'])).to.deep.equal(['overdue', 'due-soon', 'on-track', 'done']);
    const progress = parts(catalog, 'plan-course')[2]!.querySelector('progress')!;
    expect(progress.value).to.equal(25);
    expect(progress.getAttribute('aria-label')).to.equal('《党章学习》学习进度');
    // The catalog itself is as it was: every course, its count.
    expect(parts(catalog, 'course')).to.have.length(3);
    expect(text(catalog)).to.contain('共 3 门课程');
    expect(styleAttributes(catalog)).to.deep.equal([]);
    await expect(catalog).shadowDom.to.be.accessible();
  });

  it('shows the year’s hours against the target, the pace and what is left', async () => {
    const { catalog } = await mount([{ body: memberPlan() }]);
    const hours = await untilPart(catalog, 'plan-hours');
    expect(text(hours)).to.equal('2026 年度学时 0.3 / 24 学时 即将到期 按进度今天应达 22.4 学时 · 还差 22.1 学时 · 距年底 24 天');
    const bar = hours.querySelector('progress')!;
    expect([bar.value, bar.max]).to.deep.equal([0.3, 24]);
    expect(bar.getAttribute('aria-label')).to.equal('本年度学时：0.3 / 24 学时');
  });

  it('links each assigned course with href-template; without it a button fires pb-course-select with the plan’s row', async () => {
    const linked = await mount([{ body: memberPlan() }], { hrefTemplate: '/study.html?course={id}' });
    await untilPart(linked.catalog, 'plan');
    expect(parts(linked.catalog, 'plan-course').map((row) => row.querySelector('a')!.getAttribute('href'))).to.deep.equal(
      ['c-lianzheng', 'c-dangshi', 'c-dangzhang', 'c-shichang'].map((id) => new URL(`/study.html?course=${id}`, location.href).href),
    );

    const { catalog } = await mount([{ body: memberPlan() }]);
    await untilPart(catalog, 'plan');
    focusBefore(catalog);
    await tabTo((el) => el.matches('.plan-name button') && el.textContent === '党章学习', '党章学习 in 为你安排');
    const chosen = oneEvent(catalog, 'pb-course-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = await chosen;
    expect(detail.courseId).to.equal('c-dangzhang');
    expect(detail.plan!.dueOn).to.equal('2027-02-20');
    // The card's data comes along when the course is on the catalog's page.
    expect(detail.course!.progress.percent).to.equal(25);
    const other = oneEvent(catalog, 'pb-course-select');
    parts(catalog, 'plan-course')[0]!.querySelector('button')!.click();
    const { detail: overdue } = await other;
    expect(overdue.courseId).to.equal('c-lianzheng');
    expect(overdue.course, 'not on the catalog’s page').to.equal(undefined);
  });

  it('reads in English', async () => {
    const { catalog } = await mount([{ body: memberPlan() }], { locale: 'en' });
    const plan = await untilPart(catalog, 'plan');
    expect(plan.querySelector('h3')!.textContent).to.equal('Assigned to you');
    expect(planRows(catalog)[0]).to.equal('Overdue 廉洁自律教育 10 days overdue due Nov 27 0%');
    expect(planRows(catalog)[2]).to.equal('On track 党章学习 75 days left due Feb 20, 2027 25%');
    expect(text(part(catalog, 'plan-hours')!)).to.equal('Study hours in 2026 0.3 / 24 hours Due soon 22.4 hours expected by today · 22.1 hours to catch up · 24 days to the year’s end');
    await expect(catalog).shadowDom.to.be.accessible();
  });

  it('plan="off" leaves the section out and asks nothing for it', async () => {
    const { catalog, server } = await mount([{ body: memberPlan() }], { plan: 'off' });
    expect(part(catalog, 'plan')).to.equal(null);
    expect((await server.log()).map((r) => r.path)).to.deep.equal(['/courses']);
    catalog.plan = 'on';
    await untilPart(catalog, 'plan');
  });

  it('an unknown plan value is said once, naming the attribute, and the section shows', async () => {
    const logged = await consoleErrors(async () => {
      const { catalog } = await mount([{ body: memberPlan() }], { plan: 'hidden' });
      await untilPart(catalog, 'plan');
    });
    expect(logged.filter((line) => line.includes('plan'))).to.have.length(1);
  });

  it('a backend without the operation: no section, no error, the catalog as before', async () => {
    // Today's REST backends answer 404 for a path they do not have.
    const missing = await mount([{ status: 404, body: { type: 'about:blank', title: 'Not Found', status: 404 } }]);
    await waitUntil(async () => (await missing.server.log()).some((r) => r.path === '/study-plan'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(part(missing.catalog, 'plan')).to.equal(null);
    expect(part(missing.catalog, 'error')).to.equal(null);
    expect(missing.catalog.shadowRoot!.querySelector('.plan-loading')).to.equal(null);
    // A site configured with `endpoints: { getMyStudyPlan: false }` refuses as not offered.
    const notOffered = Object.assign(new Error('getMyStudyPlan is not offered on this site'), { kind: 'not-offered', name: 'NotOfferedError' });
    const { catalog } = await mountWith({ listCourses: async () => page, getMyStudyPlan: async () => Promise.reject(notOffered) });
    await waitUntil(() => !catalog.shadowRoot!.querySelector('.plan-loading'), 'the section never settled');
    expect(part(catalog, 'plan')).to.equal(null);
    expect(part(catalog, 'error')).to.equal(null);
    // A visitor not signed in, or a refusal, are no plan either.
    for (const status of [401, 403]) {
      const { catalog: other } = await mountWith({ listCourses: async () => page, getMyStudyPlan: async () => Promise.reject(new ProblemError({ status, title: 'x' })) });
      await waitUntil(() => !other.shadowRoot!.querySelector('.plan-loading'), 'the section never settled');
      expect(part(other, 'plan'), String(status)).to.equal(null);
      expect(part(other, 'error'), String(status)).to.equal(null);
    }
  });

  it('nothing assigned: no section', async () => {
    const { catalog, server } = await mount([{ body: emptyPlan() }]);
    await waitUntil(async () => (await server.log()).some((r) => r.path === '/study-plan'));
    await waitUntil(() => !catalog.shadowRoot!.querySelector('.plan-loading'), 'the section never settled');
    expect(part(catalog, 'plan')).to.equal(null);
    expect(text(catalog)).not.to.contain('为你安排');
  });

  it('while the plan loads: two quiet lines, and the catalog is usable meanwhile', async () => {
    const { catalog } = await mountWith({ listCourses: async () => page, getMyStudyPlan: never });
    const loading = catalog.shadowRoot!.querySelector('.plan-loading')!;
    expect(loading.getAttribute('aria-hidden')).to.equal('true');
    expect(parts(catalog, 'course')).to.have.length(3);
    expect(part(catalog, 'plan')).to.equal(null);
  });

  it('a plan that could not load: an error with a retry that loads it, the catalog unaffected', async () => {
    const { catalog } = await mount([{ status: 503, body: { type: 'about:blank', title: 'Service Unavailable', status: 503 } }, { body: memberPlan() }]);
    const error = await untilPart(catalog, 'error');
    expect(error.closest('.plan-error')).to.exist;
    expect(parts(catalog, 'course')).to.have.length(3);
    await expect(catalog).shadowDom.to.be.accessible();
    part<HTMLButtonElement>(catalog, 'retry')!.click();
    await untilPart(catalog, 'plan');
    expect(part(catalog, 'error')).to.equal(null);
  });

  it('names the field when the plan comes in a wrong shape', async () => {
    const wrong = { ...memberPlan(), courses: [{ ...memberPlan().courses[0], dueOn: '27/11/2026' }] };
    const { catalog } = await mount([{ body: wrong }], { locale: 'en' });
    await untilPart(catalog, 'error');
    expect(catalog.shadowRoot!.querySelector('.plan-error code')!.textContent).to.contain('$.courses[0].dueOn');
  });

  it('offers a veteran member listening and larger text; the switch enlarges this catalog only, and back', async () => {
    const { catalog, server } = await mount([{ body: veteranPlan() }]);
    const tip = await untilPart(catalog, 'plan-tip');
    expect(text(tip)).to.equal('老党员学习提示：打开课程后可点“仅音频”只听声音；字看不清，可以放大字号。 放大字号');
    const button = tip.querySelector('button')!;
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    const before = parseFloat(getComputedStyle(catalog).fontSize);
    focusBefore(catalog);
    await tabTo((el) => el === button, 'the larger-text switch');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => button.getAttribute('aria-pressed') === 'true', 'the switch did not press');
    await waitUntil(() => parseFloat(getComputedStyle(catalog).fontSize) === before * 1.25, 'the text did not grow');
    expect(catalog.dataset['theme'], 'the page’s theme (and colours) are left as they are').to.equal('light');
    expect(deepActive()).to.equal(button);
    await expect(catalog).shadowDom.to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => parseFloat(getComputedStyle(catalog).fontSize) === before, 'the switch did not go back');
    // Text size is no reason to ask the server again.
    expect((await server.log()).filter((r) => r.path === '/study-plan')).to.have.length(1);
  });

  it('offers a migrant member listening to save data; no hint for others; no switch where the page already shows large text', async () => {
    const migrant = await mount([{ body: migrantPlan() }]);
    const tip = await untilPart(migrant.catalog, 'plan-tip');
    expect(text(tip)).to.contain('网络不好时，打开课程后可点“仅音频”只听声音，更省流量');
    expect(tip.querySelector('button')).to.equal(null);
    const ordinary = await mount([{ body: memberPlan() }]);
    await untilPart(ordinary.catalog, 'plan');
    expect(part(ordinary.catalog, 'plan-tip')).to.equal(null);
    const large = await mount([{ body: veteranPlan() }], { theme: 'large-text' });
    expect((await untilPart(large.catalog, 'plan-tip')).querySelector('button')).to.equal(null);
  });

  it('is accessible in the dark and large-text themes, and dark with the veteran’s larger text', async () => {
    for (const theme of ['dark', 'large-text', 'dark+larger']) {
      // The catalog is transparent: a page that chooses the dark theme is dark itself.
      try {
        document.documentElement.style.background = theme.startsWith('dark') ? '#121113' : '';
        const { catalog } = await mount([{ body: veteranPlan() }], { theme: theme.replace('+larger', '') });
        await untilPart(catalog, 'plan');
        if (theme.endsWith('+larger')) {
          part(catalog, 'plan-tip')!.querySelector('button')!.click();
          await waitUntil(() => catalog.hasAttribute('data-larger-text'), 'no larger text');
        }
        await expect(catalog).shadowDom.to.be.accessible();
      } finally {
        document.documentElement.style.background = '';
      }
    }
  });

  it('lays out by its own width: one line a course at a desk, stacked on a phone, nothing wider than itself', async () => {
    for (const width of [375, 1280]) {
      const { catalog } = await mount([{ body: memberPlan() }], { width });
      await untilPart(catalog, 'plan');
      const row = parts(catalog, 'plan-course')[0]!;
      const [badge, name, when] = [row.querySelector('.badge')!, row.querySelector('.plan-name')!, row.querySelector('.plan-when')!].map((e) => e.getBoundingClientRect());
      if (width === 1280) expect(when.top, 'one line').to.be.below(name.bottom);
      else expect(when.top, 'the days go under the title').to.be.at.least(name.bottom - 1);
      expect(Math.abs(badge.top - name.top), 'the status beside the title').to.be.below(name.height);
      const base = part(catalog, 'base')!;
      expect(base.scrollWidth, `nothing overflows at ${width} px`).to.be.at.most(base.clientWidth);
    }
  });

  it('the year’s 学时 reached: its certificate (年度学习证书) from 为你安排, with the verification code; an error has a retry', async () => {
    const done = studyPlan([], planHours(32, 33.5));
    const { catalog, server } = await mount([{ body: done }]);
    await server.script({
      'GET /study-plan/certificate': [
        { status: 503, body: { type: '/problems/unavailable', title: 'Unavailable', status: 503 } },
        { body: certificate({ kind: 'year', title: '2026 年度学习', hours: 33.5, courseId: null, year: 2026, completedOn: '2026-11-20' }) },
      ],
    });
    const hours = await untilPart(catalog, 'plan-hours');
    const open = [...hours.querySelectorAll('button')].find((b) => b.textContent!.trim() === '查看年度学习证书')!;
    expect(open, 'the certificate is offered once the year’s hours are reached').to.exist;
    open.click();
    const retry = await untilPart(catalog, 'retry');
    retry.click();
    const shown = await untilPart(catalog, 'certificate');
    expect(text(shown)).to.contain('年度学习证书');
    expect(text(shown)).to.contain('张建国 同志完成2026 年度学习，学时达到年度要求');
    expect(text(shown)).to.contain('计 33.5 学时');
    expect(text(shown)).to.contain('K7Q2-9MZX-4R8P');
    expect(catalog.hasAttribute('data-certificate')).to.equal(true);
    const asked = (await server.log()).filter((r) => r.path.endsWith('/study-plan/certificate'));
    expect(asked.map((r) => r.query)).to.deep.equal(['year=2026', 'year=2026']);
    await expect(catalog).shadowDom.to.be.accessible();
  });

  it('no certificate is offered before the year’s hours are reached', async () => {
    const { catalog } = await mount([{ body: studyPlan([], planHours(32, 10)) }]);
    const hours = await untilPart(catalog, 'plan-hours');
    expect([...hours.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.not.include('查看年度学习证书');
  });
});
