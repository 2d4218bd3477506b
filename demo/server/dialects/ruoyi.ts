/**
 * A RuoYi-like dialect of the reference backend, for showing (and testing) that a site
 * whose API is not the contract can still connect every widget: `createApp({ dialect:
 * 'ruoyi' })` or `PB_DIALECT=ruoyi` mounts it under /prod-api beside /api/v1.
 *
 * It speaks as a RuoYi-based 党建 system would: `{code: 200, msg, data}` and
 * `{code, msg, rows, total}` with pageNum/pageSize, its own paths, some fields named its
 * own way (`courseName`, `nickName`, `deptId`), every error inside HTTP 200, and two
 * operations that take several calls (progress as read, then create or update; quiz
 * answers posted one question at a time, then a submit). It is a thin adapter: each
 * route calls the contract on the same app (ruoyi-http.ts), so the data and the rules are
 * the reference server's, never a copy.
 */
import type { Context, Hono } from 'hono';
import { identifyCaller } from '../http/request-auth';
import { safeEqual, type AuthStore } from '../store/auth-store';
import { DialectError, RUOYI_BASE, forward, handle, jsonBody, ok, pageByNumber, query, table } from './ruoyi-http';

type Json = Record<string, unknown>;

/** RuoYi's user info: `userId`, `nickName`, `deptId`, `deptName`. */
function userView({ id, name, branchId, branchName, ...rest }: Json): Json {
  return { userId: id, nickName: name, deptId: branchId, deptName: branchName, ...rest };
}

/** A course as RuoYi's study module names it: `courseId`, `courseName`. */
function courseView({ id, title, ...rest }: Json): Json {
  return { courseId: id, courseName: title, ...rest };
}

const enc = (value: string | undefined) => encodeURIComponent(value ?? '');

