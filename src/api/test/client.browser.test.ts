import { expect } from '@open-wc/testing';
import { request } from '../client.js';
import { ConfigError, NetworkError, ProblemError, ShapeError, TimeoutError } from '../errors.js';
import { resolveSettings } from '../../config/settings.js';
import { mockServer, recordingSleep, rejection, settingsFor } from '../../../test/browser/support/mock.js';

describe('REST client', () => {
  it('parses problem+json into one ProblemError with field errors', async () => {
    const server = await mockServer({
      'POST /dues/payments': [
        {
          status: 400,
          body: {
            type: 'https://example.cn/problems/validation',
            title: 'Invalid request',
            status: 400,
            detail: 'months[1] is not a month',
            errors: [{ pointer: '/months/1', detail: 'must match YYYY-MM' }],
          },
        },
      ],
    });
    const error = await rejection(request(settingsFor(server.base), { operation: 'createPayment', body: { months: ['2026-01', 'x'] } }));
    expect(error).to.be.instanceOf(ProblemError);
    const problem = error as ProblemError;
    expect(problem.status).to.equal(400);
    expect(problem.title).to.equal('Invalid request');
    expect(problem.detail).to.equal('months[1] is not a month');
    expect(problem.type).to.equal('https://example.cn/problems/validation');
    expect(problem.fieldErrors).to.deep.equal([{ pointer: '/months/1', detail: 'must match YYYY-MM' }]);
    expect(problem.retryable).to.equal(false);
  });

  it('reads an HTML error page from a proxy as a problem with the status', async () => {
    const server = await mockServer({ 'GET /me': [{ status: 502, headers: { 'Content-Type': 'text/html' }, text: '<h1>Bad gateway</h1>' }] });
    const { sleep } = recordingSleep();
    const error = (await rejection(request(settingsFor(server.base), { operation: 'me' }, { sleep }))) as ProblemError;
    expect(error.status).to.equal(502);
    expect(error.retryable).to.equal(true);
  });

  it('reports a login page answering instead of JSON as a wrong shape, naming the endpoint', async () => {
    const server = await mockServer({ 'GET /me': [{ status: 200, headers: { 'Content-Type': 'text/html' }, text: '<form>登录</form>' }] });
    const error = (await rejection(request(settingsFor(server.base), { operation: 'me' }))) as ShapeError;
    expect(error).to.be.instanceOf(ShapeError);
    expect(error.message).to.contain(`GET ${server.base}/me`);
    expect(error.message).to.contain('text/html');
  });

  it('retries a 503 with exponential backoff and full jitter, then succeeds', async () => {
    const server = await mockServer({
      'GET /me': [{ status: 503 }, { status: 503 }, { status: 200, body: { id: 'm1' } }],
    });
    const { waits, sleep } = recordingSleep();
    const body = await request(settingsFor(server.base), { operation: 'me' }, { sleep, random: () => 0.5 });
    expect(body).to.deep.equal({ id: 'm1' });
    expect(await server.log()).to.have.length(3);
    // Half of each ceiling: 400 ms, then 800 ms.
    expect(waits).to.deep.equal([200, 400]);
  });

  it('draws each wait at random below the ceiling', async () => {
    const server = await mockServer({ 'GET /me': [{ status: 503 }, { status: 503 }, { status: 503 }, { status: 503 }] });
    const { waits, sleep } = recordingSleep();
    const draws = [0.1, 0.9, 0.3];
    const error = (await rejection(request(settingsFor(server.base), { operation: 'me' }, { sleep, random: () => draws.shift()! }))) as ProblemError;
    expect(error.status).to.equal(503);
    expect(await server.log()).to.have.length(4);
    expect(waits).to.deep.equal([40, 720, 480]);
  });

  it('waits as long as Retry-After asks', async () => {
    const server = await mockServer({ 'GET /me': [{ status: 503, headers: { 'Retry-After': '2' } }, { status: 200, body: { id: 'm1' } }] });
    const { waits, sleep } = recordingSleep();
    await request(settingsFor(server.base), { operation: 'me' }, { sleep });
    expect(waits).to.deep.equal([2000]);
  });

  for (const status of [400, 401, 403, 404, 409, 422]) {
    it(`never retries a ${status}`, async () => {
      const server = await mockServer({ 'GET /me': [{ status, body: { title: 'No', status } }] });
      const { waits, sleep } = recordingSleep();
      const error = (await rejection(request(settingsFor(server.base), { operation: 'me' }, { sleep }))) as ProblemError;
      expect(error.status).to.equal(status);
      expect(waits).to.deep.equal([]);
      expect(await server.log()).to.have.length(1);
    });
  }

  it('times out after the configured time with a TimeoutError', async () => {
    const server = await mockServer({ 'GET /me': [{ status: 200, body: {}, delayMs: 1000 }] });
    const settings = settingsFor(server.base, { timeoutMs: 100, retry: { retries: 0 } });
    const error = await rejection(request(settings, { operation: 'me' }));
    expect(error).to.be.instanceOf(TimeoutError);
    expect((error as TimeoutError).message).to.contain('0.1 s');
  });

  it('rejects with the abort reason and does not retry when the caller aborts', async () => {
    const server = await mockServer({ 'GET /me': [{ status: 200, body: {}, delayMs: 1000 }] });
    const controller = new AbortController();
    const { waits, sleep } = recordingSleep();
    const pending = request(settingsFor(server.base), { operation: 'me', signal: controller.signal }, { sleep });
    setTimeout(() => controller.abort(), 50);
    const error = (await rejection(pending)) as DOMException;
    expect(error.name).to.equal('AbortError');
    expect(waits).to.deep.equal([]);
  });

  it('reports an unreachable server as a NetworkError', async () => {
    const settings = settingsFor('http://127.0.0.1:9', { retry: { retries: 0 } });
    expect(await rejection(request(settings, { operation: 'me' }))).to.be.instanceOf(NetworkError);
  });

  it('retries an unreachable server while online, but not when the browser says it is offline', async () => {
    const settings = settingsFor('http://127.0.0.1:9', { retry: { retries: 2 } });
    const online = recordingSleep();
    expect(await rejection(request(settings, { operation: 'me' }, { sleep: online.sleep, random: () => 0 }))).to.be.instanceOf(NetworkError);
    expect(online.waits).to.have.length(2);
    const offline = recordingSleep();
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      expect(await rejection(request(settings, { operation: 'me' }, { sleep: offline.sleep }))).to.be.instanceOf(NetworkError);
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
    }
    expect(offline.waits).to.deep.equal([]);
  });

  it('sends the CSRF token from <meta name="csrf-token"> on writes only', async () => {
    const meta = Object.assign(document.createElement('meta'), { name: 'csrf-token', content: 'tok-123' });
    document.head.append(meta);
    try {
      const server = await mockServer({ 'GET /me': [{ body: { id: 'm1' } }], 'POST /dues/payments': [{ status: 201, body: {} }] });
      const settings = settingsFor(server.base);
      await request(settings, { operation: 'me' });
      await request(settings, { operation: 'createPayment', body: { months: [] }, idempotencyKey: 'k1' });
      const [read, write] = await server.log();
      expect(read!.headers['x-csrf-token']).to.equal(undefined);
      expect(write!.headers['x-csrf-token']).to.equal('tok-123');
      expect(write!.headers['idempotency-key']).to.equal('k1');
      expect(write!.headers['content-type']).to.equal('application/json');
    } finally {
      meta.remove();
    }
  });

  it('a 404 names the request it answered; a getToken that throws is a configuration error naming getToken', async () => {
    const server = await mockServer({ 'GET /me': [{ status: 404, text: '<h1>Not Found</h1>', headers: { 'Content-Type': 'text/html' } }] });
    const missing = (await rejection(request(settingsFor(server.base), { operation: 'me' }))) as ProblemError;
    expect(missing).to.be.instanceOf(ProblemError);
    expect(missing.endpoint).to.equal(`GET ${server.base}/me`);
    const settings = settingsFor(server.base, {
      getToken: async () => {
        throw new Error('no token in sessionStorage');
      },
    });
    const error = (await rejection(request(settings, { operation: 'me' }))) as ConfigError;
    expect(error).to.be.instanceOf(ConfigError);
    expect(error.setting).to.equal('getToken');
    expect(error.message).to.contain('no token in sessionStorage');
  });

  it('uses a configured CSRF header and token source, and a bearer token', async () => {
    const server = await mockServer({ 'PUT /questionnaires/q1/draft': [{ body: {} }] });
    const settings = settingsFor(server.base, { csrfHeader: 'X-XSRF-TOKEN', csrfToken: () => 'from-cookie', getToken: async () => 'jwt-1' });
    await request(settings, { operation: 'saveDraft', params: { questionnaireId: 'q1' }, body: {} });
    const [write] = await server.log();
    expect(write!.headers['x-xsrf-token']).to.equal('from-cookie');
    expect(write!.headers['authorization']).to.equal('Bearer jwt-1');
  });

  it('keeps one idempotency key across the retries of a write', async () => {
    const server = await mockServer({ 'POST /dues/payments': [{ status: 503 }, { status: 503 }, { status: 201, body: { id: 'p1' } }] });
    const { sleep } = recordingSleep();
    await request(settingsFor(server.base), { operation: 'createPayment', body: { months: ['2026-10'] } }, { sleep });
    const keys = (await server.log()).map((entry) => entry.headers['idempotency-key']);
    expect(keys).to.have.length(3);
    expect(new Set(keys).size).to.equal(1);
    expect(keys[0]).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('fills endpoint templates, putting unused parameters in the query', async () => {
    const server = await mockServer({ 'GET /study/course/list': [{ body: { items: [], total: 0, nextCursor: null } }] });
    const settings = settingsFor(server.base, { endpoints: { listCourses: '/study/course/list?pageSize={limit}' } });
    await request(settings, { operation: 'listCourses', params: { limit: 10, q: '党史 专题', category: undefined } });
    const [entry] = await server.log();
    expect(new URLSearchParams(entry!.query).get('pageSize')).to.equal('10');
    expect(new URLSearchParams(entry!.query).get('q')).to.equal('党史 专题');
    expect(new URLSearchParams(entry!.query).has('category')).to.equal(false);
  });

  it('says api-base is missing instead of requesting a relative URL', async () => {
    const error = (await rejection(request(resolveSettings({}), { operation: 'me' }))) as ConfigError;
    expect(error).to.be.instanceOf(ConfigError);
    expect(error.setting).to.equal('api-base');
  });
});
