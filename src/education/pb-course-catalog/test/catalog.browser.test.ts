import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../../../test/browser/support/wait.js';
import { consoleErrors } from '../../../../test/browser/support/console.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../../define/pb-config.js';
import '../../../define/pb-course-catalog.js';
import type { CourseSummary } from '../../../api/types.js';
import { mockServer, type MockAnswer } from '../../../../test/browser/support/mock.js';
import { $, $$, text } from '../../test/helpers.js';

const course = (id: string, title: string, category: string, required: boolean, progress = { percent: 0, creditedSeconds: 0, completed: false }): CourseSummary => ({
  id,
  title,
  description: `${title}：课程简介。`,
  category,
  required,
  coverUrl: null,
  lessonCount: 4,
  durationSeconds: 2400,
  creditHours: 2,
  progress,
});

const catalogCourses = [
  course('c-dangzhang', '党章学习', '理论学习', true, { percent: 45, creditedSeconds: 1260, completed: false }),
  course('c-dangshi', '党史专题', '党史学习教育', true, { percent: 100, creditedSeconds: 5400, completed: true }),
  course('c-dangwu', '基层党务工作实务', '党务知识', true),
  course('c-nongye', '现代农业实用技术', '实用技能', false),
  course('c-lianzheng', '廉洁自律教育', '党风廉政', true),
  course('c-shichang', '市场经济基础知识', '经济知识', false),
  course('c-falv', '法律法规常识', '法治教育', false),
  course('c-anquan', '安全生产与应急知识', '实用技能', false),
];

const page = (items: CourseSummary[], extra: Record<string, unknown> = {}) => ({
  items,
  nextCursor: null,
  total: items.length,
  categories: ['理论学习', '党史学习教育', '党务知识', '实用技能'],
  ...extra,
});

async function mount(answers: MockAnswer[], attrs: { hrefTemplate?: string; locale?: string } = {}) {
  const server = await mockServer({ 'GET /courses': answers });
  // Without the client's own retries, so a scripted failure reaches the element.
  const wrapper = await fixture<HTMLElement>(
    html`<pb-config .retry=${{ retries: 0 }}
      ><pb-course-catalog api-base=${server.base} locale=${attrs.locale ?? 'zh-CN'} href-template=${attrs.hrefTemplate ?? ''}></pb-course-catalog
    ></pb-config>`,
  );
  const catalog = wrapper.querySelector('pb-course-catalog')!;
  await waitUntil(() => $(catalog, '.list, [part="empty"], [part="error"]'), 'the catalog did not load');
  const queries = async () => (await server.log()).filter((r) => r.path === '/courses').map((r) => new URLSearchParams(r.query));
  return { server, catalog, queries };
}

