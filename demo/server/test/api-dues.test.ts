import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { migrate } from '../db/database';
import { MIGRATIONS } from '../db/migrations';
import { TestServer } from './support/harness';

describe('dues', () => {
  let t: TestServer;
  before(() => {
    t = new TestServer();
  });
  after(() => t.close());

  it('the demo member: 4,800 元 × 1 % = 48.00 元 a month, two months overdue, this month due', async () => {
    const res = await t.as('member').get('/api/v1/dues');
    assert.equal(res.status, 200);
    assert.equal(res.body.year, 2026);
    assert.deepEqual(res.body.basis, { category: 'in-service', baseFen: 480000, rate: '1%', monthlyFen: 4800, description: '月基数 4,800.00 元 × 1%' });
    const status = Object.fromEntries(res.body.months.map((m: { month: string; status: string }) => [m.month, m.status]));
    assert.deepEqual([status['2026-06'], status['2026-07'], status['2026-08'], status['2026-09'], status['2026-10']], ['paid', 'unpaid', 'unpaid', 'due', 'not-due']);
    // Overdue: the months that ended unpaid. September is due, not late: it is not in the arrears.
    assert.equal(res.body.owedFen, 2 * 4800);
    assert.equal(res.body.dueFen, 4800);
    assert.deepEqual(res.body.arrears, { consecutiveMonths: 2, since: '2026-07', level: 'notice', months: ['2026-07', '2026-08'], owedFen: 9600 });
    assert.equal(res.body.contact.name, '王红梅');
    const lastYear = await t.as('member').get('/api/v1/dues?year=2025');
    assert.ok(lastYear.body.months.every((m: { status: string }) => m.status === 'paid' || m.status === 'paid-late'));
    assert.equal(lastYear.body.owedFen, 0);
    assert.equal((await t.as('member').get('/api/v1/dues?year=1999')).status, 400);
  });

  it('a member at six or more months is flagged serious', async () => {
    const res = await t.as('m0031').get('/api/v1/dues');
    assert.equal(res.body.arrears.level, 'serious');
    assert.ok(res.body.arrears.consecutiveMonths >= 6);
  });

  it('the whole payment flow: pending payment → gateway page → confirm → months paid (late)', async () => {
    const session = await t.login('demo-member');
    const created = await t.as(session).post('/api/v1/dues/payments', { months: ['2026-08', '2026-07'] });
    assert.equal(created.status, 201);
    assert.deepEqual(
      [created.body.status, created.body.months, created.body.amountFen, created.body.payUrl],
      ['pending', ['2026-07', '2026-08'], 9600, `/pay/${created.body.id}`],
    );
    const page = await t.app.request(created.body.payUrl, { headers: { cookie: session.cookie } });
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /¥96\.00/);
    assert.ok(html.includes(`name="_csrf" value="${session.csrf}"`));
    const other = await t.login('demo-secretary');
    assert.equal((await t.app.request(created.body.payUrl, { headers: { cookie: other.cookie } })).status, 404);
    const form = (csrf: string, cookie = session.cookie) => ({
      method: 'POST',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: `_csrf=${csrf}`,
    });
    assert.equal((await t.app.request(`${created.body.payUrl}/confirm`, form('forged'))).status, 403);
    assert.equal((await t.app.request(`${created.body.payUrl}/confirm`, form(other.csrf, other.cookie))).status, 404);
    t.advance(60_000);
    const confirmed = await t.app.request(`${created.body.payUrl}/confirm`, form(session.csrf));
    assert.equal(confirmed.status, 303);
    assert.equal(confirmed.headers.get('location'), `/dues.html?payment=${created.body.id}`);
    const payment = await t.as('member').get(`/api/v1/dues/payments/${created.body.id}`);
    assert.equal(payment.body.status, 'paid');
    const dues = await t.as('member').get('/api/v1/dues');
    const status = Object.fromEntries(dues.body.months.map((m: { month: string; status: string }) => [m.month, m.status]));
    assert.deepEqual([status['2026-07'], status['2026-08'], status['2026-09']], ['paid-late', 'paid-late', 'due']);
    assert.deepEqual(dues.body.arrears, { consecutiveMonths: 0, since: null, level: 'none', months: [], owedFen: 0 });
    assert.equal(dues.body.payments[0].id, created.body.id);
    // Another year lists its own payments only.
    const lastYear = await t.as('member').get('/api/v1/dues?year=2025');
    assert.ok(lastYear.body.payments.every((p: { months: string[] }) => p.months.some((m) => m.startsWith('2025-'))), 'a 2026 payment listed under 2025');
    // Confirming twice changes nothing.
    await t.app.request(`${created.body.payUrl}/confirm`, form(session.csrf));
    assert.equal(t.db.prepare("SELECT COUNT(*) FROM dues_months WHERE member_id = 'm0001' AND month IN ('2026-07','2026-08')").pluck().get(), 2);
  });

  it('months already paid, exempt, or in a later year cannot be paid (409 with pointers)', async () => {
    const res = await t.as('member').post('/api/v1/dues/payments', { months: ['2026-09', '2026-05', '2027-01'] });
    assert.equal(res.status, 409);
    assert.equal(res.body.type, '/problems/payment-conflict');
    assert.deepEqual(res.body.errors.map((e: { pointer: string }) => e.pointer), ['/months/1', '/months/2']);
    for (const body of [{ months: [] }, { months: ['2026-13'] }, { months: ['2026-09', '2026-09'] }, { months: '2026-09' }, {}]) {
      assert.equal((await t.as('member').post('/api/v1/dues/payments', body)).status, 400, JSON.stringify(body));
    }
  });

  it('failed and expired payments leave the months unpaid; a new payment replaces a pending one', async () => {
    const session = await t.login('demo-member');
    const first = await t.as(session).post('/api/v1/dues/payments', { months: ['2026-09'] });
    const failed = await t.app.request(`/pay/${first.body.id}/fail`, { method: 'POST', headers: { cookie: session.cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: `_csrf=${session.csrf}` });
    assert.equal(failed.status, 303);
    assert.equal((await t.as('member').get(`/api/v1/dues/payments/${first.body.id}`)).body.status, 'failed');
    const second = await t.as('member').post('/api/v1/dues/payments', { months: ['2026-09', '2026-10'] });
    assert.equal(second.body.amountFen, 9600);
    const third = await t.as('member').post('/api/v1/dues/payments', { months: ['2026-09'] });
    const replaced = (await t.as('member').get(`/api/v1/dues/payments/${second.body.id}`)).body;
    assert.deepEqual([replaced.status, replaced.replacedBy], ['cancelled', third.body.id]);
    t.advance(31 * 60 * 1000);
    assert.equal((await t.as('member').get(`/api/v1/dues/payments/${third.body.id}`)).body.status, 'expired');
    await t.app.request(`/pay/${third.body.id}/confirm`, { method: 'POST', headers: { cookie: session.cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: `_csrf=${session.csrf}` });
    // The replaced payment cannot be confirmed either: its months stay as they were.
    await t.app.request(`/pay/${second.body.id}/confirm`, { method: 'POST', headers: { cookie: session.cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: `_csrf=${session.csrf}` });
    const months = (await t.as('member').get('/api/v1/dues')).body.months;
    assert.deepEqual(
      ['2026-09', '2026-10'].map((m) => months.find((x: { month: string }) => x.month === m).status),
      ['due', 'not-due'],
    );
  });

  it("another member's payment is not found; unknown ids are 404", async () => {
    const mine = await t.as('member').post('/api/v1/dues/payments', { months: ['2026-09'] });
    assert.equal((await t.as('secretary').get(`/api/v1/dues/payments/${mine.body.id}`)).status, 404);
    assert.equal((await t.as('secretary').post(`/api/v1/dues/payments/${mine.body.id}/cancel`, {})).status, 404);
    assert.equal((await t.as('member').get('/api/v1/dues/payments/pay_unknown')).status, 404);
    assert.equal((await t.as('member').post('/api/v1/dues/payments/pay_unknown/cancel', {})).status, 404);
  });

  it('branch summary: the branch secretary only; arrears sorted by months owed', async () => {
    const res = await t.as('secretary').get('/api/v1/branches/b01/dues-summary');
    assert.equal(res.status, 200);
    assert.equal(res.body.memberCount, 20);
    assert.equal(res.body.months.length, 12);
    const september = res.body.months.find((m: { month: string }) => m.month === '2026-09');
    assert.ok(september.dueCount > 0 && september.dueCount <= 20 && september.paidCount <= september.dueCount);
    assert.equal(september.rate, Math.round((september.paidCount / september.dueCount) * 10000) / 10000);
    const counts = res.body.counts;
    assert.equal(Object.values(counts as Record<string, number>).reduce((a, b) => a + b), 20 * 12);
    assert.equal(Object.keys(counts).length, 7);
    const owed = res.body.arrears.map((a: { overdueMonths: number }) => a.overdueMonths);
    assert.deepEqual(owed, [...owed].sort((a, b) => b - a));
    assert.equal((await t.as('member').get('/api/v1/branches/b01/dues-summary')).status, 403);
    // The demo member pays every overdue month and one ahead, leaving only this month (September).
    const pay = t.db.prepare("INSERT OR REPLACE INTO dues_months (member_id, month, state, amount_fen, paid_at) VALUES ('m0001', ?, 'paid', 4800, ?)");
    for (const month of ['2026-07', '2026-08', '2026-12']) pay.run(month, Date.now());
    const after = (await t.as('secretary').get('/api/v1/branches/b01/dues-summary')).body;
    assert.ok(!after.arrears.some((a: { memberId: string }) => a.memberId === 'm0001'), 'this month still unpaid is not arrears');
    assert.deepEqual(after.months.find((m: { month: string }) => m.month === '2026-12'), { month: '2026-12', dueCount: 0, paidCount: 0, rate: null });
    const dueMonths = after.months.filter((m: { month: string }) => m.month <= '2026-09');
    const sum = (key: 'dueCount' | 'paidCount') => dueMonths.reduce((total: number, m: Record<string, number>) => total + m[key]!, 0);
    assert.equal(after.rate, Math.round((sum('paidCount') / sum('dueCount')) * 10000) / 10000);
    assert.equal((await t.as('secretary').get('/api/v1/branches/b02/dues-summary')).status, 403);
    assert.equal((await t.as('secretary').get('/api/v1/branches/b01/dues-summary?year=20x6')).status, 400);
    const branchOf31 = t.db.prepare("SELECT branch_id FROM members WHERE id = 'm0031'").pluck().get() as string;
    const secretaryOf31 = t.db.prepare("SELECT id FROM members WHERE branch_id = ? AND roles LIKE '%secretary%'").pluck().get(branchOf31) as string;
    const serious = await t.as(secretaryOf31).get(`/api/v1/branches/${branchOf31}/dues-summary`);
    assert.equal(serious.body.arrears[0].memberId, 'm0031');
    assert.equal(serious.body.arrears[0].level, 'serious');
    t.db.prepare("UPDATE members SET roles = 'member,admin' WHERE id = 'm0050'").run();
    assert.equal((await t.as('m0050').get('/api/v1/branches/b03/dues-summary')).status, 200);
    assert.equal((await t.as('m0050').get('/api/v1/branches/b99/dues-summary')).status, 404);
  });

  it('the farmers’ fixed amount is a setting', async () => {
    const custom = new TestServer({ duesSettings: { farmerFen: 100 } });
    try {
      const farmer = custom.db.prepare("SELECT id FROM members WHERE category = 'farmer' LIMIT 1").pluck().get() as string;
      const res = await custom.as(farmer).get('/api/v1/dues');
      assert.deepEqual([res.body.basis.rate, res.body.basis.monthlyFen, res.body.basis.baseFen], ['fixed', 100, null]);
      assert.equal((await t.as(farmer).get('/api/v1/dues')).body.basis.monthlyFen, 50);
    } finally {
      await custom.close();
    }
  });
});

describe('dues: one rule for what is overdue, cancelling, and paying oldest first', () => {
  const form = (session: { cookie: string; csrf: string }) => ({
    method: 'POST',
    headers: { cookie: session.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: `_csrf=${session.csrf}`,
  });
  const statusOf = (body: { months: { month: string; status: string }[] }, month: string) => body.months.find((m) => m.month === month)!.status;

  it('on 7 December with October and November unpaid: ¥96 overdue over 2 months, December due; the secretary reads the same', async () => {
    const t = new TestServer();
    try {
      const pay = t.db.prepare("INSERT INTO dues_months (member_id, month, state, amount_fen, paid_at) VALUES ('m0001', ?, 'paid', 4800, ?)");
      for (const month of ['2026-07', '2026-08', '2026-09']) pay.run(month, Date.parse(`${month}-10T02:00:00Z`));
      t.clock.now = Date.parse('2026-12-07T02:00:00Z');
      const dues = (await t.as('member').get('/api/v1/dues')).body;
      assert.deepEqual(['2026-10', '2026-11', '2026-12'].map((m) => statusOf(dues, m)), ['unpaid', 'unpaid', 'due']);
      assert.deepEqual([dues.owedFen, dues.dueFen], [9600, 4800]);
      assert.deepEqual(dues.arrears, { consecutiveMonths: 2, since: '2026-10', level: 'notice', months: ['2026-10', '2026-11'], owedFen: 9600 });
      const summary = (await t.as('secretary').get('/api/v1/branches/b01/dues-summary')).body;
      const entry = summary.arrears.find((a: { memberId: string }) => a.memberId === 'm0001');
      assert.deepEqual(entry, { memberId: 'm0001', name: '李明', consecutiveMonths: 2, overdueMonths: 2, owedFen: 9600, level: 'notice' });
      // Every entry is the member's own arrears: what their widget shows.
      for (const a of summary.arrears) {
        const own = (await t.as(a.memberId).get('/api/v1/dues')).body.arrears;
        assert.deepEqual([a.consecutiveMonths, a.overdueMonths, a.owedFen, a.level], [own.consecutiveMonths, own.months.length, own.owedFen, own.level], a.memberId);
      }
      assert.ok(summary.counts.due > 0, 'December unpaid is counted as due');
    } finally {
      await t.close();
    }
  });

  it('a member still owing last December is in this year’s summary, with the numbers their own widget shows', async () => {
    const t = new TestServer();
    try {
      t.db.prepare("DELETE FROM dues_months WHERE member_id = 'm0002' AND month = '2025-12'").run();
      const summary = (await t.as('secretary').get('/api/v1/branches/b01/dues-summary')).body;
      const entry = summary.arrears.find((a: { memberId: string }) => a.memberId === 'm0002');
      assert.equal(entry?.overdueMonths, 1, 'December of last year, still owed, is shown this year');
      assert.equal(entry.level, 'notice');
      const own = (await t.as('secretary').get('/api/v1/dues')).body;
      assert.deepEqual([own.arrears.months, own.arrears.level, own.owedFen], [['2025-12'], 'notice', 0]);
    } finally {
      await t.close();
    }
  });

  it('months before the member’s dues began are before-start (amount 0), not "not yet due"', async () => {
    const t = new TestServer();
    try {
      t.db.prepare("UPDATE members SET dues_from = '2026-03' WHERE id = 'm0001'").run();
      t.db.prepare("DELETE FROM dues_months WHERE member_id = 'm0001' AND month < '2026-03'").run();
      const dues = (await t.as('member').get('/api/v1/dues')).body;
      assert.deepEqual(dues.months.slice(0, 3).map((m: { status: string; amountFen: number }) => [m.status, m.amountFen]), [['before-start', 0], ['before-start', 0], ['paid', 4800]]);
      assert.deepEqual(dues.months.slice(9).map((m: { status: string }) => m.status), ['not-due', 'not-due', 'not-due']);
      const summary = (await t.as('secretary').get('/api/v1/branches/b01/dues-summary')).body;
      assert.ok(summary.counts['before-start'] >= 2);
      const refused = await t.as('member').post('/api/v1/dues/payments', { months: ['2026-02', '2026-07'] });
      assert.deepEqual([refused.status, refused.body.errors[0].pointer], [409, '/months/0']);
    } finally {
      await t.close();
    }
  });

  it('a pending payment can be cancelled (idempotently); its months can be paid at once; a paid one cannot be cancelled', async () => {
    const t = new TestServer();
    try {
      const session = await t.login('demo-member');
      const created = (await t.as(session).post('/api/v1/dues/payments', { months: ['2026-07', '2026-08'] })).body;
      const cancel = (key?: string) => t.as(session).post(`/api/v1/dues/payments/${created.id}/cancel`, {}, { key });
      const cancelled = await cancel('cancel-1');
      assert.equal(cancelled.status, 200);
      assert.deepEqual([cancelled.body.id, cancelled.body.status, cancelled.body.replacedBy], [created.id, 'cancelled', null]);
      assert.equal((await cancel('cancel-1')).headers.get('idempotent-replayed'), 'true');
      const again = await cancel();
      assert.deepEqual([again.status, again.body.status], [200, 'cancelled']);
      assert.equal((await t.as('member').get(`/api/v1/dues/payments/${created.id}`)).body.status, 'cancelled');
      // Its gateway page can no longer be paid, and the months are unpaid, payable again.
      await t.app.request(`/pay/${created.id}/confirm`, form(session));
      const dues = (await t.as('member').get('/api/v1/dues')).body;
      assert.deepEqual([statusOf(dues, '2026-07'), statusOf(dues, '2026-08')], ['unpaid', 'unpaid']);
      const next = await t.as(session).post('/api/v1/dues/payments', { months: ['2026-07', '2026-08'] });
      assert.equal(next.status, 201);
      await t.app.request(`/pay/${next.body.id}/confirm`, form(session));
      const paid = await t.as(session).post(`/api/v1/dues/payments/${next.body.id}/cancel`, {});
      assert.deepEqual([paid.status, paid.body.type], [409, '/problems/payment-conflict']);
      assert.equal((await t.as('member').get(`/api/v1/dues/payments/${next.body.id}`)).body.status, 'paid');
      // An expired payment: cancelling changes nothing and says how it ended.
      const late = (await t.as(session).post('/api/v1/dues/payments', { months: ['2026-09'] })).body;
      t.advance(31 * 60 * 1000);
      const expired = await t.as(session).post(`/api/v1/dues/payments/${late.id}/cancel`, {});
      assert.deepEqual([expired.status, expired.body.status], [200, 'expired']);
    } finally {
      await t.close();
    }
  });

  it('oldest first: leaving out an older unpaid month is 422, naming the months to pay first', async () => {
    const t = new TestServer();
    try {
      const refused = async (months: string[]) => {
        const res = await t.as('member').post('/api/v1/dues/payments', { months });
        assert.equal(res.status, 422, JSON.stringify(months));
        assert.equal(res.body.type, '/problems/payment-order');
        assert.ok(res.body.errors.every((e: { pointer: string }) => e.pointer === '/months'));
        return res.body.errors.map((e: { detail: string }) => /\d{4}-\d{2}/.exec(e.detail)![0]);
      };
      // September (this month) while July and August are unpaid; December ahead of October and November too.
      assert.deepEqual(await refused(['2026-09']), ['2026-07', '2026-08']);
      assert.deepEqual(await refused(['2026-08', '2026-09']), ['2026-07']);
      assert.deepEqual(await refused(['2026-07', '2026-08', '2026-09', '2026-12']), ['2026-10', '2026-11']);
      assert.equal((await t.as('member').get('/api/v1/dues')).body.payments.length, 0, 'nothing was created');
      // Last year's December still owed comes before any month of this year.
      t.db.prepare("DELETE FROM dues_months WHERE member_id = 'm0001' AND month = '2025-12'").run();
      assert.deepEqual(await refused(['2026-07', '2026-08']), ['2025-12']);
      const inOrder = await t.as('member').post('/api/v1/dues/payments', { months: ['2025-12', '2026-07'] });
      assert.equal(inOrder.status, 201);
      assert.deepEqual(inOrder.body.months, ['2025-12', '2026-07']);
    } finally {
      await t.close();
    }
  });
});

describe('migration 9: payments can be cancelled', () => {
  it('keeps the payments made before it, and takes cancelled and replaced_by after', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.filter((m) => m.version < 9));
    db.prepare("INSERT INTO branches (id, name, sort, contact_name) VALUES ('b01', '第一党支部', 1, '王红梅')").run();
    db.prepare("INSERT INTO members (id, name, branch_id, roles, category, dues_from) VALUES ('m1', '李明', 'b01', 'member', 'in-service', '2025-01')").run();
    db.prepare("INSERT INTO payments (id, member_id, months, amount_fen, status, created_at, expires_at) VALUES ('pay_old', 'm1', '[\"2026-07\"]', 4800, 'pending', 1, 2)").run();
    assert.throws(() => db.prepare("UPDATE payments SET status = 'cancelled'").run(), /CHECK/);
    assert.deepEqual(migrate(db), MIGRATIONS.filter((m) => m.version >= 9).map((m) => m.version));
    db.prepare("UPDATE payments SET status = 'cancelled', replaced_by = 'pay_new' WHERE id = 'pay_old'").run();
    assert.deepEqual(db.prepare('SELECT id, months, status, replaced_by FROM payments').get(), { id: 'pay_old', months: '["2026-07"]', status: 'cancelled', replaced_by: 'pay_new' });
    assert.throws(() => db.prepare("UPDATE payments SET status = 'refunded'").run(), /CHECK/);
    db.close();
  });
});
