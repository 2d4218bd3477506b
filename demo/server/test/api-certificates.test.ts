/**
 * Certificates (a completed course, a year's 学时 requirement met) with a verification code
 * anyone can check, and receipts of settled dues payments: issued once, only when earned,
 * only to their holder; the public check says whose, for what, how many 学时 and when.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TestServer } from './support/harness';

const CODE = /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/;

describe('certificates', () => {
  let t: TestServer;
  before(() => {
    t = new TestServer();
  });
  after(() => t.close());

  it('a completed course gives a certificate, issued once: the same code and date however often it is asked for', async () => {
    // The demo member completed 市场经济基础知识 (1.5 学时) in the seed.
    const first = await t.as('member').get('/api/v1/courses/c-shichang/certificate');
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.match(first.body.code, CODE);
    const completedAt = t.db.prepare("SELECT completed_at FROM course_completions WHERE member_id = 'm0001' AND course_id = 'c-shichang'").pluck().get() as number;
    assert.deepEqual(
      [first.body.kind, first.body.holderName, first.body.title, first.body.hours, first.body.courseId, first.body.year],
      ['course', t.db.prepare("SELECT name FROM members WHERE id = 'm0001'").pluck().get(), '市场经济基础知识', 1.5, 'c-shichang', null],
    );
    assert.equal(first.body.completedOn, new Date(completedAt + 8 * 3600_000).toISOString().slice(0, 10));
    t.advance(86_400_000);
    const again = await t.as('member').get('/api/v1/courses/c-shichang/certificate');
    assert.deepEqual(again.body, first.body);
    assert.equal(t.db.prepare("SELECT COUNT(*) FROM certificates WHERE member_id = 'm0001'").pluck().get(), 1);
  });

  it('not before the course is completed (409), and an unknown course is 404', async () => {
    const notYet = await t.as('member').get('/api/v1/courses/c-dangzhang/certificate');
    assert.equal(notYet.status, 409);
    assert.equal(notYet.body.type, '/problems/certificate-not-earned');
    assert.equal((await t.as('member').get('/api/v1/courses/c-nope/certificate')).status, 404);
    assert.equal(t.db.prepare("SELECT COUNT(*) FROM certificates WHERE subject = 'c-dangzhang'").pluck().get(), 0);
  });

  it('the code verifies for anyone, signed in or not: holder, title, 学时 and date, nothing else; an unknown code is 404', async () => {
    const mine = (await t.as('member').get('/api/v1/courses/c-shichang/certificate')).body;
    const anonymous = await t.app.request(`/api/v1/certificates/${mine.code}`);
    assert.equal(anonymous.status, 200);
    const checked = await anonymous.json();
    assert.deepEqual(checked, { code: mine.code, holderName: mine.holderName, title: mine.title, hours: mine.hours, completedOn: mine.completedOn });
    assert.deepEqual((await t.as('secretary').get(`/api/v1/certificates/${mine.code}`)).body, checked);
    const unknown = await t.app.request('/api/v1/certificates/ZZZZ-ZZZZ-ZZZZ');
    assert.equal(unknown.status, 404);
    assert.equal((await t.app.request('/api/v1/certificates/not-a-code')).status, 400);
    // The demo site's page for it is public too.
    const page = await t.app.request('/verify.html');
    assert.equal(page.status, 200);
    assert.match(await page.text(), /id="verify-form"/);
  });

  it('a year’s certificate once its 学时 reach the target, dated the day they did', async () => {
    const server = new TestServer({ creditRequirement: { defaultHours: 1, byGroup: {} } });
    try {
      // 第二党支部 assigns no yearly hours: its members owe the standing requirement (here 1 学时).
      const id = server.db.prepare("SELECT id FROM members WHERE branch_id = 'b02' ORDER BY id LIMIT 1").pluck().get() as string;
      const before = await server.as(id).get('/api/v1/study-plan/certificate');
      if ((await server.as(id).get('/api/v1/study-plan')).body.hours.status !== 'done') {
        assert.equal(before.status, 409);
        const lessons = server.db.prepare("SELECT id FROM lessons WHERE course_id = 'c-falv'").pluck().all() as string[];
        const at = server.clock.now - 3 * 86_400_000;
        for (const lesson of lessons) {
          server.db
            .prepare(
              `INSERT OR REPLACE INTO lesson_progress (member_id, lesson_id, course_id, position_seconds, watched, credited_seconds, completed_at, updated_at)
               VALUES (?, ?, 'c-falv', 0, '[]', 60, ?, ?)`,
            )
            .run(id, lesson, at, at);
        }
      }
      const year = await server.as(id).get('/api/v1/study-plan/certificate');
      assert.equal(year.status, 200, JSON.stringify(year.body));
      assert.deepEqual([year.body.kind, year.body.year, year.body.courseId, year.body.title], ['year', 2026, null, '2026 年度学习']);
      assert.ok(year.body.hours >= 1);
      assert.equal((await server.as(id).get('/api/v1/study-plan/certificate?year=2026')).body.code, year.body.code, 'issued once');
      assert.equal((await server.as(id).get('/api/v1/study-plan/certificate?year=2025')).status, 409, 'nothing earned in 2025');
    } finally {
      await server.close();
    }
  });
});

describe('dues receipts', () => {
  let t: TestServer;
  before(() => {
    t = new TestServer();
  });
  after(() => t.close());

  it('a settled payment has a receipt: member, months, amount, basis, payment id, time; numbered once', async () => {
    const session = await t.login('demo-member');
    const created = await t.as(session).post('/api/v1/dues/payments', { months: ['2026-07', '2026-08'] });
    assert.equal(created.status, 201);
    const pending = await t.as('member').get(`/api/v1/dues/payments/${created.body.id}/receipt`);
    assert.equal(pending.status, 409, 'no receipt before it is paid');
    assert.equal(pending.body.type, '/problems/payment-not-settled');
    t.advance(60_000);
    const confirmed = await t.app.request(`${created.body.payUrl}/confirm`, {
      method: 'POST',
      headers: { cookie: session.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: `_csrf=${session.csrf}`,
    });
    assert.equal(confirmed.status, 303);
    const receipt = await t.as('member').get(`/api/v1/dues/payments/${created.body.id}/receipt`);
    assert.equal(receipt.status, 200, JSON.stringify(receipt.body));
    const paid = (await t.as('member').get(`/api/v1/dues/payments/${created.body.id}`)).body;
    assert.deepEqual(
      { ...receipt.body, number: undefined, issuedAt: undefined },
      {
        number: undefined,
        issuedAt: undefined,
        paymentId: created.body.id,
        memberId: 'm0001',
        memberName: t.db.prepare("SELECT name FROM members WHERE id = 'm0001'").pluck().get(),
        branchName: t.db.prepare("SELECT b.name FROM branches b JOIN members m ON m.branch_id = b.id WHERE m.id = 'm0001'").pluck().get(),
        months: ['2026-07', '2026-08'],
        amountFen: 9600,
        basis: '月基数 4,800.00 元 × 1%',
        paidAt: paid.paidAt,
      },
    );
    assert.match(receipt.body.number, /^PB-2026-\d{6}$/);
    t.advance(60_000);
    assert.deepEqual((await t.as('member').get(`/api/v1/dues/payments/${created.body.id}/receipt`)).body, receipt.body, 'the same receipt every time');
  });

  it('another member’s payment has no receipt for you (404, as if missing)', async () => {
    const payment = t.db.prepare("SELECT id FROM payments WHERE member_id = 'm0001' AND status = 'paid' LIMIT 1").pluck().get() as string;
    assert.ok(payment);
    assert.equal((await t.as('secretary').get(`/api/v1/dues/payments/${payment}/receipt`)).status, 404);
    assert.equal((await t.as('member').get('/api/v1/dues/payments/pay_nope/receipt')).status, 404);
    assert.equal((await t.app.request(`/api/v1/dues/payments/${payment}/receipt`)).status, 401);
  });
});
