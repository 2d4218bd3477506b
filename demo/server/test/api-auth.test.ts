import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { heartbeat, TestServer } from './support/harness';

describe('authentication like a host portal', () => {
  let t: TestServer;
  before(() => {
    t = new TestServer();
  });
  after(() => t.close());

  it('pages need a login; the login page does not', async () => {
    for (const path of ['/', '/index.html', '/study.html', '/survey.html?q=q-quiz', '/dues.html']) {
      const res = await t.app.request(path);
      assert.equal(res.status, 302, path);
      assert.equal(res.headers.get('location'), `/login.html?next=${encodeURIComponent(path)}`);
    }
    const login = await t.app.request('/login.html');
    assert.equal(login.status, 200);
    assert.match(await login.text(), /<form method="post" action="\/login">/);
  });

  it('login sets an HttpOnly SameSite=Lax session cookie and redirects to next (same site only)', async () => {
    const res = await t.app.request('/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'username=demo-member&password=demo&next=%2Fdues.html',
    });
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/dues.html');
    const cookie = res.headers.get('set-cookie')!;
    assert.match(cookie, /^pb_session=[A-Za-z0-9_-]{43};/);
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Lax/);
    const offsite = await t.app.request('/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'username=demo-member&password=demo&next=%2F%2Fevil.example%2F',
    });
    assert.equal(offsite.headers.get('location'), '/');
  });

  it('a wrong password or unknown user goes back to the form with an error', async () => {
    for (const body of ['username=demo-member&password=nope', 'username=nobody&password=demo', 'username=&password=']) {
      const res = await t.app.request('/login', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
      assert.equal(res.status, 303);
      assert.match(res.headers.get('location')!, /^\/login\.html\?error=1/);
      assert.equal(res.headers.get('set-cookie'), null);
    }
  });

  it('every page carries the session CSRF token in <meta name="csrf-token"> and a strict CSP', async () => {
    const { cookie, csrf } = await t.login('demo-member');
    assert.match(csrf, /^[A-Za-z0-9_-]{43}$/);
    for (const path of ['/', '/study.html', '/survey.html', '/dues.html']) {
      const res = await t.app.request(path, { headers: { cookie } });
      assert.equal(res.status, 200, path);
      const html = await res.text();
      assert.ok(html.includes(`<meta name="csrf-token" content="${csrf}">`), path);
      assert.match(res.headers.get('content-security-policy')!, /script-src 'self';/);
      assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, `${path} has an inline script`);
      assert.match(html, /<script type="module" src="\/lib\/party-building-widgets\.js"><\/script>/);
    }
  });

  it('API: 401 problem without credentials, with a bad token, or with an expired session', async () => {
    for (const headers of [{}, { authorization: 'Bearer nope' }, { authorization: 'Basic xyz' }, { cookie: 'pb_session=forged' }] as Record<string, string>[]) {
      const res = await t.app.request('/api/v1/me', { headers });
      assert.equal(res.status, 401);
      assert.equal(res.headers.get('content-type'), 'application/problem+json');
      assert.equal(((await res.json()) as { type: string }).type, '/problems/unauthenticated');
    }
    const session = await t.login('demo-member');
    assert.equal((await t.as(session).get('/api/v1/me')).status, 200);
    t.advance(9 * 60 * 60 * 1000);
    assert.equal((await t.as(session).get('/api/v1/me')).status, 401);
    t.clock.now -= 9 * 60 * 60 * 1000;
  });

  it('me: the member and the secretary, by cookie and by bearer token (demo tokens are documented)', async () => {
    const byCookie = await t.as(await t.login('demo-secretary')).get('/api/v1/me');
    assert.deepEqual(byCookie.body, { id: 'm0002', name: '王红梅', branchId: 'b01', branchName: '第一党支部', roles: ['member', 'secretary'], category: 'in-service', migrant: false, groups: ['cadre'] });
    const res = await t.app.request('/api/v1/me', { headers: { authorization: 'Bearer demo-member-token' } });
    assert.equal(((await res.json()) as { name: string }).name, '李明');
  });

  it('cookie writes need X-CSRF-Token (403 problem otherwise); bearer writes do not', async () => {
    const session = await t.login('demo-member');
    const writes: [string, string, unknown][] = [
      ['POST', '/api/v1/courses/c-dangzhang/lessons/l-dangzhang-1/progress', heartbeat()],
      ['POST', '/api/v1/questionnaires/q-dangzhang-quiz/attempts', {}],
      ['PUT', '/api/v1/questionnaires/q-learning-needs/draft', { answers: {}, pageIndex: 0 }],
      ['POST', '/api/v1/questionnaires/q-satisfaction/responses', { answers: { overall: 5, best: 'care' } }],
      ['POST', '/api/v1/dues/payments', { months: ['2026-08'] }],
    ];
    const before = t.count('idempotency_keys');
    for (const [method, path, body] of writes) {
      for (const csrf of ['', 'wrong-token', session.csrf.slice(0, -1)]) {
        const client = t.as({ cookie: session.cookie, csrf });
        const res = method === 'PUT' ? await client.put(path, body) : await client.post(path, body);
        assert.equal(res.status, 403, `${method} ${path} csrf=${csrf}`);
        assert.equal(res.body.type, '/problems/csrf');
      }
    }
    assert.equal(t.count('idempotency_keys'), before, 'nothing was written');
    const ok = await t.as(session).post('/api/v1/courses/c-dangzhang/lessons/l-dangzhang-1/progress', heartbeat());
    assert.equal(ok.status, 200);
    const bearer = await t.as('member').post('/api/v1/courses/c-dangzhang/lessons/l-dangzhang-1/progress', heartbeat());
    assert.equal(bearer.status, 200);
  });

  it('logout needs the CSRF token, ends the session and clears the cookie', async () => {
    const session = await t.login('demo-member');
    const forged = await t.app.request('/logout', { method: 'POST', headers: { cookie: session.cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: '_csrf=x' });
    assert.equal(forged.status, 403);
    const res = await t.app.request('/logout', {
      method: 'POST',
      headers: { cookie: session.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: `_csrf=${session.csrf}`,
    });
    assert.equal(res.status, 303);
    assert.match(res.headers.get('set-cookie')!, /pb_session=;/);
    assert.equal((await t.as(session).get('/api/v1/me')).status, 401);
  });

  it('serves demo assets (captions as text/vtt, media with ranges) and a 404 problem for unknown API paths', async () => {
    const vtt = await t.app.request('/assets/media/lesson-video.zh.vtt');
    assert.equal(vtt.status, 200);
    assert.match(vtt.headers.get('content-type')!, /^text\/vtt/);
    const range = await t.app.request('/assets/media/lesson-video.mp4', { headers: { range: 'bytes=0-9' } });
    assert.equal(range.status, 206);
    assert.equal((await range.arrayBuffer()).byteLength, 10);
    assert.equal((await t.app.request('/assets/../server/app.ts')).status, 404);
    assert.equal((await t.as('member').get('/api/v1/nothing-here')).status, 404);
  });
});
