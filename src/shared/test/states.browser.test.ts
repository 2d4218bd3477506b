import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../../test/browser/support/wait.js';
import '../../define/pb-config.js';
import { configure } from '../../config/configure.js';
import type { Backend } from '../../api/backend.js';
import { NetworkError, ProblemError } from '../../api/errors.js';
import { mockServer } from '../../../test/browser/support/mock.js';
import '../../../fixtures/pb-example.js';
import type { PbExample } from '../../../fixtures/pb-example.js';
import { exampleCourse } from '../../../fixtures/example-course.js';

/** A course as the contract gives it (the backend checks every answer against the contract). */
const course = exampleCourse('c1', { l1: 60 });

function shadowText(element: Element): string {
  return element.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
}

async function settled(element: PbExample, part: string) {
  await waitUntil(() => element.shadowRoot!.querySelector(`[part~="${part}"]`), `no [part=${part}] appeared`);
}

describe('shared states through the data controller', () => {
  let errors: unknown[] = [];
  const originalError = console.error;
  beforeEach(() => {
    errors = [];
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
  });
  afterEach(() => {
    console.error = originalError;
    configure({ apiBase: undefined, backend: undefined, locale: undefined });
  });

  it('shows a loading skeleton, then the data', async () => {
    const server = await mockServer({ 'GET /courses/c1': [{ body: course, delayMs: 300 }] });
    const element = await fixture<PbExample>(html`<pb-example api-base=${server.base} course-id="c1"></pb-example>`);
    const loading = element.shadowRoot!.querySelector('[part="loading"]')!;
    expect(loading).to.exist;
    expect(loading.getAttribute('role')).to.equal('status');
    expect(loading.textContent).to.contain('正在加载');
    await expect(element).shadowDom.to.be.accessible();
    await waitUntil(() => element.shadowRoot!.querySelector('h2'));
    expect(shadowText(element)).to.contain('党章学习');
  });

  it('shows the empty state when there is nothing', async () => {
    const server = await mockServer({ 'GET /courses/c1': [{ body: { ...course, lessons: [] } }] });
    const element = await fixture<PbExample>(html`<pb-example api-base=${server.base} course-id="c1" locale="en"></pb-example>`);
    await settled(element, 'empty');
    expect(shadowText(element)).to.contain('Nothing here yet');
    await expect(element).shadowDom.to.be.accessible();
  });

  it('shows an error with a retry that loads again', async () => {
    const server = await mockServer({ 'GET /courses/c1': [{ status: 404, body: { title: 'Not Found', status: 404 } }, { body: course }] });
    const element = await fixture<PbExample>(html`<pb-example api-base=${server.base} course-id="c1"></pb-example>`);
    await settled(element, 'error');
    const error = element.shadowRoot!.querySelector('[part="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('未找到该内容');
    await expect(element).shadowDom.to.be.accessible();
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await waitUntil(() => element.shadowRoot!.querySelector('h2'));
    expect(shadowText(element)).to.contain('党章学习');
  });

  it('names the JSON path when the backend sends the wrong shape', async () => {
    const server = await mockServer({ 'GET /courses/c1': [{ body: { ...course, lessons: [{ ...course.lessons[0], durationSeconds: '60' }] } }] });
    const element = await fixture<PbExample>(html`<pb-example api-base=${server.base} course-id="c1" locale="en"></pb-example>`);
    await settled(element, 'error');
    expect(shadowText(element)).to.contain('unexpected format');
    const detail = element.shadowRoot!.querySelector('.state-detail code')!.textContent!;
    expect(detail).to.contain(`GET ${server.base}/courses/{courseId}`);
    expect(detail).to.contain('$.lessons[0].durationSeconds');
    expect(detail).to.contain('expected a number from 0, got "60"');
  });

  it('without an api base: a clear error and one console error naming api-base', async () => {
    const element = await fixture<PbExample>(html`<pb-example course-id="c1"></pb-example>`);
    await settled(element, 'error');
    expect(shadowText(element)).to.contain('组件配置有误');
    expect(shadowText(element)).to.contain('api-base');
    expect(element.shadowRoot!.querySelector('[part="retry"]')).to.equal(null);
    element.requestUpdate();
    await element.updateComplete;
    expect(errors.filter((e) => String(e).includes('api-base'))).to.have.length(1);
  });

  it('an unknown locale is an error naming the locale attribute', async () => {
    const server = await mockServer({ 'GET /courses/c1': [{ body: course }] });
    const element = await fixture<PbExample>(html`<pb-example api-base=${server.base} course-id="c1" locale="fr-FR"></pb-example>`);
    await settled(element, 'error');
    expect(shadowText(element)).to.contain('locale');
    expect(errors.filter((e) => String(e).includes('locale'))).to.have.length(1);
  });

  it('a malformed endpoint template names the endpoint setting', async () => {
    const element = await fixture<PbExample>(html`<pb-config api-base="/api" .endpoints=${{ getCourse: '/course/get?id={courseId' }}>
      <pb-example course-id="c1"></pb-example>
    </pb-config>`);
    const widget = element.querySelector<PbExample>('pb-example')!;
    await settled(widget, 'error');
    expect(shadowText(widget)).to.contain('endpoints.getCourse');
  });

  it('works through a page Backend that overrides one method', async () => {
    const calls: string[] = [];
    const getCourse: Backend['getCourse'] = async (id) => {
      calls.push(id);
      return { ...course, title: '现代农业实用技术' } as never;
    };
    configure({ backend: { getCourse } });
    const element = await fixture<PbExample>(html`<pb-example course-id="c9"></pb-example>`);
    await waitUntil(() => element.shadowRoot!.querySelector('h2'));
    expect(shadowText(element)).to.contain('现代农业实用技术');
    expect(calls).to.deep.equal(['c9']);
    // The other operations still speak REST; the page's own one answers through the backend's check.
    expect(element.backend.me).to.be.a('function');
    await element.backend.getCourse('c10');
    expect(calls).to.deep.equal(['c9', 'c10']);
  });

  it('back online after a network failure it loads again by itself; a refusal (404) waits for Retry', async () => {
    const answers: Array<() => unknown> = [
      () => Promise.reject(new NetworkError('GET /courses/c1')),
      () => course,
      () => Promise.reject(new ProblemError({ status: 404, title: 'Not Found' })),
    ];
    let calls = 0;
    configure({ backend: { getCourse: async () => answers[calls++]!() as never } });
    const element = await fixture<PbExample>(html`<pb-example course-id="c1"></pb-example>`);
    await settled(element, 'error');
    dispatchEvent(new Event('online'));
    await waitUntil(() => element.shadowRoot!.querySelector('h2'), 'did not load again when back online');
    expect(calls).to.equal(2);
    element.courseId = 'c2';
    await settled(element, 'error');
    dispatchEvent(new Event('online'));
    await aTimeout(50);
    expect(calls).to.equal(3);
    expect(element.shadowRoot!.querySelector('[part="error"]')).to.exist;
  });

  it('aborts the request when the element leaves the page, and loads again when it returns', async () => {
    const server = await mockServer({ 'GET /courses/c1': [{ body: course, delayMs: 400 }] });
    const element = await fixture<PbExample>(html`<pb-example api-base=${server.base} course-id="c1"></pb-example>`);
    const parent = element.parentElement!;
    element.remove();
    expect(element.signals[0]!.aborted).to.equal(true);
    parent.append(element);
    await waitUntil(() => element.shadowRoot!.querySelector('h2'), 'did not load again');
    expect(element.signals).to.have.length(2);
  });

  it('loads again when its inputs change, aborting the stale request', async () => {
    const server = await mockServer({
      'GET /courses/c1': [{ body: course, delayMs: 500 }],
      'GET /courses/c2': [{ body: { ...course, id: 'c2', title: '党史专题' } }],
    });
    const element = await fixture<PbExample>(html`<pb-example api-base=${server.base} course-id="c1"></pb-example>`);
    element.courseId = 'c2';
    await waitUntil(() => shadowText(element).includes('党史专题'));
    expect(element.signals[0]!.aborted).to.equal(true);
    await aTimeout(600);
    expect(shadowText(element)).to.contain('党史专题');
  });
});

