/**
 * The JeecgBoot style test backend (test/backends/jeecg): Result envelopes, X-Access-Token,
 * generated-controller naming, `_dictText`, and writes landing in its own tables.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { createJeecgBackend } from '../../backends/jeecg/app';
import { JEECG_USERS, jid } from '../../backends/jeecg/schema';

const T0 = Date.parse('2026-09-15T02:00:00.000Z');
const backend = createJeecgBackend({ now: () => T0 });
after(() => backend.close());

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = { 'x-access-token': backend.tokens.member }) {
  const res = await backend.app.request(`/jeecg-boot${path}`, { method, headers: { ...headers, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as any };
}
const result = async (method: string, path: string, body?: unknown) => {
  const res = await call(method, path, body);
  assert.equal(res.status, 200);
  return res.body;
};
const row = (sql: string, ...args: unknown[]) => backend.db.prepare(sql).get(...args) as any;

describe('JeecgBoot style backend', () => {
  it('logs in to a Result with token and userInfo; a missing token is the filter\'s HTTP 401', async () => {
    const login = await result('POST', '/sys/login', { username: 'liming', password: 'dj123456', captcha: '', checkKey: '' });
    assert.deepEqual(Object.keys(login), ['success', 'message', 'code', 'result', 'timestamp']);
    assert.deepEqual([login.success, login.code, login.result.userInfo.realname, login.result.userInfo.sex_dictText], [true, 200, '李明', '男']);
    const info = await call('GET', '/sys/user/getUserInfo', undefined, { 'x-access-token': login.result.token });
    assert.equal(info.body.result.userInfo.id, JEECG_USERS.member);
    const anonymous = await call('GET', '/sys/user/getUserInfo', undefined, {});
    assert.deepEqual([anonymous.status, anonymous.body.success, anonymous.body.code, anonymous.body.message], [401, false, 401, 'Token失效，请重新登录!']);
    const bearer = await call('GET', '/sys/user/getUserInfo', undefined, { 'x-access-token': `Bearer ${backend.tokens.member}` });
    assert.equal(bearer.status, 401, 'no prefix');
  });

  it('lists by pageNo/pageSize as IPage, matches `*x*` as LIKE and anything else exactly, with _dictText', async () => {
    const page = (await result('GET', '/study/course/list?pageNo=1&pageSize=1')).result;
    assert.deepEqual([page.total, page.size, page.current, page.pages, page.records.length], [2, 1, 1, 2, 1]);
    const course = page.records[0];
    assert.equal(course.id, jid(1, 1));
    assert.match(course.id, /^\d{19}$/, 'a snowflake, as a string');
    assert.deepEqual([course.courseType, course.courseType_dictText, course.isRequired_dictText], ['llxx', '理论学习', '是']);
    assert.equal((await result('GET', `/study/course/list?courseName=${encodeURIComponent('*红色*')}`)).result.total, 1);
    assert.equal((await result('GET', `/study/course/list?courseName=${encodeURIComponent('红色')}`)).result.total, 0);
    const items = (await result('GET', '/sys/dict/getDictItems/lesson_type')).result;
    assert.deepEqual(items[0], { value: 'video', text: '视频', color: null, title: '视频', label: '视频' });
  });

  it('reads by /queryById?id= (an error Result in HTTP 200 when missing) and a course\'s lessons by main id', async () => {
    assert.equal((await result('GET', `/study/course/queryById?id=${jid(1, 2)}`)).result.courseName, '红色基因代代传');
    const missing = await result('GET', '/study/course/queryById?id=1');
    assert.deepEqual([missing.success, missing.code, missing.message, missing.result], [false, 500, '未找到对应数据', null]);
    const lessons = (await result('GET', `/study/course/queryLessonByMainId?id=${jid(1, 1)}`)).result;
    assert.deepEqual(lessons.map((l: any) => l.lessonType_dictText), ['视频', '文档']);
    assert.equal(lessons[0].mediaUrl, '/assets/media/lesson-video.mp4');
  });

  it('keeps percent progress: queryByLesson (result null), /add, then /edit by id, in study_progress', async () => {
    const lesson = jid(2, 1);
    assert.deepEqual((await result('GET', `/study/progress/queryByLesson?lessonId=${lesson}`)).result, null);
    const added = await result('POST', '/study/progress/add', { lessonId: lesson, courseId: jid(1, 1), progress: 35, lastPosition: 8 });
    assert.deepEqual([added.success, added.result], [true, '添加成功！'], 'the message is also the result');
    assert.equal(row('SELECT progress FROM study_progress WHERE lesson_id = ?', lesson).progress, 35);
    assert.equal((await result('POST', '/study/progress/add', { lessonId: lesson, progress: 40 })).success, false);
    const record = (await result('GET', `/study/progress/queryByLesson?lessonId=${lesson}`)).result;
    assert.deepEqual([record.studyStatus, record.studyStatus_dictText], ['1', '学习中']);
    assert.equal((await result('PUT', '/study/progress/edit', { id: record.id, progress: 101 })).success, false);
    assert.equal((await result('PUT', '/study/progress/edit', { id: record.id, progress: 100, lastPosition: 24 })).result, '编辑成功!');
    const stored = row('SELECT * FROM study_progress WHERE id = ?', record.id);
    assert.deepEqual([stored.progress, stored.last_position, stored.study_status, stored.update_by], [100, 24, '2', 'liming']);
  });

  it('takes a survey whole in one /add, multiple choices as comma-joined option ids, into survey_answer', async () => {
    const paper = (await result('GET', `/survey/paper/queryById?id=${jid(3, 1)}`)).result;
    assert.deepEqual(paper.questionList.map((q: any) => q.questionType_dictText), ['单选题', '多选题', '问答题']);
    const [single, multiple, text] = paper.questionList;
    const missing = await result('POST', '/survey/answer/add', { paperId: paper.id, answerList: [{ questionId: single.id, answerValue: single.optionList[0].id }] });
    assert.deepEqual([missing.success, missing.message], [false, '第2题为必答题']);
    const answerList = [
      { questionId: single.id, answerValue: single.optionList[1].id },
      { questionId: multiple.id, answerValue: `${multiple.optionList[0].id},${multiple.optionList[2].id}` },
      { questionId: text.id, answerValue: '希望多组织现场教学' },
    ];
    assert.equal((await result('POST', '/survey/answer/add', { paperId: paper.id, answerList })).result, '提交成功！');
    const stored = backend.db.prepare('SELECT i.question_id, i.answer_value FROM survey_answer_item i JOIN survey_answer a ON a.id = i.answer_id WHERE a.user_id = ?').all(JEECG_USERS.member) as any[];
    assert.deepEqual(stored.map((s) => s.answer_value), answerList.map((a) => a.answerValue));
    assert.equal((await result('POST', '/survey/answer/add', { paperId: paper.id, answerList })).message, '您已提交过该问卷，请勿重复提交');
    assert.equal((await result('GET', `/survey/answer/queryMine?paperId=${paper.id}`)).result.answerList.length, 3);
  });

  it('has no dues or rankings: Jeecg\'s 404 Result in HTTP 200', async () => {
    const res = await result('GET', '/dues/my');
    assert.deepEqual([res.success, res.code], [false, 404]);
  });
});
