/**
 * A stand-in payment gateway, so the whole dues flow works in the demo: `/pay/{id}` shows
 * the amount with "confirm" and "fail" buttons; confirming marks the months paid, the way a
 * real gateway's callback would.
 */
import type { Hono } from 'hono';
import type { Db } from '../db/database';
import type { GroupCommit } from '../db/group-commit';
import { paymentStatusAt, settlement, type PaymentRecord } from '../rules/dues-payments';
import type { AuthStore } from '../store/auth-store';
import type { DuesStore } from '../store/dues-store';
import { escapeHtml, htmlResponse } from './html';
import { checkFormCsrf } from './pages';
import { identifyCaller } from './request-auth';

const STATUS_LABELS: Record<PaymentRecord['status'], string> = {
  pending: '待支付',
  paid: '支付成功',
  failed: '支付失败',
  expired: '已过期',
  cancelled: '已取消',
};

function yuan(fen: number): string {
  return (fen / 100).toFixed(2);
}

function gatewayPage(p: PaymentRecord, status: PaymentRecord['status'], csrfToken: string): string {
  const actions =
    status === 'pending'
      ? `<form method="post" action="/pay/${escapeHtml(p.id)}/confirm"><input type="hidden" name="_csrf" value="${escapeHtml(csrfToken)}"><button class="confirm" type="submit">确认支付 ¥${yuan(p.amountFen)}</button></form>
         <form method="post" action="/pay/${escapeHtml(p.id)}/fail"><input type="hidden" name="_csrf" value="${escapeHtml(csrfToken)}"><button class="fail" type="submit">模拟支付失败</button></form>`
      : `<p class="done">${STATUS_LABELS[status]}</p>`;
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>党费缴纳 · 模拟支付</title>
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/css/gateway.css">
</head>
<body>
<main class="gateway">
  <p class="notice">演示用模拟支付页面，不会产生真实扣款</p>
  <h1>党费缴纳</h1>
  <dl>
    <dt>订单号</dt><dd>${escapeHtml(p.id)}</dd>
    <dt>缴费月份</dt><dd>${p.months.map(escapeHtml).join('、')}</dd>
    <dt>金额</dt><dd class="amount">¥${yuan(p.amountFen)}</dd>
    <dt>状态</dt><dd>${STATUS_LABELS[status]}</dd>
  </dl>
  <div class="actions">${actions}</div>
  <p><a href="/dues.html?payment=${encodeURIComponent(p.id)}">返回党费页面</a></p>
</main>
</body>
</html>`;
}

export function mountGateway(
  app: Hono,
  deps: { db: Db; auth: AuthStore; dues: DuesStore; now: () => number; onWrite: () => void; batch: GroupCommit },
): void {
  const { auth, dues, now, batch } = deps;
  const ownPayment = (id: string, memberId: string) => {
    const p = /^[A-Za-z0-9_-]{1,64}$/.test(id) ? dues.payment(id) : null;
    return p && p.memberId === memberId ? p : null;
  };
  const notFound = () => htmlResponse('<!doctype html><meta charset="utf-8"><title>未找到</title><p>未找到该支付订单。</p>', 404);

  app.get('/pay/:id', (c) => {
    const caller = identifyCaller(c, auth);
    if (!caller || caller.via !== 'session') return c.redirect(`/login.html?next=${encodeURIComponent(c.req.path)}`, 302);
    const payment = ownPayment(c.req.param('id'), caller.member.id);
    if (!payment) return notFound();
    return htmlResponse(gatewayPage(payment, paymentStatusAt(payment, now()), caller.csrfToken ?? ''));
  });

  app.post('/pay/:id/:outcome{confirm|fail}', async (c) => {
    const caller = await checkFormCsrf(c, auth);
    if (!caller) return c.text('Forbidden: missing or wrong CSRF token', 403);
    const payment = ownPayment(c.req.param('id'), caller.member.id);
    if (!payment) return notFound();
    const at = now();
    if (paymentStatusAt(payment, at) === 'pending') {
      batch.run(() => {
        if (c.req.param('outcome') === 'fail') {
          dues.setStatus(payment.id, 'failed');
          return;
        }
        const records = dues.records(payment.memberId, payment.months[0]!, payment.months[payment.months.length - 1]!);
        const outcome = settlement(payment, (month) => records.has(month));
        if (outcome.status === 'failed') {
          dues.setStatus(payment.id, 'failed');
          return;
        }
        for (const share of outcome.shares) dues.markPaid(payment.memberId, share.month, share.amountFen, at, payment.id);
        dues.setStatus(payment.id, 'paid', at);
      });
      await batch.settled();
      deps.onWrite();
    }
    return c.redirect(`/dues.html?payment=${encodeURIComponent(payment.id)}`, 303);
  });
}