describe('<pb-course-catalog>', () => {
  it('lists courses with type, category, progress, credited time and completion', async () => {
    const { catalog } = await mount([{ body: page(catalogCourses.slice(0, 4)) }]);
    const cards = $$(catalog, '[part="course"]');
    expect(cards).to.have.length(4);
    expect(cards[0]!.textContent).to.contain('党章学习');
    expect(cards[0]!.textContent).to.contain('必修');
    expect(cards[0]!.textContent).to.contain('已学习 21分钟', 'time studied, named so');
    expect(cards[0]!.querySelector('progress')!.value).to.equal(45);
    expect(cards[0]!.querySelector('progress')!.getAttribute('aria-label')).to.equal('《党章学习》学习进度');
    expect(cards[1]!.textContent).to.contain('已完成');
    expect(cards[1]!.textContent).to.contain('已获 2 学时', 'a completed course says the 学时 it gave, as the leaderboard counts them');
    expect(cards[1]!.textContent).not.to.contain('已学习', 'not the time studied');
    expect(cards[3]!.textContent).to.contain('选修');
    expect(text(catalog)).to.contain('共 4 门课程');
    await expect(catalog).shadowDom.to.be.accessible();
  });

  it('filters required/elective and by category on the server', async () => {
    const { catalog, queries } = await mount([{ body: page(catalogCourses) }]);
    $$<HTMLInputElement>(catalog, 'input[type="radio"]')[1]!.click();
    await waitUntil(async () => (await queries()).length === 2);
    expect((await queries())[1]!.get('required')).to.equal('true');
    $$<HTMLInputElement>(catalog, 'input[type="radio"]')[2]!.click();
    await waitUntil(async () => (await queries()).length === 3);
    expect((await queries())[2]!.get('required')).to.equal('false');
    expect(catalog.filter).to.equal('elective');
    expect(catalog.getAttribute('filter')).to.equal('elective');

    const select = $<HTMLSelectElement>(catalog, 'select')!;
    expect([...select.options].map((o) => o.textContent)).to.deep.equal(['全部分类', '理论学习', '党史学习教育', '党务知识', '实用技能']);
    select.value = '实用技能';
    select.dispatchEvent(new Event('change'));
    await waitUntil(async () => (await queries()).length === 4);
    expect((await queries())[3]!.get('category')).to.equal('实用技能');
  });

  it('an unknown filter or page-size is reported once, naming the attribute; the catalog shows all courses', async () => {
    const logged = await consoleErrors(async () => {
      const server = await mockServer({ 'GET /courses': [{ body: page(catalogCourses) }] });
      const catalog = await fixture<HTMLElement>(html`<pb-course-catalog api-base=${server.base} filter="mandatory" page-size="1000"></pb-course-catalog>`);
      await waitUntil(() => $(catalog, '.list'), 'the catalog did not load');
      const [query] = (await server.log()).filter((r) => r.path === '/courses').map((r) => new URLSearchParams(r.query));
      expect(query!.has('required')).to.equal(false);
      expect(query!.get('limit')).to.equal('100');
      expect($$<HTMLInputElement>(catalog, 'input[type="radio"]').find((input) => input.checked)?.value).to.equal('all');
    });
    expect(logged.filter((line) => line.includes('filter'))).to.have.length(1);
    expect(logged.filter((line) => line.includes('page-size'))).to.have.length(1);
  });

  it('searches on the server once the member pauses typing, or at once on Enter', async () => {
    const { catalog, queries } = await mount([{ body: page(catalogCourses) }]);
    $<HTMLInputElement>(catalog, 'input[type="search"]')!.focus();
    await sendKeys({ type: '党史' });
    const typed = performance.now();
    const early = await queries();
    // Only meaningful while the 350 ms pause has not passed (a busy machine can be slower).
    if (performance.now() - typed < 300) expect(early, 'searched while typing').to.have.length(1);
    await waitUntil(async () => (await queries()).length === 2, 'no search after the pause');
    expect((await queries())[1]!.get('q')).to.equal('党史');
    await sendKeys({ type: '专题' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(async () => (await queries()).length === 3, 'Enter did not search');
    expect((await queries())[2]!.get('q')).to.equal('党史专题');
    await aTimeout(500);
    expect(await queries(), 'the debounce searched again').to.have.length(3);
  });

  it('loads more with the cursor and moves focus to the first new course', async () => {
    const { catalog, queries } = await mount([
      { body: page(catalogCourses.slice(0, 4), { nextCursor: 'p2', total: 8 }) },
      { body: page(catalogCourses.slice(4), { total: 8 }) },
    ]);
    expect(text(catalog)).to.contain('共 8 门课程');
    $<HTMLButtonElement>(catalog, '[part="more"]')!.click();
    await waitUntil(() => $$(catalog, '[part="course"]').length === 8, 'no more courses');
    expect((await queries())[1]!.get('cursor')).to.equal('p2');
    expect($(catalog, '[part="more"]')).to.equal(null);
    expect(catalog.shadowRoot!.activeElement!.textContent).to.equal(catalogCourses[4]!.title);
  });

  it('shows the empty state with a way to clear the filters', async () => {
    const { catalog, queries } = await mount([{ body: page(catalogCourses) }, { body: page([]) }, { body: page(catalogCourses) }]);
    const live = $(catalog, '.count[role="status"]');
    catalog.search = '没有这门课';
    await waitUntil(() => $(catalog, '[part="empty"]'), 'no empty state');
    expect(text(catalog)).to.contain('没有符合条件的课程');
    // The same live region, still in the page, says it to screen readers.
    expect($(catalog, '.count[role="status"]')).to.equal(live);
    expect(live!.textContent).to.equal('共 0 门课程');
    [...catalog.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('清除筛选'))!.click();
    await waitUntil(() => $(catalog, '.list'), 'the list did not come back');
    expect((await queries()).at(-1)!.has('q')).to.equal(false);
  });

  it('shows an error with a retry that loads again', async () => {
    const { catalog } = await mount([{ status: 503, body: { type: 'about:blank', title: 'Service Unavailable', status: 503 } }, { body: page(catalogCourses) }]);
    await waitUntil(() => $(catalog, '[part="error"]'), 'no error');
    expect(text(catalog)).to.contain('服务器暂时无法处理请求');
    $<HTMLButtonElement>(catalog, '[part="retry"]')!.click();
    await waitUntil(() => $(catalog, '.list'), 'retry did not load');
  });

  it('fires pb-course-select from a course button', async () => {
    const { catalog } = await mount([{ body: page(catalogCourses.slice(0, 2)) }], { locale: 'en' });
    const title = $<HTMLButtonElement>(catalog, '[part="title"] button')!;
    setTimeout(() => title.click());
    const { detail } = await oneEvent(catalog, 'pb-course-select');
    expect(detail.courseId).to.equal('c-dangzhang');
    expect(detail.course.title).to.equal('党章学习');
  });

  it('links each course with href-template, the id encoded; a cancelled event keeps the page', async () => {
    const odd = { ...catalogCourses[0]!, id: 'c 1&x=<y>', title: '<img src=x onerror="window.__pwned=1">党章' };
    const { catalog } = await mount([{ body: page([odd]) }], { hrefTemplate: '/study.html?course={id}' });
    const link = $<HTMLAnchorElement>(catalog, '[part="title"] a')!;
    expect(link.getAttribute('href')).to.equal(new URL('/study.html?course=c%201%26x%3D%3Cy%3E', location.href).href);
    expect(link.textContent).to.equal('<img src=x onerror="window.__pwned=1">党章');
    catalog.addEventListener('pb-course-select', (e) => e.preventDefault(), { once: true });
    let navigated = true;
    link.addEventListener('click', (e) => (navigated = !e.defaultPrevented), { once: true });
    link.click();
    expect(navigated).to.equal(false);
    expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
  });

  it('names the field when the backend sends the wrong shape', async () => {
    const wrong = { ...catalogCourses[0]!, progress: { percent: '45%', creditedSeconds: 0, completed: false } };
    const { catalog } = await mount([{ body: page([wrong as unknown as CourseSummary]) }], { locale: 'en' });
    expect(text(catalog)).to.contain('unexpected format');
    expect($(catalog, '.state-detail code')!.textContent).to.contain('$.items[0].progress.percent');
  });

  it('filters from the keyboard with arrow keys', async () => {
    const { catalog, queries } = await mount([{ body: page(catalogCourses) }]);
    $$<HTMLInputElement>(catalog, 'input[type="radio"]')[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(async () => (await queries()).length === 2);
    expect(catalog.filter).to.equal('required');
  });
});
