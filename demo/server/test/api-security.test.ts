import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { keyHash } from '../store/idempotency-seal';
import { heartbeat, tableCounts, TestServer } from './support/harness';

const INJECTIONS = [
  "' OR '1'='1",
  "1' OR 1=1 --",
  "'; DROP TABLE members; --",
  '" OR ""="',
  "1; DELETE FROM dues_months",
  "b01' UNION SELECT password_hash FROM members --",
  '%27%20OR%201%3D1',
];

const WRITES: [string, string, unknown][] = [
  ['POST', '/api/v1/courses/c-dangzhang/lessons/l-dangzhang-1/progress', heartbeat()],
  ['POST', '/api/v1/questionnaires/q-dangzhang-quiz/attempts', {}],
  ['PUT', '/api/v1/questionnaires/q-learning-needs/draft', { answers: {}, pageIndex: 0 }],
  ['POST', '/api/v1/questionnaires/q-learning-needs/responses', { answers: {} }],
  ['POST', '/api/v1/dues/payments', { months: ['2026-07'] }],
];

describe('bad input never reaches a 500', () => {
  let t: TestServer;
  before(() => {
    t = new TestServer();
  });
  after(() => t.close());

  const send = (method: string, path: string, options: { body?: unknown; raw?: string; contentType?: string; key?: string | null }) => {
    const client = t.as('member');
    return method === 'PUT' ? client.put(path, options.body, options) : client.post(path, options.body, options);
  };

  it('bodies over 64 KB → 413', async () => {
    const big = JSON.stringify({ answers: { suggestion: 'x'.repeat(70_000) }, pageIndex: 0 });
    for (const [method, path] of WRITES) {
      const res = await send(method, path, { raw: big });
      assert.equal(res.status, 413, path);
      assert.equal(res.body.type, '/problems/payload-too-large');
    }
    const declared = await t.app.request(WRITES[4]![1], {
      method: 'POST',
      headers: { authorization: 'Bearer demo-member-token', 'content-type': 'application/json', 'content-length': '70000', 'idempotency-key': 'k' },
      body: '{}',
    });
    assert.equal(declared.status, 413);
  });

  it('bodies that are not application/json → 415', async () => {
    for (const [method, path, body] of WRITES) {
      for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonp']) {
        const res = await send(method, path, { raw: JSON.stringify(body), contentType });
        assert.equal(res.status, 415, `${path} ${contentType}`);
      }
    }
    const charset = await send('POST', WRITES[4]![1], { raw: JSON.stringify({ months: ['2026-07'] }), contentType: 'application/json; charset=utf-8' });
    assert.equal(charset.status, 201);
  });

  it('malformed JSON → 400 malformed-json', async () => {
    for (const raw of ['{', '{"a":}', 'undefined', "{'a':1}", '\u0000', '']) {
      const res = await send('POST', WRITES[0]![1], { raw });
      assert.equal(res.status, 400, JSON.stringify(raw));
      assert.equal(res.body.type, '/problems/malformed-json');
    }
  });

  it('wrong shapes on every write → 400 with JSON pointers, never 500', async () => {
    const shapes: unknown[] = [null, [], 'text', 42, true, { answers: null }, { answers: [] }, { months: [null] }, { pageIndex: 1e308 }, { a: { b: { c: { d: { e: {} } } } } }, { sessionId: '\u202e' }, { ['__proto__']: { admin: true } }];
    for (const [method, path] of WRITES) {
      for (const shape of shapes) {
        const res = await send(method, path, { body: shape });
        assert.equal(res.status, 400, `${path} ${JSON.stringify(shape)}: ${res.status}`);
        assert.equal(res.body.type, '/problems/validation');
        assert.ok(Array.isArray(res.body.errors) && res.body.errors.length > 0);
      }
    }
  });

  it('unknown fields are refused, naming the field', async () => {
    const res = await send('POST', '/api/v1/dues/payments', { body: { months: ['2026-09'], memberId: 'm0002' } });
    assert.equal(res.status, 400);
    assert.deepEqual(res.body.errors, [{ pointer: '/memberId', code: 'not-allowed', detail: 'is not allowed' }]);
  });
});

