import type { Meta, StoryObj } from '@storybook/web-components';
import { http, HttpResponse } from 'msw';
import { html } from 'lit';
import type { DuesMonth, Payment } from '../../src/api/types.js';
import { duesHandler, paymentHandlers } from '../mocks/dues.js';
import { handlers, states } from '../mocks/handlers.js';
import { monthsOfYear } from '../../src/dues/shared/months.js';
import { duesYear, payment, receipt, thisMonth, thisYear, unpaidMonths } from '../../fixtures/dues.js';
import '../../src/define/pb-dues-status.js';

interface Args {
  payTarget: 'self' | 'blank' | 'qr';
}

/**
 * `<pb-dues-status>`: a member's party dues for a year. The monthly amount and its basis,
 * twelve months (paid, paid late, overdue, due this month, exempt, not yet due, before the
 * member joined: icon and word, never colour alone), overdue and due this month apart, the
 * notice the server's arrears level asks for (any overdue month; serious from six in a row),
 * choosing months oldest first and paying them through the backend's payment page (same
 * tab, new tab, or a QR code), and cancelling a payment left waiting. Switch locale and
 * theme in the toolbar.
 */
const meta: Meta<Args> = {
  title: 'Dues/Dues status',
  component: 'pb-dues-status',
  // The QR code keeps the story on its page when you press "pay".
  args: { payTarget: 'qr' },
  argTypes: { payTarget: { control: 'inline-radio', options: ['self', 'blank', 'qr'] } },
  render: (args) => html`<pb-dues-status pay-target=${args.payTarget}></pb-dues-status>`,
};
export default meta;

type Story = StoryObj<Args>;
const path = '/dues';
const withDues = (...extra: Parameters<typeof duesHandler>) => ({ msw: [duesHandler(...extra), ...handlers] });

