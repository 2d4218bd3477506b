/**
 * The RuoYi-Vue style test backend (test/backends/ruoyi): RuoYi's envelopes and quirks,
 * and writes landing in its own party_* tables.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { createRuoyiBackend } from '../../backends/ruoyi/app';

/** 10:00 in Beijing on 15 September 2026. */
const T0 = Date.parse('2026-09-15T02:00:00.000Z');
const backend = createRuoyiBackend({ now: () => T0 });
after(() => backend.close());

async function call(method: string, path: string, body?: unknown, token: string | null = backend.tokens.member) {
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await backend.app.request(`/prod-api${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as any };
}
const ok = async (method: string, path: string, body?: unknown, token?: string) => {
  const res = await call(method, path, body, token);
  assert.equal(res.status, 200, `${method} ${path} answers HTTP 200`);
  return res.body;
};
const row = (sql: string, ...args: unknown[]) => backend.db.prepare(sql).get(...args) as any;

describe('RuoYi style backend', () => {
  it('logs in with the token at the top level; getInfo has user, roles and permissions beside code, not under data', async () => {
    assert.deepEqual(await ok('POST', '/login', { username: 'liming', password: 'wrong', code: '', uuid: '' }, undefined), { msg: '用户不存在/密码错误', code: 500 });
    const login = await ok('POST', '/login', { username: 'liming', password: 'dj123456', code: '', uuid: '' });
    assert.equal(login.code, 200);
    const info = await ok('GET', '/getInfo', undefined, login.token);
    assert.equal(info.data, undefined);
    assert.equal(info.user.userId, 101);
    assert.equal(info.user.nickName, '李明');
    assert.equal(info.user.dept.deptName, '第一党支部');
    assert.deepEqual(info.roles, ['party_member']);
    assert.ok(info.permissions.includes('party:dues:pay'));
  });

  it('answers 401 and 403 inside HTTP 200, with no data', async () => {
    const anonymous = await call('GET', '/getInfo', undefined, null);
    assert.equal(anonymous.status, 200);
    assert.deepEqual(anonymous.body, { msg: '请求访问：/getInfo，认证失败，无法访问系统资源', code: 401 });
    assert.equal((await ok('GET', '/getInfo', undefined, 'not-a-token')).code, 401);
    // Only a 支部书记 may list the branch's dues records.
    assert.deepEqual(await ok('GET', '/party/dues/record/list'), { msg: '没有权限，请联系管理员授权', code: 403 });
    const branch = await ok('GET', '/party/dues/record/list?pageNum=1&pageSize=50', undefined, backend.tokens.secretary);
    assert.ok(branch.rows.length > 0 && branch.rows.every((r: any) => r.deptId === 201));
  });

  it('lists courses as TableDataInfo by pageNum/pageSize, with dict codes, relative covers and China times', async () => {
    const first = await ok('GET', '/party/course/list?pageNum=1&pageSize=3');
    assert.deepEqual(Object.keys(first), ['total', 'rows', 'code', 'msg']);
    assert.equal(first.total, 4);
    assert.equal(first.rows.length, 3);
    assert.equal((await ok('GET', '/party/course/list?pageNum=2&pageSize=3')).rows[0].courseId, 4);
    const course = first.rows[1];
    assert.equal(course.courseName, '中国共产党章程逐章学习');
    assert.equal(course.courseType, '3');
    assert.equal(course.isRequired, 'Y');
    assert.equal(course.studyStatus, '1', 'the member is part-way through it');
    assert.match(course.coverImage, /^\/profile\/upload\/.+\.svg$/);
    assert.match(course.createTime, /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    const cover = await backend.app.request(`/prod-api${course.coverImage}`);
    assert.equal(cover.headers.get('content-type'), 'image/svg+xml');
    const types = await ok('GET', '/system/dict/data/type/party_course_type');
    assert.equal(types.data.find((d: any) => d.dictValue === '3').dictLabel, '党章党规');
    const found = await ok('GET', `/party/course/list?courseName=${encodeURIComponent('党史')}&isRequired=N`);
    assert.deepEqual(found.rows.map((r: any) => r.courseId), [3]);
  });

  it('gives a course with its chapters, and a missing one as {code: 200, msg} with no data', async () => {
    const { data } = await ok('GET', '/party/course/2');
    assert.deepEqual(data.chapterList.map((ch: any) => ch.chapterType), ['1', '2', '3']);
    assert.equal(data.chapterList[0].videoUrl, '/assets/media/lesson-video.mp4');
    assert.equal(data.chapterList[0].duration, 24);
    assert.equal(data.chapterList[2].fileUrl, '/assets/media/dangzhang-study-guide.pdf');
    assert.deepEqual(await ok('GET', '/party/course/999'), { msg: '操作成功', code: 200 });
  });

  it('keeps a study record per chapter: read (no data), add (POST), read its recordId, edit (PUT), in party_study_record', async () => {
    assert.deepEqual(await ok('GET', '/party/study/record/chapter/1001'), { msg: '操作成功', code: 200 });
    assert.deepEqual(await ok('POST', '/party/study/record', { courseId: 1, chapterId: 1001, progress: 30, lastPosition: 7 }), { msg: '操作成功', code: 200 });
    assert.equal(row('SELECT progress FROM party_study_record WHERE user_id = 101 AND chapter_id = 1001').progress, 30);
    assert.match((await ok('POST', '/party/study/record', { courseId: 1, chapterId: 1001, progress: 40 })).msg, /已存在/);
    const { data } = await ok('GET', '/party/study/record/chapter/1001');
    assert.equal(data.studyStatus, '1');
    assert.equal((await ok('PUT', '/party/study/record', { progress: 50 })).code, 500, 'edit needs the recordId');
    assert.equal((await ok('PUT', '/party/study/record', { recordId: data.recordId, progress: 120 })).code, 500);
    await ok('PUT', '/party/study/record', { recordId: data.recordId, progress: 95, lastPosition: 23 });
    const stored = row('SELECT * FROM party_study_record WHERE record_id = ?', data.recordId);
    assert.deepEqual([stored.progress, stored.last_position, stored.study_status], [95, 23, '2']);
    assert.equal(row("SELECT count(*) AS n FROM party_score_log WHERE source_type = '1' AND source_id = 1001").n, 1, 'points for the finished chapter, once');
  });

  it('takes a whole answer sheet in one POST ("A,C" for multiple choice), scores it into party_answer, and reads it back', async () => {
    const paper = (await ok('GET', '/party/exam/paper/1')).data;
    assert.deepEqual(paper.questionList.map((q: any) => q.questionType), ['1', '2', '3', '1']);
    assert.deepEqual(paper.questionList[1].optionList.map((o: any) => o.optionKey), ['A', 'B', 'C']);
    assert.equal(paper.questionList[0].rightAnswer, undefined, 'no answers before submitting');
    assert.deepEqual(await ok('GET', '/party/exam/answer/my/1'), { msg: '操作成功', code: 200 });
    const answerList = [{ questionId: 11, answer: 'B' }, { questionId: 12, answer: 'c,a' }, { questionId: 13, answer: 'A' }, { questionId: 14, answer: 'A' }];
    const result = await ok('POST', '/party/exam/answer/submit', { paperId: 1, answerList });
    assert.equal(result.msg, '提交成功');
    assert.deepEqual([result.data.score, result.data.isPass], [75, 'Y']);
    assert.equal(row('SELECT answer, is_right, mark FROM party_answer WHERE question_id = 12 AND user_id = 101').answer, 'A,C');
    const mine = (await ok('GET', '/party/exam/answer/my/1')).data;
    assert.deepEqual(mine.answerList.map((a: any) => a.isRight), ['1', '1', '1', '0']);
    assert.equal(mine.answerList[3].rightAnswer, 'C');
    assert.match((await ok('POST', '/party/exam/answer/submit', { paperId: 1, answerList })).msg, /重复提交/);
    const survey = await ok('POST', '/party/exam/answer/submit', { paperId: 2, answerList: [{ questionId: 21, answer: 'A' }, { questionId: 22, answer: 'B,D' }, { questionId: 23, answer: '多组织现场教学' }] });
    assert.equal(survey.data.score, null);
    assert.equal(row('SELECT answer FROM party_answer WHERE question_id = 23').answer, '多组织现场教学');
  });

  it('gives the year of 党费 months and pays at once (no gateway, no pay URL), in party_dues_pay and party_dues_record', async () => {
    const year = (await ok('GET', '/party/dues/my?duesYear=2026')).data;
    assert.equal(year.monthList.length, 12);
    assert.deepEqual(year.monthList.slice(6, 10).map((m: any) => m.payStatus), ['1', '0', '0', '4']);
    assert.deepEqual([year.duesStandard, year.unpaidAmount, year.contactName], [48, 96, '王芳']);
    assert.match((await ok('POST', '/party/dues/pay', { monthList: ['2026-10'] })).msg, /无应缴/);
    const paid = await ok('POST', '/party/dues/pay', { monthList: ['2026-08', '2026-09'] });
    assert.equal(paid.data.payStatus, '1');
    assert.equal(paid.data.payAmount, 96);
    assert.equal(paid.data.payUrl, undefined);
    assert.equal(row('SELECT pay_status FROM party_dues_pay WHERE pay_id = ?', paid.data.payId).pay_status, '1');
    const months = backend.db.prepare('SELECT dues_month, pay_status FROM party_dues_record WHERE user_id = 101 AND dues_month >= 8').all();
    assert.deepEqual(months, [{ dues_month: 8, pay_status: '3' }, { dues_month: 9, pay_status: '1' }], 'August paid late (补缴), September on time');
    assert.match((await ok('POST', '/party/dues/pay', { monthList: ['2026-09'] })).msg, /请勿重复缴纳/);
  });

  it('ranks branches and members as {code, msg, list}, by period code', async () => {
    const depts = await ok('GET', '/party/rank/dept?rankType=2');
    assert.deepEqual(Object.keys(depts), ['msg', 'code', 'list']);
    assert.deepEqual(depts.list.map((d: any) => d.rankNum), [1, 2, 3]);
    assert.ok(depts.list[0].totalScore >= depts.list[1].totalScore);
    const users = (await ok('GET', '/party/rank/user?rankType=4')).list;
    assert.equal(users.length, 7);
    assert.ok(users.every((u: any) => typeof u.nickName === 'string' && typeof u.deptName === 'string'));
    assert.ok(users.find((u: any) => u.userId === 101).totalScore > (await ok('GET', '/party/rank/user?rankType=1')).list.find((u: any) => u.userId === 101).totalScore);
  });

  it('has no dues summary or statistics: Spring answers 404', async () => {
    for (const path of ['/party/dues/summary', '/party/stat/study']) {
      const res = await call('GET', path);
      assert.equal(res.status, 404);
      assert.equal(res.body.error, 'Not Found');
    }
  });
});
