/**
 * The RuoYi-like dialect (createApp({ dialect: 'ruoyi' })): RuoYi envelopes and paths over
 * the same data and rules as the contract, and a default app without it.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, describe, it } from 'node:test';
import { TestServer, heartbeat } from './support/harness';

const test = new TestServer({ dialect: 'ruoyi' });
const plain = new TestServer();
after(() => Promise.all([test.close(), plain.close()]));

const token = `Bearer ${test.server.auth.issueToken('m0001', 'test')}`;

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const init: RequestInit = { method, headers: { authorization: token, ...headers } };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    (init.headers as Record<string, string>)['content-type'] = 'application/json';
  }
  const res = await test.app.request(`/prod-api${path}`, init);
  assert.equal(res.status, 200, `${method} ${path} answers HTTP 200 like RuoYi`);
  return (await res.json()) as any;
}

describe('RuoYi dialect', () => {
  it('getInfo wraps the member in {code, msg, data} with RuoYi names', async () => {
    const body = await call('GET', '/getInfo');
    assert.equal(body.code, 200);
    assert.equal(body.msg, '操作成功');
    assert.equal(body.data.userId, 'm0001');
    assert.equal(body.data.nickName, '李明');
    assert.equal(body.data.deptId, 'b01');
    assert.equal(body.data.name, undefined);
  });

  it('lists courses as {rows, total} by pageNum/pageSize with courseName, and keeps the categories', async () => {
    const first = await call('GET', '/study/course/list?pageNum=1&pageSize=3');
    const second = await call('GET', '/study/course/list?pageNum=2&pageSize=3');
    assert.equal(first.code, 200);
    assert.equal(first.total, 8);
    assert.equal(first.rows.length, 3);
    assert.ok(first.rows[0].courseName && first.rows[0].courseId && first.rows[0].title === undefined);
    assert.ok(Array.isArray(first.categories));
    const ids = [...first.rows, ...second.rows].map((row: any) => row.courseId);
    assert.equal(new Set(ids).size, 6, 'page 2 continues page 1');
    const filtered = await call('GET', '/study/course/list?pageNum=1&pageSize=10&courseName=&isRequired=Y');
    assert.ok(filtered.rows.every((row: any) => row.required === true));
  });

  it('errors are {code, msg} inside HTTP 200: 401 without a login, 500 for a missing course', async () => {
    const res = await test.app.request('/prod-api/getInfo');
    assert.equal(res.status, 200);
    assert.equal(((await res.json()) as any).code, 401);
    const missing = await call('GET', '/study/course/nope');
    assert.equal(missing.code, 500);
    assert.match(missing.msg, /not found|不存在/i);
  });

  it('progress is a record: read (null), create, read again, update; creating twice is refused', async () => {
    // A video lesson of a free-order course the demo member has never opened.
    let courseId = '';
    let lessonId = '';
    for (const row of (await call('GET', '/study/course/list?pageSize=20')).rows) {
      const course = (await call('GET', `/study/course/${row.courseId}`)).data;
      const progress = (await call('GET', `/study/course/${row.courseId}/progress`)).data;
      const fresh = course.lessons.find((l: any, i: number) => l.kind === 'video' && progress.lessons[i].updatedAt === null);
      if (!course.policy.sequential && fresh) [courseId, lessonId] = [course.courseId, fresh.id];
    }
    assert.ok(lessonId, 'the seed has an unopened video lesson');
    const none = await call('GET', `/study/record?courseId=${courseId}&lessonId=${lessonId}`);
    assert.equal(none.code, 200);
    assert.equal(none.data, null);
    const batch = heartbeat({ intervals: [[0, 5]], position: 5 });
    const created = await call('POST', '/study/record', { courseId, lessonId, ...batch });
    assert.equal(created.code, 200, created.msg);
    assert.equal(typeof created.data.creditedNow, 'number');
    const record = await call('GET', `/study/record?courseId=${courseId}&lessonId=${lessonId}`);
    assert.equal(record.data.lessonId, lessonId);
    const again = await call('POST', '/study/record', { courseId, lessonId, ...heartbeat() });
    assert.equal(again.code, 500);
    assert.match(again.msg, /已存在/);
    test.advance(10_000);
    const updated = await call('PUT', '/study/record', { courseId, lessonId, ...batch, seq: 2, intervals: [[5, 10]], position: 10 });
    assert.equal(updated.code, 200, updated.msg);
    assert.ok(updated.data.lesson.creditedSeconds >= 5);
  });

  it('quiz answers go one question at a time, then one submit; a retried submit with its key is answered from the stored result', async () => {
    // All right but the first: 90 points.
    const answers = { k1: 'b', k2: 'one', k3: true, k4: ['warning', 'serious-warning', 'probation', 'expel'], k5: 6, k6: 'a', k7: '5', k8: false, k9: 'b', k10: ['assembly', 'committee', 'group'] };
    const attempt = await call('POST', '/study/paper/q-dangzhang-quiz/attempt', {});
    assert.equal(attempt.code, 200, attempt.msg);
    for (const [questionId, answer] of Object.entries(answers)) {
      assert.equal((await call('POST', '/study/paper/q-dangzhang-quiz/answer', { questionId, answer })).code, 200);
    }
    const key = randomUUID();
    const submitted = await call('POST', '/study/paper/q-dangzhang-quiz/submit', { attemptId: attempt.data.id }, { 'idempotency-key': key });
    assert.equal(submitted.code, 200, submitted.msg);
    assert.equal(submitted.data.result.score, 90);
    for (const [questionId, answer] of Object.entries(answers)) {
      await call('POST', '/study/paper/q-dangzhang-quiz/answer', { questionId, answer });
    }
    const replay = await call('POST', '/study/paper/q-dangzhang-quiz/submit', { attemptId: attempt.data.id }, { 'idempotency-key': key });
    assert.deepEqual(replay.data, submitted.data);
    const mine = await call('GET', '/study/paper/q-dangzhang-quiz/mine');
    assert.equal(mine.data.length, 1, 'one submission, not two');
  });

  it('dues, the branch summary, rankings and statistics are served from the same data', async () => {
    const dues = await call('GET', '/party/dues/info');
    assert.equal(dues.data.months.length, 12);
    const denied = await call('GET', '/party/dues/summary/b01');
    assert.equal(denied.code, 403);
    const rank = await call('GET', '/study/rank/list?pageNum=2&pageSize=2&metric=points&scope=branches&period=month');
    assert.equal(rank.rows.length, 2);
    assert.equal(rank.total, 6);
    assert.equal(rank.unit, 'points');
    assert.ok(rank.rows[0].rank >= 2);
    const stats = await call('GET', '/study/stats/study-hours?groupBy=branch');
    assert.equal(stats.data.groupBy, 'branch');
  });

  it('unknown dialect paths are a 404 envelope; the default app has no dialect', async () => {
    assert.equal((await call('GET', '/nothing/here')).code, 404);
    assert.equal((await plain.app.request('/prod-api/getInfo')).status, 404);
  });
});