/** Waits for a part of the widget in the story, then hands it over. */
async function partOf(canvas: HTMLElement, name: string): Promise<HTMLElement> {
  const widget = canvas.querySelector('pb-dues-status')!;
  for (let i = 0; i < 100; i++) {
    const found = widget.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no [part=${name}]`);
}

export const TwoMonthsBehind: Story = { name: 'Two months overdue, this month due (default choice: all three)' };

export const OneMonthOverdue: Story = { name: 'One month overdue: the notice the server asks for', parameters: withDues(duesYear(1)) };

export const AllPaid: Story = {
  name: 'All paid',
  parameters: withDues(duesYear(0, {}, { [thisMonth]: 'paid' })),
};

export const Notice: Story = { name: 'Notice: three months overdue', parameters: withDues(duesYear(3)) };

export const Serious: Story = { name: 'Serious warning: seven months behind', parameters: withDues(duesYear(7)) };

export const FromLastYear: Story = { name: 'Overdue since last year: those months first', parameters: withDues(duesYear(14)) };

const every: DuesMonth['status'][] = ['before-start', 'paid', 'paid-late', 'exempt', 'unpaid', 'due', 'not-due'];
export const EveryStatus: Story = {
  name: 'Every month status',
  parameters: withDues(duesYear(0, {}, Object.fromEntries(monthsOfYear(thisYear).map((m, i) => [m, every[Math.min(i, every.length - 1)]!])))),
};

export const BeforeJoining: Story = {
  name: 'Joined in April: the months before read “before you joined”',
  parameters: withDues(duesYear(0, {}, Object.fromEntries(monthsOfYear(thisYear).slice(0, 3).map((m) => [m, 'before-start' as const])))),
};

const waiting = payment({ months: unpaidMonths(2), amountFen: unpaidMonths(2).length * 4800, payUrl: 'https://pay.example.cn/checkout/pay_1' });
export const PaymentWaiting: Story = {
  name: 'A payment waiting, with its QR code',
  parameters: {
    msw: [duesHandler(duesYear(2, { payments: [waiting] })), ...paymentHandlers(waiting), ...handlers],
  },
  play: async ({ canvasElement }) => {
    const pending = await partOf(canvasElement, 'pending');
    [...pending.querySelectorAll('button')].find((b) => b.hasAttribute('aria-expanded'))!.click();
  },
};

/** After the member comes back: the gateway's verdict, and the year as it is then. */
function settled(status: Payment['status']): Story {
  const after = { ...waiting, status, paidAt: status === 'paid' ? new Date().toISOString() : null };
  let asked = false;
  const paidMonths = Object.fromEntries(waiting.months.map((m) => [m, m < thisMonth ? 'paid-late' : 'paid'] as const));
  return {
    parameters: {
      msw: [
        duesHandler(() => (asked && status === 'paid' ? duesYear(0, { payments: [after] }, paidMonths) : duesYear(2, { payments: [asked ? after : waiting] }))),
        http.get('/api/v1/dues/payments/:id', () => ((asked = true), HttpResponse.json(after))),
        ...handlers,
      ],
    },
    play: async ({ canvasElement }) => {
      await partOf(canvasElement, 'pending');
      window.dispatchEvent(new Event('focus'));
    },
  };
}

/** The payment waiting, then 取消支付 pressed: the months can be chosen again at once. */
export const PaymentCancelled: Story = {
  name: 'A payment waiting: cancel available, then cancelled',
  parameters: {
    msw: [duesHandler(duesYear(2, { payments: [waiting] })), ...paymentHandlers(waiting), ...handlers],
  },
  play: async ({ canvasElement }) => (await partOf(canvasElement, 'cancel-button')).click(),
};

/** A newer payment was started on another device: the widget follows that one. */
export const PaymentReplaced: Story = {
  name: 'A payment replaced by a newer one (another device)',
  parameters: (() => {
    const newer = { ...waiting, id: 'pay_2', payUrl: 'https://pay.example.cn/checkout/pay_2', createdAt: new Date(Date.now() + 1000).toISOString() };
    const replaced = { ...waiting, status: 'cancelled' as const, replacedBy: 'pay_2' };
    let asked = false;
    return {
      msw: [
        duesHandler(() => duesYear(2, { payments: asked ? [newer, replaced] : [waiting] })),
        http.get('/api/v1/dues/payments/:id', ({ params }) => ((asked = true), HttpResponse.json(params['id'] === 'pay_2' ? newer : replaced))),
        ...handlers,
      ],
    };
  })(),
  play: async ({ canvasElement }) => {
    await partOf(canvasElement, 'pending');
    window.dispatchEvent(new Event('focus'));
  },
};

export const PaymentPaid: Story = { name: 'Back from the gateway: paid', ...settled('paid') };
export const PaymentFailed: Story = { name: 'Back from the gateway: failed', ...settled('failed') };
export const PaymentExpired: Story = { name: 'Back from the gateway: expired', ...settled('expired') };

export const Refused: Story = {
  name: 'Months refused by the server',
  parameters: {
    msw: [
      http.post('/api/v1/dues/payments', () =>
        HttpResponse.json(
          { type: '/problems/payment-conflict', title: 'Some months cannot be paid', status: 409, detail: '部分月份已在其他设备上缴纳，请核对后重试。' },
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
      ...handlers,
    ],
  },
  play: async ({ canvasElement }) => (await partOf(canvasElement, 'pay-button')).click(),
};

export const OutOfOrder: Story = {
  name: 'Months refused as out of order (older months first)',
  parameters: {
    msw: [
      http.post('/api/v1/dues/payments', () =>
        HttpResponse.json(
          {
            type: '/problems/payment-order',
            title: 'Pay the oldest unpaid months first',
            status: 422,
            errors: [{ pointer: '/months', detail: `${thisYear - 1}-12 is unpaid and comes first` }],
          },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
      ...handlers,
    ],
  },
  play: async ({ canvasElement }) => (await partOf(canvasElement, 'pay-button')).click(),
};

export const LastYear: Story = {
  name: 'An earlier year, all paid',
  render: () => html`<pb-dues-status year=${thisYear - 1}></pb-dues-status>`,
  parameters: withDues(() => {
    const year = duesYear(0, {}, { [thisMonth]: 'paid' });
    const months = year.months.map((m) => ({ ...m, month: `${thisYear - 1}${m.month.slice(4)}`, status: 'paid' as const, paidAt: `${thisYear - 1}${m.month.slice(4)}-12T03:00:00.000Z`, amountFen: 4800 }));
    return { ...year, year: thisYear - 1, months, paidFen: 12 * 4800, owedFen: 0, dueFen: 0 };
  }),
};

export const Loading: Story = { parameters: { msw: [states.loading(path), ...handlers] } };

export const Empty: Story = {
  name: 'Empty (nothing was due that year)',
  parameters: withDues(() => {
    const year = duesYear(0);
    // Before the member joined, then a year still to come.
    const months = year.months.map((m, i) => ({ ...m, status: i < 6 ? ('before-start' as const) : ('not-due' as const), amountFen: 0, paidAt: null }));
    return { ...year, months, paidFen: 0, owedFen: 0, dueFen: 0 };
  }),
};

export const ServerError: Story = {
  name: 'Error (server, with retry)',
  render: () => html`<pb-config .retry=${{ retries: 0 }}><pb-dues-status></pb-dues-status></pb-config>`,
  parameters: { msw: [states.problem(path, 503, 'Service Unavailable'), ...handlers] },
};

export const Inconsistent: Story = {
  name: 'Error (a month twice: no wrong numbers shown)',
  parameters: withDues(() => {
    const year = duesYear(2);
    year.months[5] = { ...year.months[4]! };
    return year;
  }),
};

const paidPayment = payment({ id: 'pay_9', status: 'paid', paidAt: new Date().toISOString(), months: unpaidMonths(1), amountFen: unpaidMonths(1).length * 4800 });

/** A settled payment's receipt (党费收据), opened from the history: print it, or download it as a PDF. */
export const Receipt: Story = {
  name: 'Receipt of a paid payment (print, PDF)',
  parameters: {
    msw: [
      duesHandler(duesYear(0, { payments: [paidPayment] }, { [thisMonth]: 'paid' })),
      http.get('/api/v1/dues/payments/:id/receipt', () =>
        HttpResponse.json(receipt({ paymentId: paidPayment.id, months: paidPayment.months, amountFen: paidPayment.amountFen, paidAt: paidPayment.paidAt!, issuedAt: paidPayment.paidAt! })),
      ),
      ...handlers,
    ],
  },
  play: async ({ canvasElement }) => {
    const history = (await partOf(canvasElement, 'history')) as HTMLDetailsElement;
    history.open = true;
    history.querySelector<HTMLButtonElement>('li[data-status="paid"] button')!.click();
    await partOf(canvasElement, 'receipt');
  },
};

export const ReceiptError: Story = {
  name: 'Receipt: it cannot be fetched (retry)',
  render: () => html`<pb-config .retry=${{ retries: 0 }}><pb-dues-status></pb-dues-status></pb-config>`,
  parameters: {
    msw: [
      duesHandler(duesYear(0, { payments: [paidPayment] }, { [thisMonth]: 'paid' })),
      http.get('/api/v1/dues/payments/:id/receipt', () => HttpResponse.json({ type: '/problems/unavailable', title: 'Service unavailable', status: 503 }, { status: 503 })),
      ...handlers,
    ],
  },
  play: async ({ canvasElement }) => {
    const history = (await partOf(canvasElement, 'history')) as HTMLDetailsElement;
    history.open = true;
    history.querySelector<HTMLButtonElement>('li[data-status="paid"] button')!.click();
  },
};