describe('object-level authorization: a member sees only their own', () => {
  let t: TestServer;
  before(() => {
    t = new TestServer();
  });
  after(() => t.close());

  it("A can never read B's dues, answers, drafts, payments or progress", async () => {
    const a = t.as('m0001');
    const b = t.as('m0010');
    // B leaves a trail of private data.
    const bPayment = await b.post('/api/v1/dues/payments', { months: ['2026-09'] });
    await b.put('/api/v1/questionnaires/q-learning-needs/draft', { answers: { suggestion: 'B 的草稿' }, pageIndex: 1 });
    await b.post('/api/v1/questionnaires/q-satisfaction/responses', { answers: { overall: 1, best: 'care', improve: 'B 的意见' } });
    t.advance(15_000);
    await b.post('/api/v1/courses/c-falv/lessons/l-falv-2/progress', heartbeat({ intervals: [[0, 15]] }));
    const bProgress = (await b.get('/api/v1/courses/c-falv/progress')).body;

    assert.equal((await a.get(`/api/v1/dues/payments/${bPayment.body.id}`)).status, 404);
    const aDraft = await a.get('/api/v1/questionnaires/q-learning-needs/draft');
    assert.deepEqual([aDraft.status, aDraft.body], [200, null], 'A has no draft: B’s is not shown');
    assert.ok(!JSON.stringify((await a.get('/api/v1/questionnaires/q-satisfaction/responses/mine')).body).includes('B 的'));
    assert.notDeepEqual((await a.get('/api/v1/courses/c-falv/progress')).body, bProgress);
    const aDues = (await a.get('/api/v1/dues')).body;
    assert.equal(aDues.basis.monthlyFen, 4800);
    assert.ok(!aDues.payments.some((p: { id: string }) => p.id === bPayment.body.id));
    // Asking for someone else explicitly is refused, every time, on every read.
    for (const path of ['/api/v1/dues', '/api/v1/courses/c-falv/progress', '/api/v1/questionnaires/q-learning-needs/draft', '/api/v1/questionnaires/q-satisfaction/responses/mine', '/api/v1/me']) {
      for (const param of ['memberId=m0010', 'member=m0010', 'userId=m0010', 'id=m0010']) {
        const res = await a.get(`${path}?${param}`);
        assert.equal(res.status, 400, `${path}?${param}`);
      }
    }
    assert.equal((await a.get('/api/v1/branches/b02/dues-summary')).status, 403);
    assert.equal((await a.get('/api/v1/branches/b01/dues-summary')).status, 403, 'not the secretary');
    assert.equal((await t.as('secretary').get('/api/v1/branches/b02/dues-summary')).status, 403, 'not their branch');
  });
});

