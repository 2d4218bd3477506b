/**
 * The JeecgBoot system's survey module: a paper with its questions and options in one
 * read, and the whole answer sheet submitted in one `/add`, where a multiple choice is the
 * option ids joined by commas (as Jeecg's checkbox components store it).
 */
import type { Hono } from 'hono';
import { chinaTime, snowflake, type Db } from '../shared/db';
import { JeecgError, ipage, jsonBody, withDictText, type JeecgEnv } from './http';

type Ok = (c: any, result?: unknown, message?: string) => Response;

export function mountSurveyRoutes(app: Hono<JeecgEnv>, db: Db, now: () => number, ok: Ok): void {
  const paperView = (p: any) => ({
    id: p.id, paperName: p.paper_name, description: p.description, status: p.status, startTime: p.start_time, endTime: p.end_time,
    createBy: p.create_by, createTime: p.create_time, sysOrgCode: p.sys_org_code,
  });
  const questionsOf = (paperId: string) => db.prepare('SELECT * FROM survey_question WHERE paper_id = ? ORDER BY sort_no').all(paperId) as any[];

  app.get('/survey/paper/list', (c) => {
    const total = db.prepare("SELECT count(*) FROM survey_paper WHERE status = '1'").pluck().get() as number;
    return ok(c, ipage(c, total, (limit, offset) => db.prepare("SELECT * FROM survey_paper WHERE status = '1' ORDER BY create_time LIMIT ? OFFSET ?").all(limit, offset).map(paperView)));
  });

  app.get('/survey/paper/queryById', (c) => {
    const paper = db.prepare('SELECT * FROM survey_paper WHERE id = ?').get(c.req.query('id') ?? '') as any;
    if (!paper) throw new JeecgError('未找到对应数据');
    const questionList = questionsOf(paper.id).map((q) => withDictText(db, {
      id: q.id, paperId: q.paper_id, questionTitle: q.question_title, questionType: q.question_type, isRequired: q.is_required, sortNo: q.sort_no,
      optionList: (db.prepare('SELECT * FROM survey_option WHERE question_id = ? ORDER BY sort_no').all(q.id) as any[]).map((o) => ({ id: o.id, questionId: o.question_id, optionText: o.option_text, sortNo: o.sort_no })),
    }, { questionType: 'survey_question_type', isRequired: 'yn' }));
    return ok(c, { ...paperView(paper), questionList });
  });

  app.post('/survey/answer/add', async (c) => {
    const input = await jsonBody(c);
    const user = c.get('user');
    const paper = db.prepare("SELECT * FROM survey_paper WHERE id = ? AND status = '1'").get(String(input.paperId ?? '')) as any;
    if (!paper) throw new JeecgError('问卷不存在或未发布');
    const time = chinaTime(now());
    if (time < paper.start_time || time > paper.end_time) throw new JeecgError('不在问卷开放时间内');
    if (db.prepare('SELECT 1 FROM survey_answer WHERE paper_id = ? AND user_id = ?').get(paper.id, user.id)) throw new JeecgError('您已提交过该问卷，请勿重复提交');
    const answers = new Map<string, string>();
    for (const item of Array.isArray(input.answerList) ? input.answerList : []) answers.set(String(item?.questionId), String(item?.answerValue ?? '').trim());
    const questions = questionsOf(paper.id);
    for (const id of answers.keys()) if (!questions.some((q) => q.id === id)) throw new JeecgError(`题目不存在：${id}`);
    questions.forEach((q, i) => {
      const value = answers.get(q.id) ?? '';
      if (q.is_required === '1' && !value) throw new JeecgError(`第${i + 1}题为必答题`);
      if (q.question_type === 'textarea' || !value) return;
      const options = new Set(db.prepare('SELECT id FROM survey_option WHERE question_id = ?').pluck().all(q.id) as string[]);
      const chosen = value.split(',');
      if ((q.question_type === 'radio' && chosen.length > 1) || chosen.some((o) => !options.has(o))) throw new JeecgError(`第${i + 1}题的选项无效`);
    });
    db.transaction(() => {
      const answerId = snowflake(now());
      db.prepare('INSERT INTO survey_answer (id, paper_id, user_id, submit_time, create_by, create_time, sys_org_code) VALUES (?, ?, ?, ?, ?, ?, ?)').run(answerId, paper.id, user.id, time, user.username, time, user.orgCode);
      for (const [questionId, value] of answers) db.prepare('INSERT INTO survey_answer_item (id, answer_id, question_id, answer_value) VALUES (?, ?, ?, ?)').run(snowflake(now()), answerId, questionId, value);
    })();
    return ok(c, '提交成功！', '提交成功！');
  });

  app.get('/survey/answer/queryMine', (c) => {
    const answer = db.prepare('SELECT * FROM survey_answer WHERE paper_id = ? AND user_id = ?').get(c.req.query('paperId') ?? '', c.get('user').id) as any;
    if (!answer) return ok(c, null);
    const answerList = (db.prepare('SELECT * FROM survey_answer_item WHERE answer_id = ?').all(answer.id) as any[]).map((i) => ({ questionId: i.question_id, answerValue: i.answer_value }));
    return ok(c, { id: answer.id, paperId: answer.paper_id, userId: answer.user_id, submitTime: answer.submit_time, createBy: answer.create_by, createTime: answer.create_time, answerList });
  });
}
