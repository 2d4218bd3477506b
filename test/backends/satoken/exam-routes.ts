/**
 * Quizzes the way a home-grown system often stores them: each chosen option is one row,
 * posted one per request (`{questionId, optionId}`; text answers `{questionId, text}`), and
 * a finish call scores what is stored. No attempt, no deadline on the server: finishing
 * closes the current sheet, and the next answers start a new one.
 */
import type { Hono } from 'hono';
import { snowflake, type Db } from '../shared/db';
import { SaError, ok, ownId, pageOf, type SaEnv } from './http';
import { localDateTime } from './schema';

export function mountExamRoutes(app: Hono<SaEnv>, db: Db, now: () => number): void {
  const paperOf = (id: string | undefined) => {
    const paper = db.prepare('SELECT * FROM exam_paper WHERE id = ? AND status = 1').get(id) as any;
    if (!paper) throw new SaError(404, 'A0404', '试卷不存在');
    return paper;
  };
  const questionsOf = (paperId: bigint) => db.prepare('SELECT * FROM exam_question WHERE paper_id = ? ORDER BY sort').all(paperId) as any[];
  const optionsOf = (questionId: bigint) => db.prepare('SELECT * FROM exam_option WHERE question_id = ? ORDER BY sort').all(questionId) as any[];
  const resultView = (r: any) => r && { id: r.id, examId: r.paper_id, userId: r.user_id, score: r.score, totalScore: r.total_score, passed: r.passed === 1n, correctCount: r.correct_count, questionCount: r.question_count, finishedAt: r.finished_at };

  app.get('/exams', (c) =>
    pageOf(c, () => db.prepare('SELECT count(*) FROM exam_paper WHERE status = 1').pluck().get() as bigint, (limit, offset) =>
      (db.prepare('SELECT p.*, (SELECT count(*) FROM exam_question q WHERE q.paper_id = p.id) AS question_count FROM exam_paper p WHERE status = 1 ORDER BY create_time LIMIT ? OFFSET ?').all(limit, offset) as any[])
        .map((p) => ({ id: p.id, title: p.title, description: p.description, totalScore: p.total_score, passScore: p.pass_score, questionCount: p.question_count, createTime: p.create_time }))),
  );

  app.get('/exams/:examId', (c) => {
    const paper = paperOf(c.req.param('examId'));
    const questions = questionsOf(paper.id).map((q) => ({
      id: q.id, type: q.type, content: q.content, score: q.score, sort: q.sort,
      options: optionsOf(q.id).map((o) => ({ id: o.id, label: o.label, content: o.content, sort: o.sort })),
    }));
    return ok(c, { id: paper.id, title: paper.title, description: paper.description, totalScore: paper.total_score, passScore: paper.pass_score, questions });
  });

  app.post('/exams/:examId/answers', (c) => {
    const paper = paperOf(c.req.param('examId'));
    const userId = c.get('userId');
    const { questionId, optionId, text } = c.get('body');
    if (questionId === undefined || (optionId === undefined && text === undefined)) throw new SaError(400, 'A0410', '请求必填参数为空');
    const question = db.prepare('SELECT * FROM exam_question WHERE id = ? AND paper_id = ?').get(String(questionId), paper.id) as any;
    if (!question) throw new SaError(400, 'A0400', `题目不属于该试卷：${questionId}`);
    const current = 'paper_id = ? AND question_id = ? AND user_id = ? AND result_id IS NULL';
    const time = localDateTime(now());
    if (question.type === 'TEXT') {
      db.prepare(`DELETE FROM exam_answer WHERE ${current}`).run(paper.id, question.id, userId);
      db.prepare('INSERT INTO exam_answer (id, paper_id, question_id, user_id, option_id, answer_text, create_time) VALUES (?, ?, ?, ?, NULL, ?, ?)').run(snowflake(now()), paper.id, question.id, userId, String(text ?? ''), time);
      return ok(c, true);
    }
    const option = db.prepare('SELECT * FROM exam_option WHERE id = ? AND question_id = ?').get(String(optionId), question.id) as any;
    if (!option) throw new SaError(400, 'A0400', `选项不属于该题目：${optionId}`);
    // The same option again changes nothing (data: false); a single choice replaces the last.
    if (db.prepare(`SELECT 1 FROM exam_answer WHERE ${current} AND option_id = ?`).get(paper.id, question.id, userId, option.id)) return ok(c, false);
    if (question.type !== 'MULTIPLE') db.prepare(`DELETE FROM exam_answer WHERE ${current}`).run(paper.id, question.id, userId);
    db.prepare('INSERT INTO exam_answer (id, paper_id, question_id, user_id, option_id, answer_text, create_time) VALUES (?, ?, ?, ?, ?, NULL, ?)').run(snowflake(now()), paper.id, question.id, userId, option.id, time);
    return ok(c, true);
  });

  app.post('/exams/:examId/finish', (c) => {
    const paper = paperOf(c.req.param('examId'));
    const userId = c.get('userId');
    const answers = db.prepare('SELECT * FROM exam_answer WHERE paper_id = ? AND user_id = ? AND result_id IS NULL').all(paper.id, userId) as any[];
    if (answers.length === 0) throw new SaError(400, 'A0400', '尚未作答，不能交卷');
    const details = questionsOf(paper.id).map((q) => {
      const chosen = answers.filter((a) => a.question_id === q.id && a.option_id !== null).map((a) => a.option_id.toString()).sort();
      const correctIds = optionsOf(q.id).filter((o) => o.is_correct === 1n).map((o) => o.id);
      // Text answers are kept for a reader and not scored.
      const correct = q.type !== 'TEXT' && chosen.join() === correctIds.map(String).sort().join();
      return { questionId: q.id, type: q.type, score: q.score, earned: correct ? q.score : 0n, correct, chosenOptionIds: chosen.map(BigInt), correctOptionIds: correctIds };
    });
    const score = details.reduce((t, d) => t + Number(d.earned), 0);
    const id = snowflake(now());
    db.transaction(() => {
      db.prepare('INSERT INTO exam_result (id, paper_id, user_id, score, total_score, passed, correct_count, question_count, finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
        .run(id, paper.id, userId, score, paper.total_score, score >= Number(paper.pass_score) ? 1 : 0, details.filter((d) => d.correct).length, details.length, localDateTime(now()));
      db.prepare('UPDATE exam_answer SET result_id = ? WHERE paper_id = ? AND user_id = ? AND result_id IS NULL').run(id, paper.id, userId);
    })();
    return ok(c, { ...resultView(db.prepare('SELECT * FROM exam_result WHERE id = ?').get(id)), details }, '交卷成功');
  });

  app.get('/exams/:examId/results/users/:userId', (c) => {
    const paper = paperOf(c.req.param('examId'));
    return ok(c, resultView(db.prepare('SELECT * FROM exam_result WHERE paper_id = ? AND user_id = ? ORDER BY finished_at DESC, id DESC').get(paper.id, ownId(c))) ?? null);
  });
}