describe('SQL-injection strings in every parameter', () => {
  let t: TestServer;
  before(() => {
    t = new TestServer();
  });
  after(() => t.close());

  it('path and query parameters → 4xx (free-text search finds nothing), row counts unchanged', async () => {
    const client = t.as('secretary');
    const before = tableCounts(t);
    for (const raw of INJECTIONS) {
      const s = encodeURIComponent(raw);
      const expect4xx = [
        `/api/v1/courses/${s}`,
        `/api/v1/courses/${s}/progress`,
        `/api/v1/courses/c-dangzhang/lessons/${s}/progress`,
        `/api/v1/questionnaires/${s}`,
        `/api/v1/questionnaires/${s}/draft`,
        `/api/v1/questionnaires/${s}/responses/mine`,
        `/api/v1/dues/payments/${s}`,
        `/api/v1/branches/${s}/dues-summary`,
        `/api/v1/stats/${s}`,
        `/api/v1/courses?required=${s}`,
        `/api/v1/courses?cursor=${s}`,
        `/api/v1/courses?limit=${s}`,
        `/api/v1/questionnaires?mode=${s}`,
        `/api/v1/dues?year=${s}`,
        `/api/v1/branches/b01/dues-summary?year=${s}`,
        `/api/v1/leaderboard?metric=${s}`,
        `/api/v1/leaderboard?scope=${s}`,
        `/api/v1/leaderboard?period=${s}`,
        `/api/v1/leaderboard?cursor=${s}`,
        `/api/v1/stats/points?groupBy=${s}`,
        `/api/v1/stats/points?from=${s}`,
        `/api/v1/stats/points?to=${s}`,
        `/api/v1/stats/points?branchId=${s}`,
        `/api/v1/me?${s}=1`,
      ];
      for (const path of expect4xx) {
        const res = await client.get(path);
        assert.ok(res.status >= 400 && res.status < 500, `${path} → ${res.status}`);
      }
      for (const path of [`/api/v1/courses?q=${s}`, `/api/v1/courses?category=${s}`]) {
        const res = await client.get(path);
        assert.equal(res.status, 200, path);
        assert.equal(res.body.total, 0, `${path} matched something`);
      }
    }
    assert.deepEqual(tableCounts(t), before);
  });

  it('body fields, headers and the login form → 4xx, row counts unchanged', async () => {
    const client = t.as('member');
    const writes = (s: string): [string, string, unknown][] => [
      ['POST', '/api/v1/courses/c-dangzhang/lessons/l-dangzhang-1/progress', { ...heartbeat(), sessionId: s }],
      ['POST', '/api/v1/dues/payments', { months: [s] }],
      ['PUT', '/api/v1/questionnaires/q-learning-needs/draft', { answers: { [s]: 'x' }, pageIndex: 0 }],
      ['PUT', '/api/v1/questionnaires/q-learning-needs/draft', { answers: {}, pageIndex: 0, attemptId: s }],
      ['POST', '/api/v1/questionnaires/q-learning-needs/responses', { answers: { work: s } }],
      ['POST', '/api/v1/questionnaires/q-dangzhang-quiz/responses', { answers: {}, attemptId: s }],
    ];
    const before = tableCounts(t);
    for (const s of INJECTIONS) {
      for (const [method, path, body] of writes(s)) {
        const res = method === 'PUT' ? await client.put(path, body) : await client.post(path, body);
        assert.ok(res.status >= 400 && res.status < 500, `${path} ${JSON.stringify(body)} → ${res.status}`);
      }
      const header = await client.post('/api/v1/dues/payments', { months: ['2026-07'] }, { key: `${s.replace(/\s/g, '')}` });
      assert.ok(header.status === 201 || header.status === 422 || header.status === 400, `key ${s} → ${header.status}`);
      for (const headers of [{ authorization: `Bearer ${s.replace(/\s/g, '')}` }, { cookie: `pb_session=${encodeURIComponent(s)}` }] as Record<string, string>[]) {
        const res = await t.app.request('/api/v1/me', { headers });
        assert.equal(res.status, 401);
      }
      const login = await t.app.request('/login', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ username: s, password: s }).toString(),
      });
      assert.match(login.headers.get('location')!, /error=1/);
    }
    const after = tableCounts(t);
    // The only rows added are the payments and keys of the injection-named Idempotency-Keys,
    // which are plain data (visible ASCII keys are valid), and the failed logins' counts,
    // whose keys are hashes (never what was typed).
    for (const table of Object.keys(before)) {
      if (table === 'payments' || table === 'idempotency_keys' || table === 'login_failures') continue;
      assert.equal(after[table], before[table], table);
    }
    const failures = t.db.prepare('SELECT key FROM login_failures').pluck().all() as string[];
    assert.ok(failures.length > 0 && failures.every((k) => /^[A-Za-z0-9_-]{43}$/.test(k)));
    // Stored as data: hashed (store/idempotency-seal.ts), like every key.
    const keys = t.db.prepare("SELECT key FROM idempotency_keys WHERE member_id = 'm0001'").pluck().all() as string[];
    assert.ok(keys.includes(keyHash("'OR'1'='1")), 'stored as data');
    assert.equal(t.count('members'), 120);
  });

  it('free text answers are stored verbatim as data', async () => {
    const text = "'); DROP TABLE submissions; --";
    const member = t.as(t.memberWhoHasNotAnswered('q-learning-needs'));
    const res = await member.put('/api/v1/questionnaires/q-learning-needs/draft', { answers: { suggestion: text }, pageIndex: 0 }, { key: randomUUID() });
    assert.equal(res.status, 200);
    assert.equal((await member.get('/api/v1/questionnaires/q-learning-needs/draft')).body.answers.suggestion, text);
    assert.ok(t.count('submissions') > 0);
  });
});
