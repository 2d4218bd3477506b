import { expect, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../../../test/browser/support/wait.js';
import { NetworkError, ProblemError } from '../../../api/errors.js';
import { deepActive, never } from '../../../../test/support/a11y.js';
import { courseRequest, dayFrom, fakeRequests, memberPage, memberRequests } from '../../../../fixtures/course-requests.js';
import { failOnPageErrors, mount, part, parts, row, styleAttributes, text, titles, untilPart, untilText } from './support.js';

const zhDay = (day: string) => new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
const enDay = (day: string) => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

describe('<pb-course-requests>: what a member sees', function () {
  this.timeout(20_000);
  failOnPageErrors();

  it('shows each request’s status plainly: received, planned with its day, available with its course, declined with the reason, merged into which', async () => {
    const { element } = await mount(fakeRequests().backend, () => html`<pb-course-requests href-template="/study.html?course={id}"></pb-course-requests>`);
    await untilPart(element, 'request');
    const requests = memberRequests();
    expect(titles(element)).to.deep.equal(requests.map((r) => r.title));
    const planned = row(element, '农村电商直播入门');
    expect(text(part(planned, 'status')!)).to.equal('已排期');
    expect(text(part(planned, 'status-line')!)).to.equal(`计划于 ${zhDay(requests[0]!.plannedOn!)} 开课`);
    expect(text(part(row(element, '红色家风故事分享'), 'status-line')!)).to.equal(`${zhDay(requests[1]!.createdOn)}提出，等待支部安排`);
    const available = row(element, '法律常识：土地承包与婚姻家庭');
    expect(text(part(available, 'status-line')!)).to.equal('课程已上线：农村常用法律知识 去学习');
    expect(part<HTMLAnchorElement>(available, 'course-link')!.href).to.equal(new URL('/study.html?course=c-falv', location.href).href);
    expect(text(part(row(element, '组织外出参观红色教育基地'), 'status-line')!)).to.equal('未采纳：本季度活动经费已用完，已列入明年计划；可先参加线上红色展馆学习。');
    expect(text(part(row(element, '教老党员用智能手机'), 'status-line')!)).to.equal('已并入“智能手机常用功能培训”，想学的人数一并计入');
    // Every status has its word beside its icon, never colour alone.
    expect(parts(element, 'status').map((s) => s.dataset['status'])).to.deep.equal(requests.map((r) => r.status));
    expect(styleAttributes(element)).to.deep.equal([]);
    await expect(element).shadowDom.to.be.accessible();
  });

  it('marks the member’s own requests, anonymity and news; voices only while a request is open', async () => {
    const { element } = await mount(fakeRequests().backend);
    await untilPart(element, 'request');
    const own = row(element, '农村电商直播入门');
    expect(text(own)).to.contain('我提的');
    expect(own.hasAttribute('data-unread')).to.equal(true);
    expect(text(part(own, 'news')!)).to.equal('新进展');
    expect(text(row(element, '如何在手机上参加网上党支部活动'))).to.contain('匿名');
    expect(text(row(element, '红色家风故事分享'))).to.contain('我想学');
    expect(part(row(element, '红色家风故事分享'), 'voice')!.getAttribute('aria-pressed')).to.equal('true');
    expect(part(row(element, '家庭理财与防范电信诈骗'), 'voice')!.getAttribute('aria-pressed')).to.equal('false');
    expect(text(part(row(element, '家庭理财与防范电信诈骗'), 'voices')!)).to.equal('3 人想学');
    // Available, declined and merged requests take no more voices: a count, no toggle.
    for (const title of ['法律常识：土地承包与婚姻家庭', '组织外出参观红色教育基地', '教老党员用智能手机']) {
      expect(part(row(element, title), 'voice') === null, title).to.equal(true);
      expect(part(row(element, title), 'voices'), title).to.exist;
    }
    expect(text(part(element, 'unread')!)).to.equal('1 项需求有新进展');
  });

  it('“I want this too” shows pressed at once, sends one write with its key, fires pb-request-voice; pressing again withdraws', async () => {
    const fake = fakeRequests();
    const { element } = await mount(fake.backend);
    await untilPart(element, 'request');
    const button = () => part<HTMLButtonElement>(row(element, '家庭理财与防范电信诈骗'), 'voice')!;
    const voiced = oneEvent(element, 'pb-request-voice');
    button().click();
    await element.updateComplete;
    expect(button().getAttribute('aria-pressed')).to.equal('true');
    expect(text(part(row(element, '家庭理财与防范电信诈骗'), 'voices')!)).to.equal('4 人想学');
    const { detail } = await voiced;
    expect(detail.requestId).to.equal('cr-finance');
    expect(detail.voiced).to.equal(true);
    expect(detail.request.voices).to.equal(4);
    const voices = () => fake.writes.filter((w) => w.operation === 'setCourseRequestVoice');
    expect(voices().map((w) => w.args)).to.deep.equal([['cr-finance', { voiced: true }]]);
    expect(voices()[0]!.key).to.match(/^[0-9a-f-]{36}$/);

    const withdrawn = oneEvent(element, 'pb-request-voice');
    button().click();
    expect((await withdrawn).detail.voiced).to.equal(false);
    expect(button().getAttribute('aria-pressed')).to.equal('false');
    expect(text(part(row(element, '家庭理财与防范电信诈骗'), 'voices')!)).to.equal('3 人想学');
    expect(fake.requests.find((r) => r.id === 'cr-finance')!.mine.voiced).to.equal(false);
    expect(voices().map((w) => w.args[1])).to.deep.equal([{ voiced: true }, { voiced: false }]);
    expect(new Set(voices().map((w) => w.key)).size).to.equal(2);
  });

  it('a voice refused because the request was answered meanwhile says so on its row, which then shows the answer', async () => {
    const fake = fakeRequests();
    const { element } = await mount(fake.backend);
    await untilPart(element, 'request');
    // The secretary declined it in the meantime.
    Object.assign(fake.requests.find((r) => r.id === 'cr-finance')!, { status: 'declined', revision: 1, declineReason: '县里下月有专题讲座。' });
    part<HTMLButtonElement>(row(element, '家庭理财与防范电信诈骗'), 'voice')!.click();
    const refusal = await untilPart(row(element, '家庭理财与防范电信诈骗'), 'refusal');
    expect(text(refusal)).to.equal('未能完成：这项需求已有结果，不能再更改。');
    expect(refusal.getAttribute('role')).to.equal('alert');
    await waitUntil(() => text(part(row(element, '家庭理财与防范电信诈骗'), 'status-line')!) === '未采纳：县里下月有专题讲座。', 'the row did not show the answer');
    expect(part(row(element, '家庭理财与防范电信诈骗'), 'voice') === null, 'no voice toggle on a declined request').to.equal(true);
    expect(text(part(row(element, '家庭理财与防范电信诈骗'), 'voices')!)).to.equal('3 人想学');
    expect(part(row(element, '家庭理财与防范电信诈骗'), 'refusal'), 'the reason stays').to.exist;
  });

  it('a voice given offline shows waiting with the sync note, and lands once when the connection is back', async () => {
    const fake = fakeRequests();
    const attempts: string[] = [];
    let offline = true;
    const send = fake.backend.setCourseRequestVoice!;
    const { element } = await mount({
      ...fake.backend,
      setCourseRequestVoice: async (id, voice, options) => {
        attempts.push(options.idempotencyKey);
        if (offline) throw new NetworkError('PUT /course-requests (offline)');
        return send(id, voice, options);
      },
    });
    await untilPart(element, 'request');
    part<HTMLButtonElement>(row(element, '家庭理财与防范电信诈骗'), 'voice')!.click();
    await untilText(element, '当前处于离线状态');
    const waiting = row(element, '家庭理财与防范电信诈骗');
    expect(part(waiting, 'waiting')).to.exist;
    expect(part(waiting, 'voice')!.getAttribute('aria-pressed')).to.equal('true');
    expect(text(part(waiting, 'voices')!)).to.equal('4 人想学');
    offline = false;
    await waitUntil(() => fake.writes.filter((w) => w.operation === 'setCourseRequestVoice').length === 1, `the voice never landed: ${attempts.length}`, { timeout: 12_000 });
    await waitUntil(() => !part(element, 'sync') && !part(row(element, '家庭理财与防范电信诈骗'), 'waiting'), `the sync note stayed: ${part(element, 'sync') ? text(part(element, 'sync')!) : ''} | ${text(row(element, '家庭理财与防范电信诈骗'))}`);
    expect(new Set(attempts).size, 'every attempt carried the same key').to.equal(1);
    expect(fake.requests.find((r) => r.id === 'cr-finance')!.voices).to.equal(4);
  });

  it('marks the news seen with the revision shown and fires pb-request-seen with what stays unread; the mark stays on screen', async () => {
    const fake = fakeRequests();
    const { element } = await mount(fake.backend);
    const seen = oneEvent(element, 'pb-request-seen');
    const { detail } = await seen;
    expect(detail).to.deep.equal({ seen: [{ id: 'cr-ecommerce', revision: 1 }], unread: 0 });
    expect(fake.writes.filter((w) => w.operation === 'markCourseRequestsSeen').map((w) => w.args)).to.deep.equal([[{ seen: [{ id: 'cr-ecommerce', revision: 1 }] }]]);
    expect(row(element, '农村电商直播入门').hasAttribute('data-unread')).to.equal(true);
  });

  it('opens a course: a cancelable pb-course-open, and a button that fires it without href-template', async () => {
    const { element } = await mount(fakeRequests().backend);
    await untilPart(element, 'request');
    const link = part<HTMLButtonElement>(row(element, '法律常识：土地承包与婚姻家庭'), 'course-link')!;
    expect(link.localName).to.equal('button');
    const opened = oneEvent(element, 'pb-course-open');
    link.click();
    expect((await opened).detail).to.deep.equal({ courseId: 'c-falv', title: '农村常用法律知识' });
  });

  it('with href-template, cancelling pb-course-open keeps the page where it is', async () => {
    const { element } = await mount(fakeRequests().backend, () => html`<pb-course-requests href-template="/study.html?course={id}"></pb-course-requests>`);
    await untilPart(element, 'request');
    const link = part<HTMLAnchorElement>(row(element, '法律常识：土地承包与婚姻家庭'), 'course-link')!;
    let prevented = false;
    element.addEventListener('pb-course-open', (event) => event.preventDefault(), { once: true });
    // Read after the widget's own listener, as the browser does before following the link.
    const read = (event: Event) => (prevented = event.defaultPrevented);
    document.addEventListener('click', read, { once: true });
    link.click();
    expect(prevented).to.equal(true);
  });

  it('filters by status and “mine” on the server, and offers to clear filters that match nothing', async () => {
    const fake = fakeRequests();
    const queries: unknown[] = [];
    const list = fake.backend.listCourseRequests!;
    const { element } = await mount({ ...fake.backend, listCourseRequests: (query, options) => (queries.push(query), list(query, options)) });
    await untilPart(element, 'request');
    const select = element.shadowRoot!.querySelector<HTMLSelectElement>('[part~="toolbar"] select')!;
    select.value = 'planned';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => titles(element).length === 2, 'the planned requests did not show');
    expect(titles(element)).to.deep.equal(['农村电商直播入门', '智能手机常用功能培训']);
    expect(element.getAttribute('status')).to.equal('planned');
    element.shadowRoot!.querySelector<HTMLInputElement>('[part~="toolbar"] input[type="checkbox"]')!.click();
    await waitUntil(() => titles(element).length === 1, 'mine did not filter');
    expect(queries.at(-1)).to.include({ status: 'planned', mine: true, limit: 20 });
    element.status = 'received';
    element.mine = false;
    fake.requests.splice(0, fake.requests.length, ...fake.requests.filter((r) => r.status !== 'received'));
    await untilText(element, '没有符合条件的需求');
    element.shadowRoot!.querySelector<HTMLButtonElement>('[data-act="clear"]')!.click();
    await waitUntil(() => titles(element).length === fake.requests.length, 'clearing did not show all');
    expect(element.status).to.equal('');
  });

  it('shows loading, then an error with a retry that loads again', async () => {
    const fake = fakeRequests();
    let fail = true;
    const { element } = await mount({
      ...fake.backend,
      listCourseRequests: async (query, options) => {
        if (fail) throw new ProblemError({ status: 503, title: 'Service Unavailable' });
        return fake.backend.listCourseRequests!(query, options);
      },
    });
    await untilPart(element, 'error');
    fail = false;
    part<HTMLButtonElement>(element, 'retry')!.click();
    await untilPart(element, 'request');
    const loading = await mount({ listCourseRequests: never });
    expect(part(loading.element, 'loading')).to.exist;
  });

  it('with no request in the branch, says so and offers to ask', async () => {
    const fake = fakeRequests([]);
    const { element } = await mount(fake.backend);
    const empty = await untilPart(element, 'empty');
    expect(text(empty)).to.contain('本支部还没有人点单');
    element.shadowRoot!.querySelector<HTMLButtonElement>('.none [data-act="ask"]')!.click();
    await untilPart(element, 'ask-form');
    await expect(element).shadowDom.to.be.accessible();
  });

  it('loads more with the cursor, and the keyboard continues at the first new request', async () => {
    const first = Array.from({ length: 20 }, (_, i) => courseRequest(`cr-${i}`, { title: `需求 ${i + 1}` }));
    const { element } = await mount({
      listCourseRequests: async (query) => (query.cursor === 'p2' ? memberPage([courseRequest('cr-21', { title: '需求 21' })]) : memberPage(first, { nextCursor: 'p2', total: 21 })),
    });
    await untilPart(element, 'more');
    expect(text(element)).to.contain('共 21 项需求');
    part<HTMLButtonElement>(element, 'more')!.click();
    await waitUntil(() => titles(element).length === 21, 'the second page did not come');
    expect(part(element, 'more') === null).to.equal(true);
    await waitUntil(() => deepActive()?.textContent?.trim() === '需求 21', 'the focus did not go to the first new request');
  });

  it('reads in English', async () => {
    const { element } = await mount(fakeRequests().backend, undefined, 'en');
    await untilPart(element, 'request');
    const requests = memberRequests();
    expect(text(part(element, 'ask-button')!)).to.equal('Ask for a course');
    expect(text(part(row(element, '农村电商直播入门'), 'status-line')!)).to.equal(`Planned for ${enDay(requests[0]!.plannedOn!)}`);
    expect(text(part(row(element, '农村电商直播入门'), 'news')!)).to.equal('News');
    expect(text(part(row(element, '家庭理财与防范电信诈骗'), 'voices')!)).to.equal('3 want this');
    expect(text(part(row(element, '组织外出参观红色教育基地'), 'status')!)).to.equal('Declined');
    expect(text(part(element, 'unread')!)).to.equal('1 request has news');
    await expect(element).shadowDom.to.be.accessible();
  });

  it('says a wrong view or status once in the console and shows the member’s list', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      const { element } = await mount(fakeRequests().backend, () => html`<pb-course-requests view="secretary" status="open"></pb-course-requests>`);
      await untilPart(element, 'request');
      expect(titles(element)).to.have.length(memberRequests().length);
    } finally {
      console.error = original;
    }
    expect(errors.some((e) => e.includes('view') && e.includes('"secretary"'))).to.equal(true);
    expect(errors.some((e) => e.includes('status') && e.includes('"open"'))).to.equal(true);
  });

  it('a created day reads the same in every time zone', () => {
    expect(zhDay(dayFrom(0))).to.match(/^\d{4}年\d{1,2}月\d{1,2}日$/);
  });
});
