import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { serve } from '@hono/node-server';
import { heartbeat, TestServer } from './support/harness';

const MB = 2 ** 20;

/** A body that is made only as it is read, so the test sees how much the server pulled. */
function endlessBody(totalBytes: number) {
  const chunk = new Uint8Array(16 * 1024).fill(0x61);
  const meter = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (meter.pulled >= totalBytes) return controller.close();
      meter.pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, meter };
}

describe('body limits: oversized bodies are refused while streaming, before authentication', () => {
  let t: TestServer;
  let session: { cookie: string; csrf: string };
  let paymentId: string;
  before(async () => {
    t = new TestServer({ dialect: 'ruoyi' });
    session = await t.login('demo-member');
    paymentId = (await t.as('member').post('/api/v1/dues/payments', { months: ['2026-12'] })).body.id;
  });
  after(() => t.close());

  const send = (path: string, body: ReadableStream<Uint8Array> | string, headers: Record<string, string>) =>
    t.app.request(path, { method: path.includes('/draft') ? 'PUT' : 'POST', headers, body, duplex: 'half' } as RequestInit);

  const routes = (): [string, Record<string, string>][] => {
    const json = { 'content-type': 'application/json', 'idempotency-key': 'k' };
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    return [
      ['/api/v1/courses/c-dangzhang/lessons/l-dangzhang-1/progress', json],
      ['/api/v1/questionnaires/q-dangzhang-quiz/attempts', json],
      ['/api/v1/questionnaires/q-learning-needs/draft', json],
      ['/api/v1/questionnaires/q-learning-needs/responses', json],
      ['/api/v1/dues/payments', json],
      ['/prod-api/party/dues/pay', json],
      ['/login', form],
      ['/logout', { ...form, cookie: session.cookie }],
      [`/pay/${paymentId}/confirm`, { ...form, cookie: session.cookie }],
    ];
  };

  it('a chunked body without Content-Length is cut off at the limit on every POST and PUT route, signed in or not', async () => {
    for (const [path, headers] of routes()) {
      const { stream, meter } = endlessBody(8 * MB);
      const res = await send(path, stream, headers);
      assert.equal(res.status, 413, path);
      assert.equal(res.headers.get('connection'), 'close', path);
      assert.ok(meter.pulled < 256 * 1024, `${path}: read ${meter.pulled} bytes`);
      if (path.startsWith('/api/') || path.startsWith('/prod-api/')) {
        assert.equal(res.headers.get('content-type'), 'application/problem+json', path);
        assert.equal(((await res.json()) as { type: string }).type, '/problems/payload-too-large');
      } else {
        assert.match(await res.text(), /请求内容过大/, path);
      }
    }
    assert.equal((await t.as(session).get('/api/v1/me')).status, 200, 'the session survived: logout never ran');
  });

  it('a declared Content-Length over the limit is refused without reading', async () => {
    for (const [path, headers] of routes()) {
      const { stream, meter } = endlessBody(MB);
      const res = await send(path, stream, { ...headers, 'content-length': String(MB) });
      assert.equal(res.status, 413, path);
      assert.ok(meter.pulled <= 64 * 1024, `${path}: read ${meter.pulled} bytes`);
    }
  });

  it('the forms take a few kilobytes (16 KB), the API 64 KB; bodies within the limit work as before', async () => {
    const login = await send('/login', `username=demo-member&password=demo&next=${'%2F'.repeat(6000)}`, { 'content-type': 'application/x-www-form-urlencoded' });
    assert.equal(login.status, 413);
    const fine = await send('/login', 'username=demo-member&password=demo&next=%2Fdues.html', { 'content-type': 'application/x-www-form-urlencoded' });
    assert.equal(fine.status, 303);
    const big = await t.as('member').put('/api/v1/questionnaires/q-learning-needs/draft', { answers: { suggestion: 'x'.repeat(9_000) }, pageIndex: 0 });
    assert.equal(big.status, 200);
    const tooBig = await t.as('member').put('/api/v1/questionnaires/q-learning-needs/draft', { answers: { suggestion: 'x'.repeat(70_000) }, pageIndex: 0 });
    assert.equal(tooBig.status, 413);
    assert.equal((await t.as('m0040').post('/api/v1/courses/c-dangzhang/lessons/l-dangzhang-1/progress', heartbeat())).status, 200);
  });

  it('over a real socket, a 300 MB chunked upload gets its 413 after at most a few megabytes and the connection is closed', async () => {
    const server = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const outcome = await new Promise<{ status: number; sent: number; closed: boolean }>((resolve, reject) => {
        const req = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: '/api/v1/dues/payments', agent: false, headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } });
        const chunk = Buffer.alloc(MB, 0x61);
        let sent = 0;
        let status = 0;
        const pump = () => {
          while (!status && sent < 300 * MB) {
            sent += chunk.length;
            if (!req.write(chunk)) return void req.once('drain', pump);
          }
          if (!status) req.end();
        };
        req.on('response', (res) => {
          status = res.statusCode!;
          res.resume();
          const socket = req.socket!;
          const done = () => resolve({ status, sent, closed: true });
          if (socket.destroyed) done();
          else socket.once('close', done);
        });
        req.on('error', (error) => !status && reject(error));
        pump();
      });
      assert.equal(outcome.status, 413);
      assert.ok(outcome.sent < 64 * MB, `${outcome.sent / MB} MB went out before the answer`);
      assert.ok(outcome.closed);
    } finally {
      server.close();
    }
  });
});
