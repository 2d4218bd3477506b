import { expect } from '@open-wc/testing';
import type { BackendFactory } from '../backend.js';
import { describeOperation } from '../client.js';
import { ConfigError, ProblemError } from '../errors.js';
import { backendFor } from '../rest-backend.js';
import { mockServer, rejection, settingsFor } from '../../../test/browser/support/mock.js';

describe('a site backend given as a function (BackendTools)', () => {
  it('call() reaches any endpoint of the site with the envelope unwrapped, the CSRF header and the idempotency key', async () => {
    const server = await mockServer({
      'GET /study/progress': [{ body: { code: 200, msg: '操作成功', data: null } }],
      'POST /study/progress': [{ body: { code: 200, msg: '操作成功', data: { creditedNow: 5 } } }],
    });
    const factory: BackendFactory = ({ call }) => ({
      async reportProgress(courseId, lessonId, batch, options) {
        const record = await call('reportProgress', 'GET /study/progress?lessonId={lessonId}', { params: { lessonId }, signal: options.signal });
        return call('reportProgress', record ? 'PUT /study/progress' : 'POST /study/progress', {
          body: { courseId, lessonId, seq: batch.seq },
          idempotencyKey: options.idempotencyKey,
        }) as never;
      },
    });
    const settings = settingsFor(server.base, { envelope: 'code-msg-data', backend: factory, csrfToken: () => 'tok' });
    const batch = { sessionId: 's', seq: 1, position: 0, intervals: [], activeSeconds: 0, ended: false };
    const receipt = await backendFor(settings).reportProgress('c1', 'l1', batch, { idempotencyKey: 'key-1' });
    expect(receipt).to.deep.equal({ creditedNow: 5 });
    const [read, write] = await server.log();
    expect(read!.method).to.equal('GET');
    expect(read!.query).to.contain('lessonId=l1');
    expect(write!.method).to.equal('POST');
    expect(JSON.parse(write!.body)).to.deep.equal({ courseId: 'c1', lessonId: 'l1', seq: 1 });
    expect(write!.headers['idempotency-key']).to.equal('key-1');
    expect(write!.headers['x-csrf-token']).to.equal('tok');
  });

  it('operations the function leaves out use the REST contract; messages name the site backend for the others', async () => {
    const server = await mockServer({ 'GET /me': [{ body: { code: 200, msg: 'ok', data: { id: 'm1' } } }] });
    const settings = settingsFor(server.base, {
      envelope: 'code-msg-data',
      backend: ({ rest }) => ({ getDues: (query, options) => rest.getDues(query, options) }),
    });
    const backend = backendFor(settings);
    expect(await backend.me()).to.deep.equal({ id: 'm1' });
    expect(describeOperation(settings, 'getDues')).to.equal('backend.getDues()');
    expect(describeOperation(settings, 'me')).to.equal(`GET ${server.base}/me`);
  });

  it('a failure code inside a 200 from call() is a ProblemError; the operation transform is not applied to it', async () => {
    const server = await mockServer({ 'POST /x': [{ body: { code: 500, msg: '记录已存在' } }] });
    const settings = settingsFor(server.base, {
      envelope: 'code-msg-data',
      transform: { createPayment: () => 'transformed' },
      backend: ({ call }) => ({ createPayment: (payment, options) => call('createPayment', '/x', { body: payment, ...options }) as never }),
    });
    const error = (await rejection(backendFor(settings).createPayment({ months: ['2026-01'] }, { idempotencyKey: 'k' }))) as ProblemError;
    expect(error).to.be.instanceOf(ProblemError);
    expect(error.title).to.equal('记录已存在');
  });

  it('a function that throws makes every operation fail with a ConfigError naming backend', async () => {
    const settings = settingsFor('/nowhere', {
      backend: () => {
        throw new Error('boom');
      },
    });
    const error = (await rejection(backendFor(settings).me())) as ConfigError;
    expect(error).to.be.instanceOf(ConfigError);
    expect(error.message).to.contain('backend').and.contain('boom');
  });

  it('a backend that is neither an object nor a function is reported as a configuration problem', () => {
    const settings = settingsFor('/api', { backend: 'rest' as never });
    expect(settings.problems.map((p) => p.setting)).to.include('backend');
  });
});
