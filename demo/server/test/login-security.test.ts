import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TestServer } from './support/harness';

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

/** Posts the login form as a browser at `address` would (the socket's peer address). */
function login(t: TestServer, username: string, password: string, options: { address?: string; headers?: Record<string, string> } = {}) {
  const env = { incoming: { socket: { remoteAddress: options.address ?? '192.0.2.1' } } };
  const body = new URLSearchParams({ username, password, next: '/dues.html' }).toString();
  return t.app.request('/login', { method: 'POST', headers: { ...FORM, ...options.headers }, body }, env);
}

const signedIn = (res: Response) => res.status === 303 && (res.headers.get('set-cookie') ?? '').startsWith('pb_session=');

describe('login throttling', () => {
  let t: TestServer;
  before(() => {
    t = new TestServer();
  });
  after(() => t.close());

  it('after 5 wrong passwords an account is refused for 15 minutes, the right password too, with 429, Retry-After and a message in Chinese', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await login(t, 'demo-member', `wrong-${i}`);
      assert.equal(res.status, 303, `attempt ${i + 1}`);
      assert.match(res.headers.get('location')!, /error=1/);
    }
    const locked = await login(t, 'demo-member', 'demo', { address: '198.51.100.7' });
    assert.equal(locked.status, 429);
    assert.equal(locked.headers.get('set-cookie'), null);
    const retryAfter = Number(locked.headers.get('retry-after'));
    assert.ok(retryAfter > 0 && retryAfter <= 15 * 60, `Retry-After ${retryAfter}`);
    assert.match(locked.headers.get('content-type')!, /^text\/html/);
    const page = await locked.text();
    assert.match(page, /<p class="error" id="login-error" role="alert">登录尝试次数过多，请 15 分钟后再试。<\/p>/);
    assert.match(page, /<input type="hidden" name="next" value="\/dues.html">/, 'the form keeps where to go next');
    assert.match(page, /<form method="post" action="\/login">/);
    t.advance(14 * 60 * 1000);
    assert.equal((await login(t, 'demo-member', 'demo')).status, 429);
    t.advance(60 * 1000 + 1);
    assert.ok(signedIn(await login(t, 'demo-member', 'demo')), 'after the window the right password works');
  });

  it('a successful login clears the account\'s failures', async () => {
    for (let i = 0; i < 4; i++) await login(t, 'demo-secretary', 'wrong', { address: '192.0.2.20' });
    assert.ok(signedIn(await login(t, 'demo-secretary', 'demo', { address: '192.0.2.20' })));
    for (let i = 0; i < 4; i++) assert.equal((await login(t, 'demo-secretary', 'wrong', { address: '192.0.2.20' })).status, 303);
    assert.ok(signedIn(await login(t, 'demo-secretary', 'demo', { address: '192.0.2.20' })));
    t.advance(15 * 60 * 1000 + 1);
  });

  it('one address gets 20 failures per 15 minutes across accounts; other addresses are not affected', async () => {
    for (let i = 0; i < 20; i++) assert.equal((await login(t, `nobody-${i}`, 'x', { address: '203.0.113.9' })).status, 303, `attempt ${i + 1}`);
    const refused = await login(t, 'demo-member', 'demo', { address: '203.0.113.9' });
    assert.equal(refused.status, 429);
    assert.ok(Number(refused.headers.get('retry-after')) > 0);
    assert.ok(signedIn(await login(t, 'demo-member', 'demo', { address: '203.0.113.10' })));
    t.advance(15 * 60 * 1000 + 1);
  });

  it('parallel guesses are counted before the password is checked: 30 at once check at most 5', async () => {
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => login(t, 'demo-member', `guess-${i}`, { address: `192.0.2.${100 + i}` })));
    const checked = answers.filter((r) => r.status === 303).length;
    assert.ok(checked <= 5, `${checked} passwords were checked`);
    assert.equal(answers.filter((r) => r.status === 429).length, 30 - checked);
    assert.equal((await login(t, 'demo-member', 'demo', { address: '192.0.2.250' })).status, 429);
    t.advance(15 * 60 * 1000 + 1);
  });

  it('X-Forwarded-For does not change the address unless TRUST_PROXY is set', async () => {
    for (let i = 0; i < 20; i++) await login(t, `nobody-${i}`, 'x', { address: '203.0.113.50', headers: { 'x-forwarded-for': `10.0.0.${i}` } });
    const spoofed = await login(t, 'demo-member', 'demo', { address: '203.0.113.50', headers: { 'x-forwarded-for': '10.9.9.9' } });
    assert.equal(spoofed.status, 429);
    t.advance(15 * 60 * 1000 + 1);
  });
});

describe('login behind a proxy (TRUST_PROXY)', () => {
  let proxied: TestServer;
  let direct: TestServer;
  before(() => {
    proxied = new TestServer({ trustProxy: true });
    direct = new TestServer();
  });
  after(async () => {
    await proxied.close();
    await direct.close();
  });

  it('the session cookie is Secure when the trusted proxy says https, and only then', async () => {
    const https = { 'x-forwarded-proto': 'https' };
    const viaProxy = await login(proxied, 'demo-member', 'demo', { headers: https });
    assert.match(viaProxy.headers.get('set-cookie')!, /; Secure/);
    const plain = await login(proxied, 'demo-member', 'demo', { headers: { 'x-forwarded-proto': 'http' } });
    assert.doesNotMatch(plain.headers.get('set-cookie')!, /Secure/);
    const untrusted = await login(direct, 'demo-member', 'demo', { headers: https });
    assert.ok(signedIn(untrusted));
    assert.doesNotMatch(untrusted.headers.get('set-cookie')!, /Secure/, 'off by default: the header is not believed');
  });

  it('with TRUST_PROXY the client address is the one the proxy adds to X-Forwarded-For', async () => {
    for (let i = 0; i < 20; i++) await login(proxied, `nobody-${i}`, 'x', { headers: { 'x-forwarded-for': '1.2.3.4, 198.51.100.1' } });
    assert.equal((await login(proxied, 'demo-member', 'demo', { headers: { 'x-forwarded-for': '5.6.7.8, 198.51.100.1' } })).status, 429, 'what the client wrote before the proxy is ignored');
    assert.ok(signedIn(await login(proxied, 'demo-member', 'demo', { headers: { 'x-forwarded-for': '198.51.100.2' } })));
  });
});

describe('login CSRF: the form refuses a cross-site POST', () => {
  let t: TestServer;
  before(() => {
    t = new TestServer();
  });
  after(() => t.close());

  it('refuses what a browser marks as coming from another site, and signs no one in', async () => {
    for (const headers of [
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site', origin: 'http://sub.localhost' },
      { 'sec-fetch-site': 'cross-site', origin: 'http://localhost' },
    ] as Record<string, string>[]) {
      const res = await login(t, 'demo-member', 'demo', { headers });
      assert.equal(res.status, 403, JSON.stringify(headers));
      assert.equal(res.headers.get('set-cookie'), null);
      assert.match(await res.text(), /请从本站登录页登录/);
    }
  });

  it('accepts the site\'s own form, and clients that send neither header', async () => {
    for (const headers of [{ origin: 'http://localhost', 'sec-fetch-site': 'same-origin' }, { origin: 'http://localhost' }, { 'sec-fetch-site': 'same-origin' }, {}] as Record<string, string>[]) {
      assert.ok(signedIn(await login(t, 'demo-member', 'demo', { headers })), JSON.stringify(headers));
    }
  });
});
