import { expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../../../test/browser/support/wait.js';
import { NetworkError, ProblemError } from '../../../api/errors.js';
import { deepActive } from '../../../../test/support/a11y.js';
import type { PbCourseRequests } from '../pb-course-requests.js';
import { fakeRequests } from '../../../../fixtures/course-requests.js';
import { failOnPageErrors, mount, part, row, setValue, text, titles, untilPart, untilText } from './support.js';

const $ = <T extends HTMLElement>(element: Element, selector: string) => element.shadowRoot!.querySelector<T>(selector)!;

async function openForm(element: PbCourseRequests) {
  await untilPart(element, 'ask-button');
  part<HTMLButtonElement>(element, 'ask-button')!.click();
  return untilPart(element, 'ask-form');
}

/** Fills the form as a member does; `undefined` leaves a field as it is. */
async function fill(element: PbCourseRequests, draft: { title?: string; details?: string; category?: string; anonymous?: boolean }) {
  if (draft.title !== undefined) setValue($<HTMLInputElement>(element, '#ask-title'), draft.title);
  if (draft.details !== undefined) setValue($<HTMLTextAreaElement>(element, '#ask-details'), draft.details);
  if (draft.category !== undefined) {
    await waitUntil(() => $<HTMLSelectElement>(element, '#ask-category').options.length > 1, 'the categories never came');
    setValue($<HTMLSelectElement>(element, '#ask-category'), draft.category);
  }
  if (draft.anonymous) $<HTMLInputElement>(element, 'input[name="anonymous"]').click();
  await element.updateComplete;
}

const send = (element: PbCourseRequests) => $<HTMLButtonElement>(element, '[part~="ask-form"] button[type="submit"]').click();

describe('<pb-course-requests>: asking for a course', function () {
  this.timeout(20_000);
  failOnPageErrors();

  it('opens the form with the focus in its first field, the catalog’s categories to choose from', async () => {
    const { element } = await mount(fakeRequests().backend);
    await openForm(element);
    await element.updateComplete;
    expect(deepActive()?.id).to.equal('ask-title');
    expect(part(element, 'ask-button')!.getAttribute('aria-expanded')).to.equal('true');
    await waitUntil(() => $<HTMLSelectElement>(element, '#ask-category').options.length > 1, 'no categories');
    expect([...$<HTMLSelectElement>(element, '#ask-category').options].map((o) => o.value)).to.deep.equal(['', '理论学习', '党史学习教育', '党务知识', '实用技能', '经济知识', '法治教育', '党风廉政']);
    await expect(element).shadowDom.to.be.accessible();
  });

  it('offers near-duplicate requests and existing courses while the title is typed, and only after a pause', async () => {
    const fake = fakeRequests();
    const asked: string[] = [];
    const find = fake.backend.findSimilarCourseRequests!;
    const { element } = await mount({ ...fake.backend, findSimilarCourseRequests: (query, options) => (asked.push(query.title), find(query, options)) });
    await openForm(element);
    await fill(element, { title: '智' });
    await fill(element, { title: '智能' });
    await fill(element, { title: '智能手机' });
    const offers = await untilPart(element, 'suggestions');
    await waitUntil(() => text(offers).includes('智能手机常用功能培训'), 'no near duplicate offered');
    // One question for the title the member paused at, none for a single character.
    expect(asked).to.deep.equal(['智能手机']);
    expect(text(offers)).to.contain('已有相近的需求或课程');
    expect(text(offers)).to.contain('我也想学，不再新提');
    await fill(element, { title: '农村常用法律' });
    await waitUntil(() => text(part(element, 'suggestions')!).includes('农村常用法律知识'), 'no course offered');
    const course = part(element, 'suggestions')!.querySelector<HTMLButtonElement>('[part~="course-link"]')!;
    const opened = oneEvent(element, 'pb-course-open');
    course.click();
    expect((await opened).detail).to.deep.equal({ courseId: 'c-falv', title: '农村常用法律知识' });
    await expect(element).shadowDom.to.be.accessible();
  });

  it('“I want this too” on a near duplicate adds the voice instead of a new request, and closes the form', async () => {
    const fake = fakeRequests();
    const { element } = await mount(fake.backend);
    await openForm(element);
    await fill(element, { title: '智能手机培训' });
    await waitUntil(() => part(element, 'suggestions')?.querySelector('[data-act="voice"]'), 'no voice offered');
    const voiced = oneEvent(element, 'pb-request-voice');
    part(element, 'suggestions')!.querySelector<HTMLButtonElement>('[data-act="voice"]')!.click();
    expect((await voiced).detail.requestId).to.equal('cr-phone');
    expect(part(element, 'ask-form') === null).to.equal(true);
    expect(deepActive() === part(element, 'ask-button'), 'the focus').to.equal(true);
    expect(part(row(element, '智能手机常用功能培训'), 'voice')!.getAttribute('aria-pressed')).to.equal('true');
    expect(fake.writes.some((w) => w.operation === 'createCourseRequest')).to.equal(false);
  });

  it('names each wrong field before anything is sent, and puts the focus on the first', async () => {
    const fake = fakeRequests();
    const { element } = await mount(fake.backend);
    await openForm(element);
    send(element);
    await untilPart(element, 'field-error');
    expect([...element.shadowRoot!.querySelectorAll('[part~="field-error"]')].map((e) => e.textContent)).to.deep.equal(['请填写想学的内容，至少 2 个字。', '请选择课程类别。']);
    await element.updateComplete;
    expect(deepActive()?.id).to.equal('ask-title');
    expect($(element, '#ask-title').getAttribute('aria-invalid')).to.equal('true');
    expect($(element, '#ask-title').getAttribute('aria-describedby')).to.equal('ask-title-hint ask-title-error');
    await fill(element, { title: '法'.repeat(61), details: '长'.repeat(501), category: '法治教育' });
    expect([...element.shadowRoot!.querySelectorAll('[part~="field-error"]')].map((e) => e.textContent)).to.deep.equal([
      '“想学什么”最多 60 个字，现在是 61 个字。',
      '具体说明最多 500 个字，现在是 501 个字。',
    ]);
    expect(fake.writes.filter((w) => w.operation === 'createCourseRequest')).to.deep.equal([]);
    await expect(element).shadowDom.to.be.accessible();
  });

  it('sends the request once with its key: shown first at once, then as the backend has it, with pb-request-create', async () => {
    const fake = fakeRequests();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const create = fake.backend.createCourseRequest!;
    const { element } = await mount({ ...fake.backend, createCourseRequest: async (request, options) => (await held, create(request, options)) });
    await openForm(element);
    await fill(element, { title: ' 农村电商直播进阶 ', details: '开直播以后怎么留住看的人。', category: '实用技能', anonymous: true });
    const created = oneEvent(element, 'pb-request-create');
    send(element);
    await untilPart(element, 'waiting');
    expect(part(element, 'ask-form') === null).to.equal(true);
    expect(titles(element)[0]).to.equal('农村电商直播进阶');
    const waiting = row(element, '农村电商直播进阶');
    expect(text(waiting)).to.contain('我提的');
    expect(text(waiting)).to.contain('匿名');
    expect(part(waiting, 'voice') === null, 'no voice toggle before the server knows it').to.equal(true);
    release();
    const { detail } = await created;
    expect(detail.request).to.include({ title: '农村电商直播进阶', anonymous: true, requester: null, status: 'received' });
    await waitUntil(() => !part(element, 'waiting'), 'the request stayed waiting');
    expect(titles(element)[0]).to.equal('农村电商直播进阶');
    expect(part(row(element, '农村电商直播进阶'), 'voice')!.getAttribute('aria-pressed')).to.equal('true');
    const writes = fake.writes.filter((w) => w.operation === 'createCourseRequest');
    expect(writes.map((w) => w.args)).to.deep.equal([[{ title: '农村电商直播进阶', details: '开直播以后怎么留住看的人。', category: '实用技能', anonymous: true }]]);
    // The next request starts empty.
    await openForm(element);
    expect($<HTMLInputElement>(element, '#ask-title').value).to.equal('');
  });

  it('a request the backend refuses opens the form again with what was typed and why', async () => {
    const fake = fakeRequests();
    const { element } = await mount({
      ...fake.backend,
      createCourseRequest: async () => {
        throw new ProblemError({ status: 422, title: 'Unprocessable Content', detail: '课程类别“实用技能”已停用，请选择其他类别。' });
      },
    });
    await openForm(element);
    await fill(element, { title: '电商直播', category: '实用技能' });
    send(element);
    await untilText(element, '需求未能提交：课程类别“实用技能”已停用，请选择其他类别。');
    expect($<HTMLInputElement>(element, '#ask-title').value).to.equal('电商直播');
    expect(part(element, 'waiting') === null).to.equal(true);
    expect(titles(element)).not.to.include('电商直播');
  });

  it('a request asked offline waits in the list with the sync note and lands once when the connection is back', async () => {
    const fake = fakeRequests();
    let offline = true;
    const keys: string[] = [];
    const create = fake.backend.createCourseRequest!;
    const { element } = await mount({
      ...fake.backend,
      createCourseRequest: async (request, options) => {
        keys.push(options.idempotencyKey);
        if (offline) throw new NetworkError('POST /course-requests (offline)');
        return create(request, options);
      },
    });
    await openForm(element);
    await fill(element, { title: '茶叶病虫害防治', category: '实用技能' });
    send(element);
    await untilText(element, '当前处于离线状态');
    expect(part(row(element, '茶叶病虫害防治'), 'waiting')).to.exist;
    offline = false;
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => fake.writes.some((w) => w.operation === 'createCourseRequest'), 'the request never landed', { timeout: 12_000 });
    await waitUntil(() => !part(element, 'waiting'), 'the request stayed waiting');
    expect(new Set(keys).size).to.equal(1);
    expect(fake.requests.filter((r) => r.title === '茶叶病虫害防治')).to.have.length(1);
  });

  it('says when the categories could not load, and loads them again', async () => {
    const fake = fakeRequests();
    let fail = true;
    const { element } = await mount({
      ...fake.backend,
      listCourses: async (query, options) => {
        if (fail) throw new ProblemError({ status: 503, title: 'Service Unavailable' });
        return fake.backend.listCourses!(query, options);
      },
    });
    await openForm(element);
    await untilText(element, '课程类别未能加载。');
    fail = false;
    $<HTMLButtonElement>(element, '#ask-category-hint button').click();
    await waitUntil(() => $<HTMLSelectElement>(element, '#ask-category').options.length > 1, 'the categories never came');
  });

  it('cancel closes the form and gives the focus back', async () => {
    const { element } = await mount(fakeRequests().backend);
    await openForm(element);
    $<HTMLButtonElement>(element, '[data-act="cancel-ask"]').click();
    await waitUntil(() => !part(element, 'ask-form'), 'the form stayed');
    expect(deepActive() === part(element, 'ask-button'), 'the focus').to.equal(true);
  });

  it('reads in English', async () => {
    const { element } = await mount(fakeRequests().backend, undefined, 'en');
    await openForm(element);
    send(element);
    await untilPart(element, 'field-error');
    expect(text(part(element, 'ask-form')!)).to.contain('What do you want to learn?');
    expect([...element.shadowRoot!.querySelectorAll('[part~="field-error"]')].map((e) => e.textContent)).to.deep.equal(['Say what you want to learn, in 2 characters or more.', 'Choose a course category.']);
    await fill(element, { title: '智能手机' });
    await waitUntil(() => text(part(element, 'suggestions')!).includes('I want this too (instead of a new request)'), 'no English offer');
    await expect(element).shadowDom.to.be.accessible();
  });
});
