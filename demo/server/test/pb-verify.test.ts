/**
 * pb-verify, the webmaster's conformance check: the reference server passes every check,
 * and a deliberately broken wrapper of it is caught for each kind of fault.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { after, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { serve } from '@hono/node-server';
// @ts-expect-error plain ESM of the published bin, without declarations
import { verify } from '../../../bin/pb-verify/verify.mjs';
import { TestServer } from './support/harness';

type Row = { endpoint: string; check: string; result: 'pass' | 'fail' | 'skip'; problem: string };
type Fault = 'missing-field' | 'wrong-type' | 'not-problem' | 'idempotency' | 'no-401' | 'draft-404' | 'plan-shape';

const test = new TestServer();
const token = test.server.auth.issueToken('m0001', 'pb-verify');
after(() => test.close());

/** The reference app with one fault injected, as a fetch pb-verify can call. */
function broken(fault: Fault | null): typeof fetch {
  return async (input, init = {}) => {
    const headers = new Headers(init.headers);
    if (fault === 'idempotency' && headers.has('idempotency-key')) headers.set('idempotency-key', randomUUID());
    if (fault === 'no-401' && !headers.has('authorization') && !headers.has('cookie')) headers.set('authorization', `Bearer ${token}`);
    const response = await test.app.request(String(input), { ...init, headers });
    const url = new URL(String(input));
    if (fault === 'draft-404' && url.pathname.endsWith('/draft') && response.status === 200 && (await response.clone().text()) === 'null') {
      return new Response(JSON.stringify({ type: '/problems/not-found', title: 'Draft not found', status: 404 }), { status: 404, headers: { 'content-type': 'application/problem+json' } });
    }
    if (fault === 'not-problem' && response.status >= 400) {
      return new Response('<html><body>Error</body></html>', { status: response.status, headers: { 'content-type': 'text/html' } });
    }
    if (fault === 'plan-shape' && url.pathname === '/api/v1/study-plan') {
      const body = (await response.json()) as any;
      body.courses[0].status = 'late';
      delete body.hours.targetHours;
      return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
    }
    if ((fault === 'missing-field' && url.pathname === '/api/v1/me') || (fault === 'wrong-type' && url.pathname === '/api/v1/courses')) {
      const body = (await response.json()) as any;
      if (fault === 'missing-field') delete body.name;
      else for (const item of body.items ?? []) item.lessonCount = String(item.lessonCount);
      return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
    }
    return response;
  };
}

async function run(fault: Fault | null): Promise<Row[]> {
  return verify({ base: 'http://reference.test/api/v1', token, fetch: broken(fault) });
}

const failures = (rows: Row[]) => rows.filter((r) => r.result === 'fail');

