import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { heartbeat, TestServer } from './support/harness';

const PAY = '/api/v1/dues/payments';

describe('Idempotency-Key', () => {
  let t: TestServer;
  before(() => {
    t = new TestServer();
  });
  after(() => t.close());

  /** The member's oldest month that may be paid now: months are paid oldest first. */
  const oldestPayable = async (member: string): Promise<string> => {
    const year = await t.as(member).get('/api/v1/dues');
    return (year.body.arrears.months[0] ?? year.body.months.find((m: { status: string }) => m.status === 'due' || m.status === 'not-due').month) as string;
  };

  it('a write without a key is refused (400), and so is a malformed key', async () => {
    const missing = await t.as('member').post(PAY, { months: ['2026-09'] }, { key: null });
    assert.equal(missing.status, 400);
    assert.equal(missing.body.type, '/problems/idempotency-key-missing');
    assert.deepEqual(missing.body.errors, [{ pointer: '/Idempotency-Key', in: 'header', code: 'required', detail: 'required on every write' }]);
    for (const key of ['x'.repeat(256), 'has space', 'tab\tkey']) {
      const res = await t.as('member').post(PAY, { months: ['2026-09'] }, { key });
      assert.equal(res.status, 400, JSON.stringify(key));
    }
    assert.equal(t.count('payments'), 0);
  });

  it('a replay returns the stored status and body with Idempotent-Replayed: true', async () => {
    const key = randomUUID();
    const first = await t.as('member').post(PAY, { months: ['2026-07'] }, { key });
    t.advance(5000);
    const again = await t.as('member').post(PAY, { months: ['2026-07'] }, { key });
    assert.equal(first.status, 201);
    assert.equal(first.headers.get('idempotent-replayed'), null);
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(again.body, first.body);
    assert.equal(t.db.prepare('SELECT COUNT(*) FROM payments WHERE id = ?').pluck().get(first.body.id), 1);
    assert.equal(t.count('payments'), 1);
  });

  it('the same key with another body, or on another endpoint, is 422', async () => {
    const key = randomUUID();
    await t.as('member').post(PAY, { months: ['2026-07'] }, { key });
    const other = await t.as('member').post(PAY, { months: ['2026-07', '2026-08'] }, { key });
    assert.equal(other.status, 422);
    assert.equal(other.body.type, '/problems/idempotency-key-reused');
    const elsewhere = await t.as('member').put('/api/v1/questionnaires/q-learning-needs/draft', { answers: {}, pageIndex: 0 }, { key });
    assert.equal(elsewhere.status, 422);
  });

  it('10 concurrent identical writes make exactly one row', async () => {
    const key = randomUUID();
    const before = t.count('payments');
    const responses = await Promise.all(Array.from({ length: 10 }, () => t.as('secretary').post(PAY, { months: ['2026-09'] }, { key })));
    assert.equal(t.count('payments') - before, 1);
    const created = responses.filter((r) => r.status === 201);
    assert.ok(created.length >= 1);
    assert.ok(responses.every((r) => r.status === 201 || r.status === 409), responses.map((r) => r.status).join());
    assert.equal(new Set(created.map((r) => r.body.id)).size, 1);
    assert.equal(created.filter((r) => r.headers.get('idempotent-replayed') !== 'true').length, 1);
  });

  it('10 concurrent identical heartbeat batches credit once', async () => {
    const key = randomUUID();
    const batch = heartbeat({ intervals: [[0, 10]] });
    const before = t.count('study_credits');
    t.advance(10_000);
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => t.as('m0040').post('/api/v1/courses/c-anquan/lessons/l-anquan-1/progress', batch, { key })),
    );
    assert.equal(t.count('study_credits') - before, 1);
    assert.equal(new Set(responses.filter((r) => r.status === 200).map((r) => r.body.creditedNow)).size, 1);
  });

  it('while the first request with a key is still running, another gets 409', async () => {
    const key = randomUUID();
    // Another worker process sharing the database has begun this request and not finished.
    const { keyHash, seal } = await import('../store/idempotency-seal');
    const fingerprint = (await import('../store/idempotency-store')).requestFingerprint('POST', PAY, JSON.stringify({ months: ['2026-09'] }));
    t.db
      .prepare("INSERT INTO idempotency_keys (member_id, key, fingerprint, state, created_at) VALUES ('m0001', ?, ?, 'running', ?)")
      .run(keyHash(key), seal(key, fingerprint), t.clock.now);
    const res = await t.as('member').post(PAY, { months: ['2026-09'] }, { key });
    assert.equal(res.status, 409);
    assert.equal(res.body.type, '/problems/idempotency-key-in-use');
  });

  it('keys are per member and kept 24 hours', async () => {
    const key = randomUUID();
    const mine = await t.as('m0003').post(PAY, { months: ['2026-10'] }, { key });
    const theirs = await t.as('m0004').post(PAY, { months: ['2026-02'] }, { key });
    assert.equal(mine.status, 201);
    assert.equal(theirs.status, 201);
    assert.notEqual(theirs.body.id, mine.body.id);
    t.advance(23 * 60 * 60 * 1000);
    assert.equal((await t.as('m0003').post(PAY, { months: ['2026-10', '2026-11'] }, { key })).status, 422);
    t.advance(60 * 60 * 1000 + 1);
    const reused = await t.as('m0003').post(PAY, { months: ['2026-10', '2026-11'] }, { key });
    assert.equal(reused.status, 201, 'after 24 h the key is free again');
    assert.equal(reused.headers.get('idempotent-replayed'), null);
  });

  it('a key is bound to its operation and body: reuse elsewhere is 422 every time, saying why', async () => {
    const key = randomUUID();
    const draft = '/api/v1/questionnaires/q-learning-needs/draft';
    assert.equal((await t.as('m0007').post(PAY, { months: ['2026-10'] }, { key })).status, 201);
    for (let i = 0; i < 3; i++) {
      const elsewhere = await t.as('m0007').put(draft, { answers: {}, pageIndex: 0 }, { key });
      assert.equal(elsewhere.status, 422, `try ${i + 1}`);
      assert.equal(elsewhere.headers.get('content-type'), 'application/problem+json');
      assert.equal(elsewhere.body.type, '/problems/idempotency-key-reused');
      assert.match(elsewhere.body.detail, /POST \/api\/v1\/dues\/payments/);
      const otherBody = await t.as('m0007').post(PAY, { months: ['2026-11'] }, { key });
      assert.equal(otherBody.status, 422, `try ${i + 1}`);
      assert.match(otherBody.body.detail, /different body/);
    }
    assert.equal((await t.as('m0007').get(draft)).body, null, 'no draft was saved with the reused key');
  });

  it('a request its handler refused binds the key too: the refusal is replayed, another request is 422 every time', async () => {
    const key = randomUUID();
    const refused = await t.as('m0005').post(PAY, { months: ['2020-01'] }, { key });
    assert.equal(refused.status, 409);
    assert.equal(refused.body.type, '/problems/payment-conflict');
    const again = await t.as('m0005').post(PAY, { months: ['2020-01'] }, { key });
    assert.equal(again.status, 409);
    assert.equal(again.headers.get('content-type'), 'application/problem+json');
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(again.body, refused.body);
    const payments = t.count('payments');
    for (let i = 0; i < 3; i++) {
      const elsewhere = await t.as('m0005').put('/api/v1/questionnaires/q-learning-needs/draft', { answers: {}, pageIndex: 0 }, { key });
      assert.equal(elsewhere.status, 422, `try ${i + 1}: another operation`);
      assert.equal(elsewhere.body.type, '/problems/idempotency-key-reused');
      const corrected = await t.as('m0005').post(PAY, { months: ['2026-12'] }, { key });
      assert.equal(corrected.status, 422, `try ${i + 1}: another body`);
    }
    assert.equal(t.count('payments'), payments);
    assert.equal((await t.as('m0005').post(PAY, { months: [await oldestPayable('m0005')] }, { key: randomUUID() })).status, 201, 'a new key goes through');
  });

  it('a request refused before its handler (validation) does not bind the key', async () => {
    const key = randomUUID();
    const invalid = await t.as('m0008').post(PAY, { months: 'soon' }, { key });
    assert.equal(invalid.status, 400);
    const fixed = await t.as('m0008').post(PAY, { months: [await oldestPayable('m0008')] }, { key });
    assert.equal(fixed.status, 201);
    assert.equal(fixed.headers.get('idempotent-replayed'), null);
  });
});