export function mountRuoyiDialect(app: Hono, auth: AuthStore): void {
  const r = (path: string) => RUOYI_BASE + path;
  // Answer sheets of quizzes being answered one question at a time, per member and paper.
  // A real RuoYi system keeps them in a table; the demo keeps them until submitted.
  const sheets = new Map<string, Json>();
  const sheetKey = (c: Context, paperId: string | undefined) => {
    const caller = identifyCaller(c, auth);
    if (!caller) throw new DialectError(401, '登录状态已过期，请重新登录');
    // A write the contract does not see itself still needs the session's CSRF token.
    if (caller.via === 'session' && !(caller.csrfToken && safeEqual(c.req.header('x-csrf-token') ?? '', caller.csrfToken))) {
      throw new DialectError(403, 'CSRF 校验失败');
    }
    return `${caller.member.id}:${paperId}`;
  };

  app.get(r('/getInfo'), handle(async (c) => ok(c, userView((await forward(app, c, 'GET', '/me')).body))));

  app.get(
    r('/study/course/list'),
    handle(async (c) => {
      const required = c.req.query('isRequired');
      const page = await pageByNumber(app, c, '/courses', {
        q: c.req.query('courseName'),
        category: c.req.query('category'),
        required: required === 'Y' || required === 'true' ? 'true' : required === 'N' || required === 'false' ? 'false' : undefined,
      });
      return table(c, (page.items ?? []).map((item) => courseView(item as Json)), Number(page.total), { categories: page.categories });
    }),
  );
  app.get(r('/study/course/:courseId'), handle(async (c) => ok(c, courseView((await forward(app, c, 'GET', `/courses/${enc(c.req.param('courseId'))}`)).body))));
  app.get(
    r('/study/course/:courseId/progress'),
    handle(async (c) => ok(c, (await forward(app, c, 'GET', `/courses/${enc(c.req.param('courseId'))}/progress`)).body)),
  );

  // Progress is a record per member and lesson: read it, then create (POST) or update (PUT).
  const lessonRecord = async (c: Context, courseId: string, lessonId: string) => {
    const progress = (await forward(app, c, 'GET', `/courses/${enc(courseId)}/progress`)).body;
    const lessons = (progress.lessons ?? []) as Json[];
    const lesson = lessons.find((l) => l.lessonId === lessonId);
    return lesson && lesson.updatedAt !== null ? { recordId: `${courseId}:${lessonId}`, courseId, ...lesson } : null;
  };
  app.get(
    r('/study/record'),
    handle(async (c) => ok(c, await lessonRecord(c, c.req.query('courseId') ?? '', c.req.query('lessonId') ?? ''))),
  );
  const writeRecord = (create: boolean) =>
    handle(async (c) => {
      const { courseId, lessonId, ...batch } = await jsonBody(c);
      if (typeof courseId !== 'string' || typeof lessonId !== 'string') throw new DialectError(500, 'courseId 和 lessonId 不能为空');
      const existing = await lessonRecord(c, courseId, lessonId);
      if (create && existing) throw new DialectError(500, '学习记录已存在，请使用修改接口');
      if (!create && !existing) throw new DialectError(500, '学习记录不存在，请先新增');
      return ok(c, (await forward(app, c, 'POST', `/courses/${enc(courseId)}/lessons/${enc(lessonId)}/progress`, batch)).body);
    });
  app.post(r('/study/record'), writeRecord(true));
  app.put(r('/study/record'), writeRecord(false));

  // Questionnaires, quizzes and evaluations: RuoYi's exam module calls them papers.
  app.get(
    r('/study/paper/list'),
    handle(async (c) => {
      const page = await pageByNumber(app, c, '/questionnaires', { mode: c.req.query('mode') });
      return table(c, page.items ?? [], Number(page.total));
    }),
  );
  const paper = (c: Context) => `/questionnaires/${enc(c.req.param('paperId') ?? '')}`;
  app.get(r('/study/paper/:paperId'), handle(async (c) => ok(c, (await forward(app, c, 'GET', paper(c))).body)));
  app.post(r('/study/paper/:paperId/attempt'), handle(async (c) => ok(c, (await forward(app, c, 'POST', `${paper(c)}/attempts`, {})).body)));
  // No draft yet is `data: null` here, as the contract's `null`.
  app.get(r('/study/paper/:paperId/draft'), handle(async (c) => ok(c, (await forward(app, c, 'GET', `${paper(c)}/draft`)).body)));
  app.put(r('/study/paper/:paperId/draft'), handle(async (c) => ok(c, (await forward(app, c, 'PUT', `${paper(c)}/draft`, await jsonBody(c))).body)));
  app.get(r('/study/paper/:paperId/mine'), handle(async (c) => ok(c, (await forward(app, c, 'GET', `${paper(c)}/responses/mine`)).body.items)));
  app.post(
    r('/study/paper/:paperId/answer'),
    handle(async (c) => {
      const key = sheetKey(c, c.req.param('paperId'));
      const { questionId, answer } = await jsonBody(c);
      if (typeof questionId !== 'string' || answer === undefined) throw new DialectError(500, 'questionId 和 answer 不能为空');
      sheets.set(key, { ...sheets.get(key), [questionId]: answer });
      return ok(c, null);
    }),
  );
  app.delete(
    r('/study/paper/:paperId/answer'),
    handle(async (c) => {
      sheets.delete(sheetKey(c, c.req.param('paperId')));
      return ok(c, null);
    }),
  );
  app.post(
    r('/study/paper/:paperId/submit'),
    handle(async (c) => {
      const key = sheetKey(c, c.req.param('paperId'));
      const { attemptId = null } = await jsonBody(c);
      const submitted = await forward(app, c, 'POST', `${paper(c)}/responses`, { answers: sheets.get(key) ?? {}, attemptId });
      sheets.delete(key);
      return ok(c, submitted.body);
    }),
  );

  // Party dues (党费).
  app.get(r('/party/dues/info'), handle(async (c) => ok(c, (await forward(app, c, 'GET', `/dues${query({ year: c.req.query('year') })}`)).body)));
  app.post(r('/party/dues/pay'), handle(async (c) => ok(c, (await forward(app, c, 'POST', '/dues/payments', await jsonBody(c))).body)));
  app.get(r('/party/dues/pay/:paymentId'), handle(async (c) => ok(c, (await forward(app, c, 'GET', `/dues/payments/${enc(c.req.param('paymentId'))}`)).body)));
  app.post(r('/party/dues/pay/:paymentId/cancel'), handle(async (c) => ok(c, (await forward(app, c, 'POST', `/dues/payments/${enc(c.req.param('paymentId'))}/cancel`, {})).body)));
  app.get(
    r('/party/dues/summary/:deptId'),
    handle(async (c) => ok(c, (await forward(app, c, 'GET', `/branches/${enc(c.req.param('deptId'))}/dues-summary${query({ year: c.req.query('year') })}`)).body)),
  );

  // Assessment: rankings as a RuoYi table, statistics as data.
  app.get(
    r('/study/rank/list'),
    handle(async (c) => {
      const { items = [], total, nextCursor: _cursor, ...rest } = await pageByNumber(app, c, '/leaderboard', {
        metric: c.req.query('metric'),
        scope: c.req.query('scope'),
        period: c.req.query('period'),
      });
      return table(c, items, Number(total), rest);
    }),
  );
  app.get(
    r('/study/stats/:metric'),
    handle(async (c) => {
      const params = { groupBy: c.req.query('groupBy'), from: c.req.query('from'), to: c.req.query('to'), branchId: c.req.query('deptId') };
      return ok(c, (await forward(app, c, 'GET', `/stats/${enc(c.req.param('metric'))}${query(params)}`)).body);
    }),
  );

  app.all(r('/*'), (c) => c.json({ code: 404, msg: `请求地址'${c.req.path}'不存在` }));
}