describe('pb-verify', () => {
  it('the reference server passes 100 % of the checks it can run with a bearer token', async () => {
    const rows = await run(null);
    assert.deepEqual(failures(rows), []);
    assert.ok(rows.filter((r) => r.result === 'pass').length >= 25, `ran ${rows.length} checks`);
    const skipped = rows.filter((r) => r.result === 'skip');
    assert.deepEqual(skipped.map((r) => r.check), ['without CSRF token → 403'], 'only the cookie-only check is skipped');
  });

  it('with the session cookie and its CSRF token, every check runs and passes: 100 %', async () => {
    const { cookie, csrf } = await test.login('demo-secretary');
    const rows: Row[] = await verify({ base: 'http://reference.test/api/v1', cookie, csrf, fetch: broken(null) });
    assert.deepEqual(rows.filter((r) => r.result !== 'pass'), []);
    assert.equal(rows.find((r) => r.check === 'without CSRF token → 403')?.result, 'pass');
  });

  it('with the session cookie alone (as getting started shows it): no failure, the writes that need the CSRF token skipped', async () => {
    const { cookie } = await test.login('demo-secretary');
    const rows: Row[] = await verify({ base: 'http://reference.test/api/v1', cookie, fetch: broken(null) });
    assert.deepEqual(rows.filter((r) => r.result === 'fail'), []);
    assert.equal(rows.find((r) => r.check === 'without CSRF token → 403')?.result, 'pass');
    const skipped = rows.filter((r) => r.result === 'skip');
    assert.ok(skipped.length >= 2 && skipped.every((r) => /--csrf/.test(r.problem)), 'the cookie-only writes are not skipped with a word about --csrf');
  });

  it('catches a missing field', async () => {
    const [row, ...rest] = failures(await run('missing-field'));
    assert.equal(rest.length, 0);
    assert.equal(row!.endpoint, 'GET /me');
    assert.match(row!.problem, /missing field \$\.name/);
  });

  it('catches a wrong type', async () => {
    const rows = failures(await run('wrong-type'));
    assert.ok(rows.length >= 1);
    assert.ok(rows.every((r) => r.endpoint.startsWith('GET /courses?')));
    assert.match(rows[0]!.problem, /^\$\.items\[0\]\.lessonCount: expected number, got "\d+"$/);
  });

  it('catches errors that are not problem+json', async () => {
    const rows = failures(await run('not-problem'));
    for (const check of ['unknown id → 404 problem', 'bad parameter → 400 problem', 'without Idempotency-Key → 400', 'same key, other body → 422']) {
      const row = rows.find((r) => r.check === check);
      assert.ok(row, `${check} fails`);
    }
    assert.ok(rows.every((r) => /error is not problem\+json \(Content-Type: text\/html\)|expected 422/.test(r.problem)), JSON.stringify(rows));
  });

  it('catches idempotency that is not honoured', async () => {
    const rows = failures(await run('idempotency'));
    assert.deepEqual(rows.map((r) => r.check).sort(), ['replay returns the stored response', 'same key, other body → 422']);
    assert.ok(rows.every((r) => r.problem.includes('idempotency not honoured')), JSON.stringify(rows));
  });

  it('checks the education operations too: a study plan with an unknown status and a missing target', async () => {
    const [row, ...rest] = failures(await run('plan-shape'));
    assert.equal(rest.length, 0);
    assert.deepEqual([row!.endpoint, row!.check], ['GET /study-plan', 'getMyStudyPlan matches the contract']);
    assert.equal(row!.problem, '$.courses[0].status: expected "on-track" | "due-soon" | "overdue" | "done", got "late"');
  });

  it('catches a missing 401', async () => {
    const rows = failures(await run('no-401'));
    assert.deepEqual(rows.map((r) => `${r.endpoint} ${r.check}`).sort(), [
      'GET /me without credentials → 401 problem',
      'PUT /questionnaires/q-learning-needs/draft without credentials → 401',
    ]);
    assert.match(rows[0]!.problem, /expected 401/);
  });

  it('catches a backend that answers "no draft" with a 404 (contract 1.0), saying what it costs', async () => {
    const rows = failures(await run('draft-404'));
    assert.ok(rows.length >= 1);
    assert.ok(rows.every((r) => /^GET \/questionnaires\/[\w-]+\/draft$/.test(r.endpoint) && r.check === 'getDraft: 200 with the draft, or null when none'), JSON.stringify(rows));
    assert.match(rows[0]!.problem, /answered 404 .* 200 with the body null/);
  });

  it('the bin prints the table and exits 0 against the reference server over HTTP, 1 when refused', async () => {
    const http = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const listening = serve({ fetch: test.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(listening));
    });
    try {
      const { port } = http.address() as { port: number };
      const base = `http://127.0.0.1:${port}/api/v1`;
      const { stdout } = await promisify(execFile)(process.execPath, ['bin/pb-verify.mjs', base, '--token', token]);
      assert.match(stdout, /^Endpoint\s+Check\s+Result\s+What was wrong/);
      assert.match(stdout, /GET \/me\s+me matches the contract\s+PASS/);
      assert.match(stdout, /\d+ passed, 0 failed, 1 skipped/);
      const refused = await promisify(execFile)(process.execPath, ['bin/pb-verify.mjs', base, '--token', 'wrong']).catch((error: any) => error);
      assert.equal(refused.code, 1);
      assert.match(refused.stdout, /FAIL .*credentials were refused/);
    } finally {
      (http as unknown as { closeAllConnections(): void }).closeAllConnections();
      await new Promise((resolve) => http.close(resolve));
    }
  });
});
