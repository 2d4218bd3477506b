/**
 * The RuoYi 党建 system's exam/survey papers, 党费 and rankings. Papers follow the public
 * RuoYi 党建 code (com.ruoyi.party.building): letter-keyed options, a whole answer sheet in
 * one POST, multiple choice as "A,C"; 党费 is one record per member and month, paid at once
 * with no gateway; rankings answer `{code, msg, list}` with the list beside `code`.
 */
import type { Hono } from 'hono';
import { chinaDate, chinaTime, fromChinaTime, type Db } from '../shared/db';
import { RuoyiError, body, page, requirePermi, success, table, type RuoyiContext, type RuoyiEnv } from './http';

const EXAM_POINTS = 5;
const DUES_POINTS = 2;

/** "c, a" → "A,C": the order and case of the letters do not matter. */
const normalize = (answer: unknown) => String(answer ?? '').toUpperCase().split(/[,，\s]+/).filter(Boolean).sort().join(',');
const yuan = (value: number) => Math.round(value * 100) / 100;

export function mountPartyRoutes(app: Hono<RuoyiEnv>, db: Db, now: () => number): void {
  const submitted = (paperId: unknown, userId: number) => db.prepare('SELECT * FROM party_exam_record WHERE paper_id = ? AND user_id = ?').get(paperId, userId) as any;

  app.get('/party/exam/paper/list', (c) => {
    requirePermi(c, 'party:exam:query');
    const total = db.prepare("SELECT count(*) FROM party_exam_paper WHERE status = '0'").pluck().get() as number;
    const { limit, offset } = page(c);
    const rows = (db.prepare("SELECT p.*, (SELECT count(*) FROM party_exam_question q WHERE q.paper_id = p.paper_id) AS question_count FROM party_exam_paper p WHERE status = '0' ORDER BY paper_id LIMIT ? OFFSET ?").all(limit, offset) as any[]).map((p) => ({
      ...paperView(p), questionCount: p.question_count, userStatus: submitted(p.paper_id, c.get('user').userId) ? '1' : '0',
    }));
    return table(c, rows, total);
  });

  app.get('/party/exam/paper/:paperId', (c) => {
    requirePermi(c, 'party:exam:query');
    const paper = db.prepare("SELECT * FROM party_exam_paper WHERE paper_id = ? AND status = '0'").get(c.req.param('paperId')) as any;
    if (!paper) return success(c);
    const questionList = (db.prepare('SELECT * FROM party_exam_question WHERE paper_id = ? ORDER BY order_num').all(paper.paper_id) as any[]).map((q) => ({
      questionId: q.question_id, paperId: q.paper_id, questionType: q.question_type, questionTitle: q.question_title,
      score: q.score, isRequired: q.is_required, orderNum: q.order_num,
      optionList: (db.prepare('SELECT * FROM party_exam_option WHERE question_id = ? ORDER BY order_num').all(q.question_id) as any[]).map((o) => ({ optionId: o.option_id, optionKey: o.option_key, optionContent: o.option_content })),
    }));
    return success(c, { ...paperView(paper), questionList });
  });

  app.post('/party/exam/answer/submit', async (c) => {
    requirePermi(c, 'party:exam:submit');
    const input = await body(c);
    const user = c.get('user');
    const paper = db.prepare("SELECT * FROM party_exam_paper WHERE paper_id = ? AND status = '0'").get(input.paperId) as any;
    if (!paper) throw new RuoyiError(500, '试卷不存在');
    const time = chinaTime(now());
    if (time < paper.start_time || time > paper.end_time) throw new RuoyiError(500, '不在答题时间范围内');
    if (submitted(paper.paper_id, user.userId)) throw new RuoyiError(500, '您已提交过，请勿重复提交');
    if (!Array.isArray(input.answerList)) throw new RuoyiError(500, '答题卡不能为空');
    const questions = new Map((db.prepare('SELECT * FROM party_exam_question WHERE paper_id = ?').all(paper.paper_id) as any[]).map((q) => [q.question_id, q]));
    const answers = input.answerList.map((a: any) => {
      const question = questions.get(Number(a?.questionId));
      if (!question) throw new RuoyiError(500, `题目不存在：${a?.questionId}`);
      return { question, answer: String(a.answer ?? '') };
    });
    const exam = paper.paper_type === '1';
    const recordId = db.transaction(() => {
      const record = db.prepare('INSERT INTO party_exam_record (paper_id, user_id, score, is_pass, submit_time) VALUES (?, ?, 0, NULL, ?)').run(paper.paper_id, user.userId, time).lastInsertRowid;
      let score = 0;
      for (const { question, answer } of answers) {
        // 简答题 waits for a reader (is_right '3'); a survey question is not marked at all.
        const right = !exam ? null : question.question_type === '4' ? '3' : normalize(answer) === normalize(question.right_answer) ? '1' : '0';
        const mark = right === '1' ? question.score : 0;
        score += mark;
        db.prepare('INSERT INTO party_answer (record_id, paper_id, question_id, user_id, answer, is_right, mark, create_time) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
          .run(record, paper.paper_id, question.question_id, user.userId, question.question_type === '4' ? answer : normalize(answer), right, mark, time);
      }
      db.prepare('UPDATE party_exam_record SET score = ?, is_pass = ? WHERE record_id = ?').run(exam ? score : null, exam ? (score >= paper.pass_score ? 'Y' : 'N') : null, record);
      db.prepare("INSERT INTO party_score_log (user_id, dept_id, score, source_type, source_id, create_time) VALUES (?, ?, ?, '2', ?, ?)").run(user.userId, user.deptId, EXAM_POINTS, paper.paper_id, time);
      return record;
    })();
    return success(c, recordView(db, db.prepare('SELECT * FROM party_exam_record WHERE record_id = ?').get(recordId), paper, false), '提交成功');
  });

  app.get('/party/exam/answer/my/:paperId', (c) => {
    const paper = db.prepare('SELECT * FROM party_exam_paper WHERE paper_id = ?').get(c.req.param('paperId')) as any;
    const record = paper && submitted(paper.paper_id, c.get('user').userId);
    return success(c, record ? recordView(db, record, paper, true) : undefined);
  });

  app.get('/party/dues/my', (c) => {
    requirePermi(c, 'party:dues:query');
    const user = c.get('user');
    const today = chinaDate(now());
    const year = Number(c.req.query('duesYear')) || today.year;
    const member = db.prepare('SELECT m.dues_base, u.nick_name, d.dept_name, d.leader, d.phone FROM party_member m JOIN sys_user u ON u.user_id = m.user_id JOIN sys_dept d ON d.dept_id = u.dept_id WHERE m.user_id = ?').get(user.userId) as any;
    const records = new Map((db.prepare('SELECT * FROM party_dues_record WHERE user_id = ? AND dues_year = ?').all(user.userId, year) as any[]).map((r) => [r.dues_month, r]));
    const standard = records.get(today.month)?.dues_amount ?? [...records.values()].at(-1)?.dues_amount ?? 0;
    const monthList = Array.from({ length: 12 }, (_, i) => {
      const r = records.get(i + 1);
      const duesMonth = `${year}-${String(i + 1).padStart(2, '0')}`;
      // A month with no record yet is one still to come: dict party_dues_status '4' 未到期.
      return r
        ? { duesId: r.dues_id, duesMonth, duesAmount: r.dues_amount, payStatus: r.pay_status, payType: r.pay_type, payTime: r.pay_time }
        : { duesId: null, duesMonth, duesAmount: standard, payStatus: '4', payType: null, payTime: null };
    });
    const sum = (statuses: string[]) => yuan(monthList.filter((m) => statuses.includes(m.payStatus)).reduce((t, m) => t + m.duesAmount, 0));
    return success(c, {
      userId: user.userId, nickName: member.nick_name, deptName: member.dept_name, duesYear: year,
      duesBase: member.dues_base, duesStandard: standard, paidAmount: sum(['1', '3']), unpaidAmount: sum(['0']),
      contactName: member.leader, contactPhone: member.phone, monthList,
    });
  });

  app.post('/party/dues/pay', async (c) => {
    requirePermi(c, 'party:dues:pay');
    const input = await body(c);
    const user = c.get('user');
    const months: unknown[] = Array.isArray(input.monthList) ? input.monthList : [];
    if (months.length === 0) throw new RuoyiError(500, '请选择缴纳月份');
    const today = chinaDate(now());
    const records = months.map((m) => {
      const match = /^(\d{4})-(\d{2})$/.exec(String(m));
      const r = match && (db.prepare('SELECT * FROM party_dues_record WHERE user_id = ? AND dues_year = ? AND dues_month = ?').get(user.userId, Number(match[1]), Number(match[2])) as any);
      if (!r) throw new RuoyiError(500, `${m} 无应缴党费记录`);
      if (r.pay_status !== '0') throw new RuoyiError(500, `${m} 党费已缴纳，请勿重复缴纳`);
      return r;
    });
    const time = chinaTime(now());
    const payType = String(input.payType ?? '4');
    const amount = yuan(records.reduce((t, r) => t + r.dues_amount, 0));
    const payId = db.transaction(() => {
      const id = Number(db.prepare("INSERT INTO party_dues_pay (pay_no, user_id, pay_amount, pay_type, pay_status, pay_time, months) VALUES ('', ?, ?, ?, '1', ?, ?)").run(user.userId, amount, payType, time, months.join(',')).lastInsertRowid);
      db.prepare('UPDATE party_dues_pay SET pay_no = ? WHERE pay_id = ?').run(`DF${time.replace(/\D/g, '')}${String(id).padStart(4, '0')}`, id);
      for (const r of records) {
        // Paid within its own month: 已缴; an earlier month: 补缴.
        const late = r.dues_year < today.year || (r.dues_year === today.year && r.dues_month < today.month);
        db.prepare('UPDATE party_dues_record SET pay_status = ?, pay_type = ?, pay_time = ?, pay_id = ? WHERE dues_id = ?').run(late ? '3' : '1', payType, time, id, r.dues_id);
        if (!late) db.prepare("INSERT INTO party_score_log (user_id, dept_id, score, source_type, source_id, create_time) VALUES (?, ?, ?, '3', ?, ?)").run(user.userId, user.deptId, DUES_POINTS, r.dues_id, time);
      }
      return id;
    })();
    const pay = db.prepare('SELECT * FROM party_dues_pay WHERE pay_id = ?').get(payId) as any;
    return success(c, { payId, payNo: pay.pay_no, userId: user.userId, payAmount: pay.pay_amount, payType, payStatus: pay.pay_status, payTime: pay.pay_time, monthList: months }, '缴纳成功');
  });

  // The branch's own records, for a 支部书记 (data scope: own dept). No summary endpoint.
  app.get('/party/dues/record/list', (c) => {
    requirePermi(c, 'party:dues:list');
    const year = Number(c.req.query('duesYear')) || chinaDate(now()).year;
    const args = [c.get('user').deptId, year];
    const sql = 'FROM party_dues_record r JOIN sys_user u ON u.user_id = r.user_id JOIN sys_dept d ON d.dept_id = r.dept_id WHERE r.dept_id = ? AND r.dues_year = ?';
    const total = db.prepare(`SELECT count(*) ${sql}`).pluck().get(...args) as number;
    const { limit, offset } = page(c);
    const rows = (db.prepare(`SELECT r.*, u.nick_name, d.dept_name ${sql} ORDER BY r.user_id, r.dues_month LIMIT ? OFFSET ?`).all(...args, limit, offset) as any[]).map((r) => ({
      duesId: r.dues_id, userId: r.user_id, nickName: r.nick_name, deptId: r.dept_id, deptName: r.dept_name, duesYear: r.dues_year, duesMonth: r.dues_month,
      duesBase: r.dues_base, duesAmount: r.dues_amount, payStatus: r.pay_status, payType: r.pay_type, payTime: r.pay_time,
    }));
    return table(c, rows, total);
  });

  const since = (c: RuoyiContext) => {
    const t = now();
    const d = chinaDate(t);
    switch (c.req.query('rankType') ?? '2') {
      case '1': return chinaTime(fromChinaTime(d.year, d.month, d.day) - ((d.weekday + 6) % 7) * 86400_000);
      case '2': return chinaTime(fromChinaTime(d.year, d.month));
      case '3': return chinaTime(fromChinaTime(d.year, 1));
      default: return '0000';
    }
  };
  // Rows come sorted by score: equal scores share the rank of the first of them (1, 2, 2, 4).
  const rank = <T extends { totalScore: number }>(rows: T[]) => rows.map((row) => ({ ...row, rankNum: rows.findIndex((r) => r.totalScore === row.totalScore) + 1 }));

  app.get('/party/rank/dept', (c) => {
    requirePermi(c, 'party:rank:list');
    const rows = db.prepare('SELECT d.dept_id AS deptId, d.dept_name AS deptName, coalesce(sum(s.score), 0) AS totalScore FROM sys_dept d LEFT JOIN party_score_log s ON s.dept_id = d.dept_id AND s.create_time >= ? WHERE d.parent_id = 200 GROUP BY d.dept_id ORDER BY totalScore DESC, d.order_num').all(since(c)) as any[];
    return c.json({ msg: '操作成功', code: 200, list: rank(rows) });
  });

  app.get('/party/rank/user', (c) => {
    requirePermi(c, 'party:rank:list');
    const deptId = c.req.query('deptId');
    const rows = db.prepare(`SELECT u.user_id AS userId, u.nick_name AS nickName, u.dept_id AS deptId, d.dept_name AS deptName, coalesce(sum(s.score), 0) AS totalScore FROM sys_user u JOIN sys_dept d ON d.dept_id = u.dept_id LEFT JOIN party_score_log s ON s.user_id = u.user_id AND s.create_time >= ? ${deptId ? 'WHERE u.dept_id = ?' : ''} GROUP BY u.user_id ORDER BY totalScore DESC, u.user_id`).all(since(c), ...(deptId ? [deptId] : [])) as any[];
    return c.json({ msg: '操作成功', code: 200, list: rank(rows) });
  });
}

function paperView(p: any): Record<string, unknown> {
  return {
    createBy: 'admin', createTime: p.create_time, remark: p.remark, paperId: p.paper_id, paperName: p.paper_name, paperType: p.paper_type,
    totalScore: p.total_score, passScore: p.pass_score, examTime: p.exam_time, startTime: p.start_time, endTime: p.end_time, status: p.status,
  };
}

/** The member's answer sheet; correct answers only after submission (`withAnswers`). */
function recordView(db: Db, r: any, paper: any, withAnswers: boolean): Record<string, unknown> {
  const view: Record<string, unknown> = {
    recordId: r.record_id, paperId: r.paper_id, paperName: paper.paper_name, userId: r.user_id,
    score: r.score, totalScore: paper.paper_type === '1' ? paper.total_score : null, passScore: paper.paper_type === '1' ? paper.pass_score : null, isPass: r.is_pass, submitTime: r.submit_time,
  };
  if (withAnswers) {
    view.answerList = (db.prepare('SELECT a.*, q.right_answer, q.analysis FROM party_answer a JOIN party_exam_question q ON q.question_id = a.question_id WHERE a.record_id = ? ORDER BY q.order_num').all(r.record_id) as any[]).map((a) => ({
      questionId: a.question_id, answer: a.answer, isRight: a.is_right, mark: a.mark, rightAnswer: a.right_answer, analysis: a.analysis,
    }));
  }
  return view;
}
