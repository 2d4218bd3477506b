import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../../../test/browser/support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../../define/pb-config.js';
import '../../../define/pb-dues-status.js';
import { NetworkError } from '../../../api/errors.js';
import type { Payment } from '../../../api/types.js';
import type { PbDuesStatus } from '../pb-dues-status.js';
import { openLocalStore } from '../../../storage/local-store.js';
import { mockServer, type MockAnswer, type MockServer } from '../../../../test/browser/support/mock.js';
import { duesYear, payment, thisMonth, thisYear, unpaidMonths } from '../../../../fixtures/dues.js';
import { failOnPageErrors, part, parts, styleAttributes, text, untilPart, untilText } from '../../../../test/browser/support/parts.js';

const me = { body: { id: 'm0001', name: '李明', branchId: 'b01', branchName: '第一党支部', roles: ['member'], category: 'in-service', migrant: false } };
const chosen = unpaidMonths(2);
const amount = `¥${((chosen.length * 4800) / 100).toFixed(2)}`;

/** The year after the gateway confirmed: the chosen months paid (late, for the overdue ones). */
function paidYear(p: Payment) {
  const statuses = Object.fromEntries(p.months.map((m) => [m, m < thisMonth ? ('paid-late' as const) : ('paid' as const)]));
  return duesYear(0, { payments: [{ ...p, status: 'paid', paidAt: new Date().toISOString() }] }, statuses);
}

async function payPage(routes: Record<string, MockAnswer[]>, attrs = '') {
  const server = await mockServer({ 'GET /me': [me], 'GET /dues': [{ body: duesYear(2) }], ...routes });
  const element = await fixture<PbDuesStatus>(html`<pb-dues-status api-base=${server.base} pay-target=${attrs || 'self'}></pb-dues-status>`);
  await untilPart(element, 'pay-button');
  return { server, element };
}

const posts = async (server: MockServer) => (await server.log()).filter((r) => r.method === 'POST' && r.path === '/dues/payments');

/** A month as the English grid names it: "Sep" for 2026-09. */
const monthLabel = (month: string) => new Date(`${month}-01T00:00:00`).toLocaleString('en', { month: 'short' });

/** The member comes back to the page (from the gateway tab, or the phone). */
const comeBack = () => window.dispatchEvent(new Event('focus'));

