/**
 * The Sa-Token style test backend (test/backends/satoken): the satoken header, string
 * business codes beside HTTP statuses, exact 19-digit ids in the raw JSON text, percent
 * progress and one-option answers landing in its own tables.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { createSatokenBackend } from '../../backends/satoken/app';
import { SATOKEN_USERS, sid } from '../../backends/satoken/schema';

const T0 = Date.parse('2026-09-15T02:00:00.000Z');
const backend = createSatokenBackend({ now: () => T0 });
after(() => backend.close());
const ME = SATOKEN_USERS.member;
const EXAM = sid(6, 1);

/** The raw text too: ids beyond 2^53 are only exact there. `body` is a string sent as is. */
async function call(method: string, path: string, body?: string, headers: Record<string, string> = { satoken: backend.tokens.member }) {
  const res = await backend.app.request(`/api${path}`, { method, headers: { ...headers, 'content-type': 'application/json' }, body });
  const text = await res.text();
  return { status: res.status, text, body: JSON.parse(text) as any };
}
const count = (sql: string, ...args: unknown[]) => Number(backend.db.prepare(sql).pluck().get(...args));

describe('Sa-Token style backend', () => {
  it('logs in with SaTokenInfo and reads the token from the satoken header only, with no prefix', async () => {
    const wrong = await call('POST', '/auth/login', '{"username":"liming","password":"x"}', {});
    assert.deepEqual([wrong.status, wrong.body.code], [400, 'A0210']);
    const login = await call('POST', '/auth/login', '{"username":"liming","password":"dj123456"}', {});
    assert.deepEqual([login.status, login.body.code, login.body.data.tokenName, login.body.data.loginId], [200, 200, 'satoken', ME]);
    assert.equal((await call('GET', `/users/${ME}`, undefined, { satoken: login.body.data.tokenValue })).status, 200);
    const bearer = await call('GET', `/users/${ME}`, undefined, { authorization: `Bearer ${backend.tokens.member}` });
    assert.deepEqual([bearer.status, bearer.body.code, bearer.body.data], [401, 'A0230', null]);
  });

  it('keeps the member id in the path: their own user, 403 A0301 for anyone else', async () => {
    const me = await call('GET', `/users/${ME}`);
    assert.match(me.text, new RegExp(`"id":${ME},`), 'a JSON number with all 19 digits');
    assert.notEqual(String(me.body.data.id), ME, 'JSON.parse rounds it');
    assert.equal(me.body.data.orgName, '第一党支部');
    const other = await call('GET', `/users/${SATOKEN_USERS.secretary}`);
    assert.deepEqual([other.status, other.body], [403, { code: 'A0301', msg: '访问未授权', data: null }]);
  });

  it('pages courses MyBatis-Plus style by current/size, and a missing course is 404 A0404', async () => {
    const page = await call('GET', '/courses?current=2&size=2');
    assert.deepEqual([page.body.data.total, page.body.data.size, page.body.data.current, page.body.data.pages, page.body.data.records.length], [3, 2, 2, 2, 1]);
    assert.match(page.text, new RegExp(`"id":${sid(4, 3)},"categoryId":${sid(3, 3)},`));
    const course = await call('GET', `/courses/${sid(4, 2)}`);
    assert.deepEqual(course.body.data.lessons.map((l: any) => l.type), ['VIDEO', 'AUDIO']);
    assert.equal(course.body.data.createTime, '2024-05-20T09:30:00');
    const missing = await call('GET', '/courses/1798234567890999999');
    assert.deepEqual([missing.status, missing.body.code], [404, 'A0404']);
  });

  it('stores percent progress: read (data null), create (POST), update (PUT by its exact id), in edu_lesson_progress', async () => {
    const lesson = `/progress/users/${ME}/lessons/${sid(5, 1)}`;
    assert.equal((await call('GET', lesson)).body.data, null);
    const created = await call('POST', lesson, '{"percent": 40, "lastPosition": 9}');
    const id = /"id":(\d{19})/.exec(created.text)![1];
    assert.equal(count('SELECT percent FROM edu_lesson_progress WHERE id = ?', id), 40);
    assert.equal((await call('POST', lesson, '{"percent": 50}')).status, 409, 'created once; then PUT');
    const roundedId = String(created.body.data.id);
    assert.notEqual(roundedId, id);
    const rounded = await call('PUT', `/progress/${roundedId}`, '{"percent": 60}');
    assert.equal(rounded.status, 404, 'an id rounded by JSON.parse is another record');
    const bad = await call('PUT', `/progress/${id}`, '{"percent": 150}');
    assert.deepEqual([bad.status, bad.body.code], [400, 'A0400']);
    await call('PUT', `/progress/${id}`, '{"percent": 90, "lastPosition": 21}');
    await call('PUT', `/progress/${id}`, '{"percent": 70, "lastPosition": 15}');
    const stored = backend.db.prepare('SELECT percent, last_position FROM edu_lesson_progress WHERE id = ?').get(id) as any;
    assert.deepEqual([Number(stored.percent), Number(stored.last_position)], [90, 15], 'the percent never goes down; the position is the latest');
    assert.equal((await call('GET', `/progress/users/${ME}/courses/${sid(4, 1)}`)).body.data.length, 1);
    assert.equal((await call('GET', `/progress/users/${SATOKEN_USERS.secretary}/lessons/${sid(5, 1)}`)).status, 403);
  });

  it('takes quiz answers one option per request (ids as exact JSON numbers) and scores them at finish', async () => {
    const answer = (questionId: string, rest: string) => call('POST', `/exams/${EXAM}/answers`, `{"questionId": ${questionId}, ${rest}}`);
    assert.equal((await call('POST', `/exams/${EXAM}/finish`, '')).status, 400, 'nothing answered yet');
    await answer(sid(7, 1), `"optionId": ${sid(8, 1)}`);
    await answer(sid(7, 1), `"optionId": ${sid(8, 2)}`); // a single choice replaces the first
    for (const option of [4, 5, 7]) await answer(sid(7, 2), `"optionId": ${sid(8, option)}`);
    assert.equal((await answer(sid(7, 2), `"optionId": ${sid(8, 7)}`)).body.data, false, 'the same option again changes nothing');
    await answer(sid(7, 3), `"optionId": ${sid(8, 9)}`);
    await answer(sid(7, 4), '"text": "严守纪律，从我做起"');
    assert.equal(count('SELECT count(*) FROM exam_answer WHERE user_id = ? AND result_id IS NULL', ME), 6);
    const wrongOption = await answer(sid(7, 1), `"optionId": ${sid(8, 4)}`);
    assert.deepEqual([wrongOption.status, wrongOption.body.code], [400, 'A0400']);
    const finish = await call('POST', `/exams/${EXAM}/finish`, '');
    assert.deepEqual([finish.body.data.score, finish.body.data.passed, finish.body.data.correctCount], [80, true, 2], 'single and multiple right, judgement wrong');
    assert.equal(count('SELECT count(*) FROM exam_answer WHERE result_id IS NULL'), 0, 'the finished sheet is closed');
    assert.equal(count('SELECT score FROM exam_result WHERE user_id = ?', ME), 80);
    assert.equal((await call('GET', `/exams/${EXAM}/results/users/${ME}`)).body.data.score, 80);
  });

  it('offers no dues, leaderboard or statistics: Spring 404s (after the login check)', async () => {
    for (const path of ['/dues/years/2026', '/leaderboard', '/stats/study-hours']) {
      const res = await call('GET', path);
      assert.deepEqual([res.status, res.body.error], [404, 'Not Found']);
      assert.equal((await call('GET', path, undefined, {})).status, 401);
    }
  });
});
