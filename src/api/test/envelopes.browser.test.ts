import { expect } from '@open-wc/testing';
import { request } from '../client.js';
import { ConfigError, ProblemError } from '../errors.js';
import { mockServer, recordingSleep, rejection, settingsFor } from '../../../test/browser/support/mock.js';

describe('response envelopes', () => {
  it('code-msg-data: unwraps RuoYi AjaxResult data on code 200', async () => {
    const server = await mockServer({ 'GET /me': [{ body: { code: 200, msg: '操作成功', data: { id: 'm1' } } }] });
    expect(await request(settingsFor(server.base, { envelope: 'code-msg-data' }), { operation: 'me' })).to.deep.equal({ id: 'm1' });
  });

  it('code-msg-data: turns a failure code inside HTTP 200 into a problem that is not retried', async () => {
    const server = await mockServer({ 'GET /me': [{ body: { code: 500, msg: '用户不存在' } }] });
    const { waits, sleep } = recordingSleep();
    const error = (await rejection(request(settingsFor(server.base, { envelope: 'code-msg-data' }), { operation: 'me' }, { sleep }))) as ProblemError;
    expect(error).to.be.instanceOf(ProblemError);
    expect(error.title).to.equal('用户不存在');
    expect(error.detail).to.equal('用户不存在');
    expect(error.retryable).to.equal(false);
    expect(waits).to.deep.equal([]);
  });

  it('code-msg-data: honours configured success codes ("0" as string)', async () => {
    const server = await mockServer({ 'GET /me': [{ body: { code: '0', message: 'ok', data: { id: 'm2' } } }] });
    const settings = settingsFor(server.base, { envelope: 'code-msg-data', successCodes: ['0'] });
    expect(await request(settings, { operation: 'me' })).to.deep.equal({ id: 'm2' });
  });

  it('code-msg-data: RuoYi TableDataInfo rows/total become a page with a page-number cursor', async () => {
    const server = await mockServer({ 'GET /courses': [{ body: { code: 200, msg: '查询成功', rows: [{ id: 'c1' }, { id: 'c2' }], total: 5 } }] });
    const page = await request(settingsFor(server.base, { envelope: 'code-msg-data' }), { operation: 'listCourses', params: { limit: 2 } });
    expect(page).to.deep.equal({ items: [{ id: 'c1' }, { id: 'c2' }], total: 5, nextCursor: '2' });
  });

  it('rows-total: the last page has no next cursor', async () => {
    const server = await mockServer({ 'GET /courses': [{ body: { rows: [{ id: 'c5' }], total: 5 } }] });
    const page = await request(settingsFor(server.base, { envelope: 'rows-total' }), { operation: 'listCourses', params: { limit: 2, cursor: '3' } });
    expect(page).to.deep.equal({ items: [{ id: 'c5' }], total: 5, nextCursor: null });
  });

  it('rows-total: members beside rows (categories, me) stay on the page', async () => {
    const server = await mockServer({ 'GET /courses': [{ body: { code: 200, msg: '查询成功', rows: [{ id: 'c1' }], total: 1, categories: ['理论'] } }] });
    const page = await request(settingsFor(server.base, { envelope: 'code-msg-data' }), { operation: 'listCourses', params: {} });
    expect(page).to.deep.equal({ categories: ['理论'], items: [{ id: 'c1' }], total: 1, nextCursor: null });
  });

  it('success-data: reads {Success, Data} in any letter case', async () => {
    const server = await mockServer({ 'GET /me': [{ body: { Success: true, Data: { id: 'm3' } } }] });
    expect(await request(settingsFor(server.base, { envelope: 'success-data' }), { operation: 'me' })).to.deep.equal({ id: 'm3' });
  });

  it('success-data: success false is a problem with the message', async () => {
    const server = await mockServer({ 'GET /me': [{ body: { success: false, message: '未登录', code: 401 } }] });
    const error = (await rejection(request(settingsFor(server.base, { envelope: 'success-data' }), { operation: 'me' }))) as ProblemError;
    expect(error.status).to.equal(401);
    expect(error.title).to.equal('未登录');
  });

  it('a custom adapter function receives the body and the operation', async () => {
    const server = await mockServer({ 'GET /me': [{ body: { result: { userId: 'm4' } } }] });
    const seen: string[] = [];
    const settings = settingsFor(server.base, {
      envelope: (body, context) => {
        seen.push(context.operation);
        return { id: (body as { result: { userId: string } }).result.userId };
      },
    });
    expect(await request(settings, { operation: 'me' })).to.deep.equal({ id: 'm4' });
    expect(seen).to.deep.equal(['me']);
  });

  it('an adapter that throws becomes a ConfigError naming the envelope setting', async () => {
    const server = await mockServer({ 'GET /me': [{ body: {} }] });
    const settings = settingsFor(server.base, {
      envelope: () => {
        throw new TypeError('cannot read data');
      },
    });
    const error = (await rejection(request(settings, { operation: 'me' }))) as ConfigError;
    expect(error).to.be.instanceOf(ConfigError);
    expect(error.setting).to.equal('envelope');
    expect(error.message).to.contain('cannot read data');
  });

  it('a per-operation transform renames fields after the envelope', async () => {
    const server = await mockServer({ 'GET /me': [{ body: { code: 200, data: { userId: 'm5', nickName: '李红' } } }] });
    const settings = settingsFor(server.base, {
      envelope: 'code-msg-data',
      transform: { me: (data) => ({ id: (data as { userId: string }).userId, name: (data as { nickName: string }).nickName }) },
    });
    expect(await request(settings, { operation: 'me' })).to.deep.equal({ id: 'm5', name: '李红' });
  });
});
