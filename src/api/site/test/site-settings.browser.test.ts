/**
 * Connecting a backend by settings (issue 16), seen from the page: the `site` attribute,
 * robust parsing (19-digit ids, a success without data, business codes), operations not
 * offered, field maps that name the backend's field when a map is wrong, tokens read from
 * the site's own storage into its own header, payments settled at once, and the catalog's
 * controls. A mock API answers as foreign backends do.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../define/pb-config.js';
import '../../../define/pb-course-catalog.js';
import '../../../define/pb-dues-status.js';
import { request } from '../../client.js';
import { ProblemError, ShapeError } from '../../errors.js';
import { backendFor } from '../../rest-backend.js';
import { duesYear, unpaidMonths } from '../../../../fixtures/dues.js';
import { mockServer, rejection, settingsFor } from '../../../../test/browser/support/mock.js';
import { waitUntil } from '../../../../test/browser/support/wait.js';

const ID = '1798234567890123456';
const shadowText = (element: Element) => element.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('connecting a backend by settings', function () {
  this.timeout(20_000);

  it('keeps a 19-digit id exact from the answer to the next request', async () => {
    const course = `{"code":200,"msg":"ok","data":{"id":${ID},"title":"党章学习","lessons":[{"id":${ID.slice(0, -1)}7,"title":"第一讲","kind":"video","media":{"src":"/v.mp4"}}]}}`;
    const server = await mockServer({ [`GET /courses/${ID}`]: [{ text: course, headers: { 'content-type': 'application/json' } }] });
    const backend = backendFor(settingsFor(server.base, { envelope: 'code-msg-data', maps: { getCourse: {} } }));
    const got = await backend.getCourse(ID);
    expect(got.id).to.equal(ID);
    expect(got.lessons[0]!.id).to.equal(`${ID.slice(0, -1)}7`);
    expect((await server.log()).map((r) => r.path)).to.deep.equal([`/courses/${ID}`]);
  });

  it('reads a success that carries no data (RuoYi, nothing found) as "not found", not a broken backend', async () => {
    const server = await mockServer({ 'GET /courses/c9': [{ body: { code: 200, msg: '操作成功' } }] });
    const error = (await rejection(request(settingsFor(server.base, { envelope: 'code-msg-data' }), { operation: 'getCourse', params: { courseId: 'c9' } }))) as ProblemError;
    expect(error).to.be.instanceOf(ProblemError);
    expect(error.status).to.equal(404);
    expect(error.retryable).to.equal(false);
  });

  it("keeps the backend's business code on the error: in a 200 envelope and beside an HTTP status", async () => {
    const server = await mockServer({
      'GET /me': [{ body: { code: 500, msg: '用户不存在' } }],
      'GET /dues': [{ status: 403, body: { code: 'A0301', msg: '访问未授权', data: null } }],
    });
    const settings = settingsFor(server.base, { envelope: 'code-msg-data' });
    expect(((await rejection(request(settings, { operation: 'me' }))) as ProblemError).code).to.equal(500);
    const refused = (await rejection(request(settings, { operation: 'getDues', params: {} }))) as ProblemError;
    expect([refused.status, refused.code]).to.deep.equal([403, 'A0301']);
  });

  it('shows an operation the site does not offer as such, asking nothing, with no retry', async () => {
    const server = await mockServer({});
    for (const locale of ['zh-CN', 'en']) {
      const element = await fixture(html`<pb-config api-base=${server.base} locale=${locale} site='{"endpoints": {"getDues": false}}'><pb-dues-status></pb-dues-status></pb-config>`);
      const widget = element.querySelector('pb-dues-status')!;
      await waitUntil(() => widget.shadowRoot?.querySelector('[part~="not-offered"]'), 'the not-offered state');
      expect(shadowText(widget)).to.contain(locale === 'en' ? 'This site does not offer this feature' : '本站暂未开通此功能');
      expect(widget.shadowRoot!.querySelector('[part~="retry"]')).to.equal(null);
      await expect(widget).shadowDom.to.be.accessible();
    }
    expect((await server.log()).length).to.equal(0);
  });

  it('reads settings from a JSON block (site="#id"), and names a site attribute that is not JSON', async () => {
    const server = await mockServer({ 'GET /party/course/list': [{ body: { code: 200, msg: '查询成功', rows: [{ courseId: 7, courseName: '党章学习', courseType: '3' }], total: 1 } }] });
    const block = Object.assign(document.createElement('script'), { type: 'application/json', id: 'site-under-test' });
    block.textContent = JSON.stringify({
      apiBase: server.base,
      envelope: 'code-msg-data',
      endpoints: { listCourses: '/party/course/list?pageNum={cursor}&pageSize={limit}&courseName={q}' },
      maps: { listCourses: { item: { id: 'courseId', title: 'courseName', category: { from: 'courseType', values: { '3': '党章党规' } } } } },
    });
    document.body.append(block);
    try {
      const element = await fixture(html`<pb-config site="#site-under-test"><pb-course-catalog></pb-course-catalog></pb-config>`);
      const catalog = element.querySelector('pb-course-catalog')!;
      await waitUntil(() => catalog.shadowRoot?.querySelector('[part="course"]'), 'the mapped course');
      expect(catalog.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim()).to.equal('党章学习');
      expect(shadowText(catalog)).to.contain('党章党规');
      // No search and no cursor: the template's empty query pairs are left out.
      expect((await server.log()).filter((r) => r.path === '/party/course/list').map((r) => r.query)).to.deep.equal(['pageSize=12']);
    } finally {
      block.remove();
    }

    const broken = await fixture(html`<pb-config site="{apiBase: /api}"><pb-course-catalog></pb-course-catalog></pb-config>`);
    const catalog = broken.querySelector('pb-course-catalog')!;
    await waitUntil(() => catalog.shadowRoot?.querySelector('[part~="error"]'), 'the configuration error');
    expect(shadowText(catalog)).to.contain('site');
  });

  it("names the backend's field when a map points at the wrong one", async () => {
    const server = await mockServer({ 'GET /courses': [{ body: { code: 200, rows: [{ courseId: 7, courseName: '党章学习' }], total: 1 } }] });
    const settings = settingsFor(server.base, { envelope: 'code-msg-data', maps: { listCourses: { item: { id: 'courseId', title: 'courseTitle' } } } });
    // The catalog on this page expects the contract's course list: the backend checks the answer.
    const error = await backendFor(settings).listCourses({}).then(
      () => Promise.reject(new Error('expected a shape error')),
      (problem: unknown) => problem as ShapeError,
    );
    expect(error).to.be.instanceOf(ShapeError);
    expect(error.message).to.contain('$.items[0].title (mapped from rows[0].courseTitle)');
  });

  it("sends the token from the site's own cookie in its own header, with fixed headers beside it", async () => {
    const server = await mockServer({ 'GET /me': [{ body: { code: 200, data: { id: 'm1', name: '李明', branchId: 'b1', branchName: '第一党支部' } } }] });
    document.cookie = 'Site-Token=t-42; path=/';
    try {
      const settings = settingsFor(server.base, {
        envelope: 'code-msg-data',
        values: { tenant: 'qs' },
        auth: { tokenFrom: 'cookie:Site-Token', header: 'satoken', headers: { 'tenant-id': '{values.tenant}' } },
      });
      const member = await backendFor(settings).me();
      expect(member.roles).to.deep.equal(['member'], 'a documented default for what the backend does not send');
      const [sent] = await server.log();
      expect([sent!.headers['satoken'], sent!.headers['tenant-id'], sent!.headers['authorization']]).to.deep.equal(['t-42', 'qs', undefined]);
    } finally {
      document.cookie = 'Site-Token=; path=/; max-age=0';
    }
  });

  it('shows a payment the backend settled at once as paid, opening no payment page', async () => {
    // The overdue month and this month, as the widget chooses them.
    const months = unpaidMonths(1);
    const paid = { code: 200, msg: '缴纳成功', data: { payId: 31, payStatus: '1', monthList: months, payAmount: 48, payTime: '2026-12-07 10:00:00' } };
    const server = await mockServer({ 'GET /dues': [{ body: duesYear(1) }], 'POST /party/dues/pay': [{ body: paid }] });
    const site = JSON.stringify({
      envelope: 'code-msg-data',
      endpoints: { createPayment: 'POST /party/dues/pay', getPayment: false, me: false },
      maps: {
        getDues: { data: '$' },
        createPayment: {
          body: { monthList: '{months}' },
          fields: { id: 'payId', status: { from: 'payStatus', values: { '1': 'paid' } }, months: 'monthList', amountFen: { from: 'payAmount', scale: 100 }, createdAt: 'payTime', paidAt: 'payTime' },
        },
      },
    });
    const created: Event[] = [];
    const settled: CustomEvent[] = [];
    const onCreate = (event: Event) => created.push(event);
    const onSettle = (event: Event) => settled.push(event as CustomEvent);
    document.addEventListener('pb-payment-create', onCreate);
    document.addEventListener('pb-payment-settle', onSettle);
    try {
      const element = await fixture(html`<pb-config api-base=${server.base} site=${site}><pb-dues-status></pb-dues-status></pb-config>`);
      const widget = element.querySelector('pb-dues-status')!;
      await waitUntil(() => widget.shadowRoot?.querySelector('[part~="pay-button"]'), 'the pay button');
      widget.shadowRoot!.querySelector<HTMLButtonElement>('[part~="pay-button"]')!.click();
      await waitUntil(() => settled.length === 1, 'the payment settled');
      expect(settled[0]!.detail.payment.status).to.equal('paid');
      expect(created.length, 'no payment page to open').to.equal(0);
      const posts = (await server.log()).filter((r) => r.method === 'POST');
      expect(posts.map((r) => JSON.parse(r.body))).to.deep.equal([{ monthList: months }]);
    } finally {
      document.removeEventListener('pb-payment-create', onCreate);
      document.removeEventListener('pb-payment-settle', onSettle);
    }
  });

  it('offers only the catalog filters a site lists in controls', async () => {
    const server = await mockServer({ 'GET /courses': [{ body: { items: [], total: 0, nextCursor: null, categories: ['党史'] } }] });
    const element = await fixture(html`<pb-course-catalog api-base=${server.base} controls="search"></pb-course-catalog>`);
    await waitUntil(() => element.shadowRoot?.querySelector('[part~="empty"]'), 'the empty catalog');
    const visible = (selector: string) => element.shadowRoot!.querySelector<HTMLElement>(selector)!.checkVisibility();
    expect([visible('.segments'), visible('select'), visible('input[type="search"]')]).to.deep.equal([false, false, true]);
    element.setAttribute('controls', '');
    await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(visible('[part="toolbar"]')).to.equal(false);
  });
});