describe('<pb-dues-status>: paying', function () {
  // Axe over a whole widget takes seconds on a busy shared machine.
  this.timeout(20_000);
  failOnPageErrors();
  // Tests never leave this page: the host opens payment pages itself.
  const stay = (event: Event) => event.preventDefault();
  beforeEach(() => document.addEventListener('pb-payment-create', stay));
  afterEach(() => document.removeEventListener('pb-payment-create', stay));

  it('chooses every overdue month plus the current one, and adds them up', async () => {
    const { element } = await payPage({});
    const checked = parts(element, 'month')
      .filter((cell) => cell.querySelector<HTMLInputElement>('input')?.checked)
      .map((cell) => cell.dataset['status']);
    expect(checked).to.deep.equal([...chosen.slice(0, -1).map(() => 'unpaid'), 'due']);
    expect(text(part(element, 'pay')!)).to.contain(`已选 ${chosen.length} 个月，合计 ${amount}`);
    expect(text(part(element, 'pay-button')!)).to.equal(`缴纳 ${amount}`);
  });

  it('changes the choice from the keyboard', async () => {
    const { element } = await payPage({});
    const box = parts(element, 'month')
      .map((cell) => cell.querySelector<HTMLInputElement>('input'))
      .filter((input) => input?.checked)
      .at(-1)!;
    box.focus();
    await sendKeys({ press: 'Space' });
    expect(box.checked).to.equal(false);
    expect(text(part(element, 'pay')!)).to.contain(`已选 ${chosen.length - 1} 个月`);
    await sendKeys({ press: 'Space' });
    expect(text(part(element, 'pay')!)).to.contain(`已选 ${chosen.length} 个月`);
  });

  it('oldest first: ticking a later month ticks the unpaid months before it; unticking the oldest unticks the rest', async () => {
    const { element } = await payPage({});
    const boxes = () => parts(element, 'month').map((cell) => cell.querySelector<HTMLInputElement>('input'));
    const ticked = () => parts(element, 'month').filter((cell) => cell.querySelector<HTMLInputElement>('input')?.checked).map((cell) => cell.dataset['status']);
    expect(text(part(element, 'pay')!)).to.contain('按月份先后缴纳：勾选某月，会一并勾选之前未交的月份。');
    const oldest = boxes().find((input) => input?.checked)!;
    oldest.click();
    await element.updateComplete;
    expect(ticked()).to.deep.equal([]);
    expect(part<HTMLButtonElement>(element, 'pay-button')!.disabled).to.equal(true);
    // This month alone, while the two before it are unpaid, cannot be chosen: they come with it.
    const current = parts(element, 'month').find((cell) => cell.dataset['status'] === 'due')!;
    current.querySelector('input')!.click();
    await element.updateComplete;
    expect(ticked()).to.deep.equal(['unpaid', 'unpaid', 'due']);
    expect(text(part(element, 'pay')!)).to.contain(`已选 ${chosen.length} 个月，合计 ${amount}`);
  });

  it('pays: creates the payment once, opens its page, and shows the months paid when the member comes back', async () => {
    const created = payment({ months: chosen, amountFen: chosen.length * 4800 });
    const { server, element } = await payPage({
      'POST /dues/payments': [{ status: 201, body: created }],
      'GET /dues/payments/pay_1': [{ body: { ...created, status: 'paid', paidAt: new Date().toISOString() } }],
    });
    await server.script({
      'GET /me': [me],
      'GET /dues': [{ body: paidYear(created) }],
      'POST /dues/payments': [{ status: 201, body: created }],
      'GET /dues/payments/pay_1': [{ status: 200, body: { ...created, status: 'pending' } }, { body: { ...created, status: 'paid', paidAt: new Date().toISOString() } }],
    });
    const opening = oneEvent(element, 'pb-payment-create');
    part<HTMLButtonElement>(element, 'pay-button')!.click();
    const { detail } = await opening;
    expect(detail.url).to.equal(`${location.origin}/pay/pay_1`);
    expect(detail.target).to.equal('self');
    const [post, ...more] = await posts(server);
    expect(more).to.have.length(0);
    expect(JSON.parse(post!.body)).to.deep.equal({ months: chosen });
    expect(post!.headers['idempotency-key']).to.match(/^[0-9a-f-]{36}$/);

    const pending = await untilPart(element, 'pending');
    expect(text(pending)).to.contain(`待支付 ${amount}`);
    expect(part<HTMLAnchorElement>(element, 'pay-link')!.href).to.equal(detail.url);
    // The pay button is gone: focus is on the panel that replaced it, not lost to the page.
    await waitUntil(() => element.shadowRoot!.activeElement?.matches('.pending-title'), 'focus did not follow to the pending payment');
    // The first check still finds it pending; the next one (after the gateway) paid.
    comeBack();
    await waitUntil(async () => (await server.log()).some((r) => r.path === '/dues/payments/pay_1'));
    const settled = oneEvent(element, 'pb-payment-settle');
    comeBack();
    expect((await settled).detail.payment.status).to.equal('paid');
    const outcome = await untilPart(element, 'outcome');
    await waitUntil(() => element.shadowRoot!.activeElement === outcome, 'focus did not follow to the outcome');
    expect(outcome.getAttribute('role')).to.equal('status');
    expect(text(outcome)).to.contain('支付成功');
    expect(text(outcome)).to.contain(amount);
    await waitUntil(() => parts(element, 'month').filter((m) => ['unpaid', 'due'].includes(m.dataset['status']!)).length === 0, 'the months never showed paid');
    expect(parts(element, 'month').filter((m) => m.dataset['status'] === 'paid-late')).to.have.length(chosen.length - 1);
    await expect(element).shadowDom.to.be.accessible();
  });

  for (const [status, words] of [
    ['failed', '支付未成功'],
    ['expired', '支付已超时失效'],
  ] as const) {
    it(`a ${status} payment says so and leaves the months unpaid`, async () => {
      const created = payment({ months: chosen, amountFen: chosen.length * 4800 });
      const { server, element } = await payPage({
        'POST /dues/payments': [{ status: 201, body: created }],
        'GET /dues/payments/pay_1': [{ body: { ...created, status } }],
      });
      part<HTMLButtonElement>(element, 'pay-button')!.click();
      await untilPart(element, 'pending');
      comeBack();
      const outcome = await untilPart(element, 'outcome');
      expect(outcome.getAttribute('role')).to.equal('alert');
      expect(text(outcome)).to.contain(words);
      expect(text(outcome)).to.contain('仍为未交，可重新缴纳');
      // The year is asked again, and still shows the months unpaid and chosen, ready to pay again.
      await waitUntil(async () => (await server.log()).filter((r) => r.path === '/dues').length === 2);
      expect(parts(element, 'month').filter((m) => m.dataset['status'] === 'unpaid' || m.dataset['status'] === 'due')).to.have.length(chosen.length);
      expect(part<HTMLButtonElement>(element, 'pay-button')!.disabled).to.equal(false);
      outcome.querySelector('button')!.click();
      await element.updateComplete;
      expect(part(element, 'outcome')).to.equal(null);
    });
  }

  it('the arrears notice keeps its styles when the pay flow brings its own (both lazy)', async () => {
    const months = unpaidMonths(3);
    const created = payment({ months, amountFen: months.length * 4800 });
    const server = await mockServer({
      'GET /me': [me],
      'GET /dues': [{ body: duesYear(3) }],
      'POST /dues/payments': [{ status: 201, body: created }],
      'GET /dues/payments/pay_1': [{ body: { ...created, status: 'pending' } }],
    });
    const element = await fixture<PbDuesStatus>(html`<pb-dues-status api-base=${server.base}></pb-dues-status>`);
    const notice = await untilPart(element, 'notice');
    expect(getComputedStyle(notice).borderInlineStartWidth, 'notice styled').to.equal('6px');
    part<HTMLButtonElement>(element, 'pay-button')!.click();
    const pending = await untilPart(element, 'pending');
    expect(getComputedStyle(pending).display, 'pay panel styled').to.equal('grid');
    expect(getComputedStyle(part(element, 'notice')!).borderInlineStartWidth, 'notice still styled').to.equal('6px');
  });

  it('retries a failed request with the same key: one payment, never two', async () => {
    const created = payment({ months: chosen });
    const { server, element } = await payPage({
      'POST /dues/payments': [{ status: 503, body: { title: 'Service Unavailable', status: 503 } }, { status: 201, body: created }],
    });
    part<HTMLButtonElement>(element, 'pay-button')!.click();
    await untilPart(element, 'pending', 8000);
    const sent = await posts(server);
    expect(sent).to.have.length(2);
    expect(sent[1]!.headers['idempotency-key']).to.equal(sent[0]!.headers['idempotency-key']);
  });

  it('after a reload, paying the same months again reuses the key of the payment started before', async () => {
    const created = payment({ months: chosen });
    const server = await mockServer({
      'GET /me': [me],
      'GET /dues': [{ body: duesYear(2) }],
      'POST /dues/payments': [{ status: 201, body: created }],
      'GET /dues/payments/pay_1': [{ body: created }],
    });
    // What the page before the reload left: the key of the payment it was starting.
    await openLocalStore('dues-payments').set(`pay|${server.base}`, { key: 'kept-key-1', months: [...chosen].reverse(), paymentId: null });
    const element = await fixture<PbDuesStatus>(html`<pb-dues-status api-base=${server.base}></pb-dues-status>`);
    await untilPart(element, 'pay-button');
    part<HTMLButtonElement>(element, 'pay-button')!.click();
    await untilPart(element, 'pending');
    const [post] = await posts(server);
    expect(post!.headers['idempotency-key']).to.equal('kept-key-1');
    // The kept key answers with the payment as it was: its status now is asked for.
    expect((await server.log()).some((r) => r.path === '/dues/payments/pay_1')).to.equal(true);
  });

  it('a kept key whose payment has ended starts a new payment with a new key', async () => {
    const old = payment({ id: 'pay_old', months: chosen, payUrl: '/pay/pay_old' });
    const fresh = payment({ id: 'pay_new', months: chosen, payUrl: '/pay/pay_new' });
    const server = await mockServer({
      'GET /me': [me],
      'GET /dues': [{ body: duesYear(2) }],
      'POST /dues/payments': [{ status: 201, body: old }, { status: 201, body: fresh }],
      'GET /dues/payments/pay_old': [{ body: { ...old, status: 'expired' } }],
    });
    await openLocalStore('dues-payments').set(`pay|${server.base}`, { key: 'kept-key-2', months: chosen, paymentId: 'pay_old' });
    const element = await fixture<PbDuesStatus>(html`<pb-dues-status api-base=${server.base}></pb-dues-status>`);
    await untilPart(element, 'pay-button');
    part<HTMLButtonElement>(element, 'pay-button')!.click();
    await untilPart(element, 'pending');
    const keys = (await posts(server)).map((r) => r.headers['idempotency-key']);
    expect(keys).to.have.length(2);
    expect(keys[0]).to.equal('kept-key-2');
    expect(keys[1]).not.to.equal('kept-key-2');
    expect(part<HTMLAnchorElement>(element, 'pay-link')!.href).to.equal(`${location.origin}/pay/pay_new`);
  });

  it('back from the gateway in the same tab: says how the payment it started ended', async () => {
    const done = payment({ id: 'pay_7', months: chosen, status: 'paid', paidAt: new Date().toISOString() });
    const server = await mockServer({ 'GET /me': [me], 'GET /dues': [{ body: paidYear(done) }] });
    await openLocalStore('dues-payments').set(`pay|${server.base}`, { key: 'k7', months: chosen, paymentId: 'pay_7' });
    const settled = new Promise<Payment>((resolve) =>
      document.addEventListener('pb-payment-settle', (e) => resolve(e.detail.payment), { once: true }),
    );
    const element = await fixture<PbDuesStatus>(html`<pb-dues-status api-base=${server.base}></pb-dues-status>`);
    expect(text(await untilPart(element, 'outcome'))).to.contain('支付成功');
    expect((await settled).id).to.equal('pay_7');
    expect(await openLocalStore('dues-payments').get(`pay|${server.base}`)).to.equal(undefined);
  });

  it('picks up a payment still waiting for the gateway (started before, or on another device)', async () => {
    // For one month only, not the default choice: the grid shows the payment's months.
    const waiting = payment({ id: 'pay_w', months: [chosen[0]!], payUrl: 'https://pay.example.cn/checkout?id=pay_w' });
    const server = await mockServer({
      'GET /me': [me],
      'GET /dues': [{ body: duesYear(2, { payments: [waiting] }) }],
      'GET /dues/payments/pay_w': [{ body: waiting }],
    });
    const element = await fixture<PbDuesStatus>(html`<pb-dues-status api-base=${server.base} locale="en"></pb-dues-status>`);
    const pending = await untilPart(element, 'pending');
    expect(text(pending)).to.contain('Waiting for payment: CN¥');
    expect(part<HTMLAnchorElement>(element, 'pay-link')!.href).to.equal('https://pay.example.cn/checkout?id=pay_w');
    expect(part(element, 'pay-button')).to.equal(null);
    // While it waits, the months cannot be chosen for another payment.
    expect(parts(element, 'month').every((m) => !m.querySelector('input') || m.querySelector('input')!.disabled)).to.equal(true);
    const ticked = parts(element, 'month').filter((m) => m.querySelector('input')?.checked);
    expect(ticked.map((m) => text(m.querySelector('.month-name')!))).to.deep.equal([monthLabel(chosen[0]!)]);
  });

  it('shows a QR code to pay on a phone, drawn without style attributes, loaded on first use', async () => {
    const created = payment({ months: chosen });
    document.removeEventListener('pb-payment-create', stay);
    const { element } = await payPage({ 'POST /dues/payments': [{ status: 201, body: created }], 'GET /dues/payments/pay_1': [{ body: created }] }, 'qr');
    part<HTMLButtonElement>(element, 'pay-button')!.click();
    const qr = await untilPart(element, 'qr');
    document.addEventListener('pb-payment-create', stay);
    expect(qr.getAttribute('role')).to.equal('img');
    expect(qr.getAttribute('aria-label')).to.equal('支付二维码');
    expect(qr.getAttribute('viewBox')).to.match(/^0 0 \d+ \d+$/);
    expect(qr.querySelector('path')!.getAttribute('d')).to.match(/^M\d+ \d+h1v1h-1z/);
    expect(styleAttributes(element)).to.deep.equal([]);
    await expect(element).shadowDom.to.be.accessible();
    const toggle = [...part(element, 'pending')!.querySelectorAll('button')].find((b) => b.getAttribute('aria-expanded') === 'true')!;
    toggle.click();
    await element.updateComplete;
    expect(part(element, 'qr')).to.equal(null);
  });

  it('opens the payment page in a new tab when asked to', async () => {
    const created = payment({ months: chosen });
    const opened: unknown[][] = [];
    const original = window.open;
    window.open = (...args: unknown[]) => (opened.push(args), null);
    document.removeEventListener('pb-payment-create', stay);
    try {
      const { element } = await payPage({ 'POST /dues/payments': [{ status: 201, body: created }], 'GET /dues/payments/pay_1': [{ body: created }] }, 'blank');
      part<HTMLButtonElement>(element, 'pay-button')!.click();
      await untilPart(element, 'pending');
      expect(opened).to.deep.equal([[`${location.origin}/pay/pay_1`, '_blank']]);
      // A blocked pop-up (null) leaves the link to follow.
      expect(part<HTMLAnchorElement>(element, 'pay-link')!.target).to.equal('_blank');
    } finally {
      window.open = original;
      document.addEventListener('pb-payment-create', stay);
    }
  });

  it('months the server refuses (paid meanwhile) say why and the year is asked again', async () => {
    const { server, element } = await payPage({
      'POST /dues/payments': [
        {
          status: 409,
          body: { type: '/problems/payment-conflict', title: 'Some months cannot be paid', status: 409, detail: '部分月份已缴纳，请刷新后重试。' },
        },
      ],
    });
    part<HTMLButtonElement>(element, 'pay-button')!.click();
    const error = await untilPart(element, 'pay-error');
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error)).to.contain('未能发起缴费：部分月份已缴纳，请刷新后重试。');
    await waitUntil(async () => (await server.log()).filter((r) => r.path === '/dues').length === 2);
  });

  it('a payment left waiting can be cancelled: 取消支付 asks the backend once, says so, and the months can be paid again', async () => {
    const created = payment({ months: chosen, amountFen: chosen.length * 4800 });
    const cancelled = { ...created, status: 'cancelled' as const };
    const { server, element } = await payPage({
      'POST /dues/payments': [{ status: 201, body: created }],
      'GET /dues/payments/pay_1': [{ body: created }],
      'POST /dues/payments/pay_1/cancel': [{ body: cancelled }],
    });
    part<HTMLButtonElement>(element, 'pay-button')!.click();
    await untilPart(element, 'pending');
    const cancel = part<HTMLButtonElement>(element, 'cancel-button')!;
    expect(text(cancel)).to.equal('取消支付');
    await expect(element).shadowDom.to.be.accessible();
    const settled = oneEvent(element, 'pb-payment-settle');
    cancel.click();
    expect((await settled).detail.payment.status).to.equal('cancelled');
    const outcome = await untilPart(element, 'outcome');
    expect(outcome.getAttribute('role')).to.equal('status');
    expect(text(outcome)).to.contain('已取消支付');
    expect(text(outcome)).to.contain('仍为未交，可重新缴纳');
    await waitUntil(() => element.shadowRoot!.activeElement === outcome, 'focus did not follow to the outcome');
    const cancels = (await server.log()).filter((r) => r.method === 'POST' && r.path === '/dues/payments/pay_1/cancel');
    expect(cancels).to.have.length(1);
    expect(cancels[0]!.headers['idempotency-key']).to.match(/^[0-9a-f-]{36}$/);
    // Not locked for 30 minutes: the months can be chosen, and Pay makes a new payment at once.
    expect(part(element, 'pending')).to.equal(null);
    await waitUntil(async () => (await server.log()).filter((r) => r.path === '/dues').length === 2, 'the year was not asked again');
    await untilPart(element, 'pay-button');
    expect(parts(element, 'month').some((m) => m.querySelector<HTMLInputElement>('input:checked:not(:disabled)'))).to.equal(true);
    part<HTMLButtonElement>(element, 'pay-button')!.click();
    await waitUntil(async () => (await posts(server)).length === 2, 'no second payment');
  });

  it('a payment paid meanwhile cannot be cancelled: the backend says so (409), and the payment shows paid', async () => {
    const created = payment({ months: chosen });
    const { element } = await payPage({
      'POST /dues/payments': [{ status: 201, body: created }],
      'GET /dues/payments/pay_1': [{ body: { ...created, status: 'paid', paidAt: new Date().toISOString() } }],
      'POST /dues/payments/pay_1/cancel': [{ status: 409, body: { type: '/problems/payment-conflict', title: 'The payment is already paid', status: 409 } }],
    });
    part<HTMLButtonElement>(element, 'pay-button')!.click();
    await untilPart(element, 'pending');
    part<HTMLButtonElement>(element, 'cancel-button')!.click();
    expect(text(await untilPart(element, 'outcome'))).to.contain('支付成功');
  });

  it('a payment replaced by a newer one (started on another device) gives way to the newer one', async () => {
    const older = payment({ id: 'pay_old', months: chosen, payUrl: '/pay/pay_old' });
    const newer = payment({ id: 'pay_new', months: chosen, payUrl: '/pay/pay_new', createdAt: new Date(Date.now() + 1000).toISOString() });
    const server = await mockServer({
      'GET /me': [me],
      'GET /dues': [{ body: duesYear(2, { payments: [older] }) }, { body: duesYear(2, { payments: [newer, { ...older, status: 'cancelled', replacedBy: 'pay_new' }] }) }],
      'GET /dues/payments/pay_old': [{ body: { ...older, status: 'cancelled', replacedBy: 'pay_new' } }],
      'GET /dues/payments/pay_new': [{ body: newer }],
    });
    const element = await fixture<PbDuesStatus>(html`<pb-dues-status api-base=${server.base} locale="en"></pb-dues-status>`);
    await untilPart(element, 'pending');
    comeBack();
    await waitUntil(() => part<HTMLAnchorElement>(element, 'pay-link')?.href === `${location.origin}/pay/pay_new`, 'the newer payment was not followed');
    expect(text(part(element, 'pending')!)).to.contain('You started a new payment on another page or device; it replaces the earlier one.');
    expect(text(part(element, 'history')!)).to.contain('Cancelled');
  });

  it('months out of order (another device paid or changed them meanwhile): the refusal names the months to pay first, and the year loads again', async () => {
    const { server, element } = await payPage({
      'POST /dues/payments': [
        {
          status: 422,
          body: {
            type: '/problems/payment-order',
            title: 'Pay the oldest unpaid months first',
            status: 422,
            errors: [{ pointer: '/months', detail: `${thisYear - 1}-12 is unpaid and comes first` }],
          },
        },
      ],
    });
    part<HTMLButtonElement>(element, 'pay-button')!.click();
    const error = await untilPart(element, 'pay-error');
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error)).to.equal(`未能发起缴费：请先缴纳更早的未交月份：${thisYear - 1}年12月。`);
    await waitUntil(async () => (await server.log()).filter((r) => r.path === '/dues').length === 2);
  });

  it('refuses a payment page that is not http(s)', async () => {
    const { element } = await payPage({ 'POST /dues/payments': [{ status: 201, body: payment({ payUrl: 'javascript:alert(1)' }) }] });
    part<HTMLButtonElement>(element, 'pay-button')!.click();
    const error = await untilPart(element, 'pay-error');
    expect(text(error)).to.contain('服务器返回的数据格式不正确');
    expect(part(element, 'pay-link')).to.equal(null);
  });

  it('offline: says so at once and queues nothing; paying again online makes one payment, with the same key', async () => {
    const created = payment({ months: chosen });
    const server = await mockServer({ 'GET /me': [me], 'GET /dues': [{ body: duesYear(2) }], 'GET /dues/payments/pay_1': [{ body: created }] });
    const keys: string[] = [];
    const createPayment = async (_: unknown, options: { idempotencyKey: string }) => {
      keys.push(options.idempotencyKey);
      if (keys.length === 1) throw new NetworkError('POST /dues/payments');
      return created;
    };
    const wrapper = await fixture(
      html`<pb-config api-base=${server.base} .backend=${{ createPayment }}><pb-dues-status></pb-dues-status></pb-config>`,
    );
    const element = wrapper.querySelector('pb-dues-status')!;
    await untilPart(element, 'pay-button');
    part<HTMLButtonElement>(element, 'pay-button')!.click();
    await untilText(element, '网络连接不可用');
    expect(part<HTMLButtonElement>(element, 'pay-button')!.disabled).to.equal(false);
    // Back online, nothing goes by itself: a payment nobody is there to pay is never made.
    dispatchEvent(new Event('online'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(keys).to.have.length(1);
    part<HTMLButtonElement>(element, 'pay-button')!.click();
    await untilPart(element, 'pending');
    expect(keys).to.have.length(2);
    expect(keys[1]).to.equal(keys[0]);
  });
});
