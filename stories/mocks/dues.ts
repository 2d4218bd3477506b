import { http, HttpResponse, type HttpHandler } from 'msw';
import type { DuesYear, Payment } from '../../src/api/types.js';
import { branchMembers, branchSummary, duesYear, payment, receipt } from '../../fixtures/dues.js';

/**
 * `/dues`, `/dues/payments` and `/branches/{id}/dues-summary` for the dues stories: a
 * member two months behind whose payments the stand-in gateway settles as the story says.
 */
const base = '/api/v1';

export function duesHandler(year: DuesYear | ((query: URLSearchParams) => DuesYear)): HttpHandler {
  return http.get(`${base}/dues`, ({ request }) => HttpResponse.json(typeof year === 'function' ? year(new URL(request.url).searchParams) : year));
}

/**
 * Creating a payment answers with `created`; asking for it later answers with `later`,
 * for the months and amount of the payment made.
 */
export function paymentHandlers(created: Payment, later: Payment = created): HttpHandler[] {
  let made = created;
  return [
    http.post(`${base}/dues/payments`, async ({ request }) => {
      const { months } = (await request.json()) as { months: string[] };
      made = { ...created, months, amountFen: months.length * 4800 };
      return HttpResponse.json(made, { status: 201 });
    }),
    http.get(`${base}/dues/payments/:id`, () => HttpResponse.json({ ...later, months: made.months, amountFen: made.amountFen })),
    http.post(`${base}/dues/payments/:id/cancel`, () => HttpResponse.json({ ...made, status: 'cancelled' })),
  ];
}

export const duesHandlers: HttpHandler[] = [
  duesHandler(() => duesYear(2)),
  ...paymentHandlers(payment({ payUrl: 'https://pay.example.cn/checkout/pay_1' })),
  http.get(`${base}/branches/:branchId/dues-summary`, () => HttpResponse.json(branchSummary())),
  http.get(`${base}/branches/:branchId/dues-members`, () => HttpResponse.json(branchMembers())),
  http.post(`${base}/branches/:branchId/reminders`, async ({ request }) => {
    const body = (await request.json()) as { to: string; memberId?: string };
    const names: Record<string, string> = { m2: '赵四', m3: '钱五' };
    const ids = body.to === 'member' ? [body.memberId ?? ''] : Object.keys(names);
    const recipients = ids.map((memberId, i) => ({ memberId, name: names[memberId] ?? memberId, reminderId: `rm_${i}` }));
    return HttpResponse.json({ branchId: 'b01', subject: 'dues', message: null, sentAt: new Date().toISOString(), recipients }, { status: 201 });
  }),
  http.get(`${base}/dues/payments/:id/receipt`, ({ params }) => HttpResponse.json(receipt({ paymentId: params['id'] as string }))),
];
