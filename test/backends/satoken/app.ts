/**
 * A stand-in for a home-grown Spring Boot 党建 system secured by Sa-Token (see
 * test/backends/README.md): the token in a `satoken` header with no prefix (login answers
 * SaTokenInfo), `{code: 200, msg, data}` on success but string business codes ("A0301")
 * beside real HTTP statuses on failure, the member's id in the path and no /me, 19-digit
 * snowflake ids as JSON numbers, MyBatis-Plus pages by `current`/`size`, progress as a
 * percent per lesson (read, then create or update), and quiz answers one option per request.
 * No dues, no rankings, no statistics: those paths are Spring's plain 404.
 */
import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { openBackendDb, snowflake, type Backend, type BackendOptions, type Db } from '../shared/db';
import { parseExact, stringify } from './json';
import { SaError, ok, ownId, pageOf, type SaEnv } from './http';
import { SATOKEN_SCHEMA, SATOKEN_USERS, localDateTime, seedSatoken } from './schema';
import { mountExamRoutes } from './exam-routes';

export const SATOKEN_BASE = '/api';
export const SATOKEN_TOKENS = { member: '5f0c8e2a-6b1d-4f53-9a57-1c2d3e4f5a61', secretary: '9b7e3c1d-2a4f-4e68-8c90-6d5e4f3a2b17' };

export function createSatokenBackend(options: BackendOptions = {}): Backend {
  const now = options.now ?? Date.now;
  const db = openBackendDb(options.dbPath ?? ':memory:', SATOKEN_SCHEMA, 'sys_user', (d) => seedSatoken(d, now()));
  // BIGINT columns come back as bigint, so ids keep every digit on the way out.
  db.defaultSafeIntegers(true);
  const sessions = new Map<string, string>([[SATOKEN_TOKENS.member, SATOKEN_USERS.member], [SATOKEN_TOKENS.secretary, SATOKEN_USERS.secretary]]);
  const app = new Hono<SaEnv>().basePath(SATOKEN_BASE);

  app.onError((error, c) => {
    if (error instanceof SaError) return c.body(stringify({ code: error.code, msg: error.message, data: null }), error.status, { 'content-type': 'application/json' });
    console.error(error);
    return c.body(stringify({ code: 'B0001', msg: '系统执行出错', data: null }), 500, { 'content-type': 'application/json' });
  });
  app.notFound((c) => c.json({ timestamp: new Date(now()).toISOString().replace('Z', '+00:00'), status: 404, error: 'Not Found', path: c.req.path }, 404));
  // Jackson reads the body (ids beyond 2^53 exactly); a body that is not JSON is a 400.
  app.use('*', async (c, next) => {
    if (c.req.method === 'POST' || c.req.method === 'PUT') {
      const text = await c.req.text();
      let parsed: unknown;
      try {
        parsed = text ? parseExact(text) : {};
      } catch {
        throw new SaError(400, 'A0400', '请求体缺失或格式错误');
      }
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new SaError(400, 'A0400', '请求体缺失或格式错误');
      c.set('body', parsed as Record<string, any>);
    }
    await next();
  });

  app.post('/auth/login', (c) => {
    const { username, password } = c.get('body');
    if (!username || !password) throw new SaError(400, 'A0410', '请求必填参数为空');
    const user = db.prepare('SELECT id FROM sys_user WHERE username = ? AND password = ? AND deleted = 0').get(username, password) as { id: bigint } | undefined;
    if (!user) throw new SaError(400, 'A0210', '用户名或密码错误');
    const tokenValue = crypto.randomUUID();
    sessions.set(tokenValue, user.id.toString());
    return ok(c, tokenInfo(tokenValue, user.id.toString()), '登录成功');
  });

  // SaInterceptor on /**: the token from the `satoken` header (or cookie), no prefix.
  app.use('*', async (c, next) => {
    const token = c.req.header('satoken') ?? getCookie(c, 'satoken');
    if (!token) throw new SaError(401, 'A0230', '未能读取到有效 token');
    const userId = sessions.get(token);
    if (!userId) throw new SaError(401, 'A0230', 'token 无效');
    c.set('userId', userId);
    await next();
  });

  app.post('/auth/logout', (c) => {
    sessions.delete(c.req.header('satoken') ?? '');
    return ok(c);
  });
  app.get('/users/:userId', (c) => {
    const u = db.prepare('SELECT u.*, o.name AS org_name FROM sys_user u LEFT JOIN sys_org o ON o.id = u.org_id WHERE u.id = ?').get(ownId(c)) as any;
    return ok(c, { id: u.id, username: u.username, nickname: u.nickname, realName: u.real_name, phone: u.phone.replace(/(\d{3})\d{4}(\d{4})/, '$1****$2'), avatar: u.avatar, orgId: u.org_id, orgName: u.org_name, roles: [u.role_code], createTime: u.create_time });
  });

  mountCourseRoutes(app, db, now);
  mountExamRoutes(app, db, now);
  return { app, db, tokens: { ...SATOKEN_TOKENS }, basePath: SATOKEN_BASE, close: () => db.open && db.close() };
}

/** SaTokenInfo as StpUtil.getTokenInfo() gives it (loginId is kept as a string by Sa-Token). */
function tokenInfo(tokenValue: string, loginId: string) {
  return { tokenName: 'satoken', tokenValue, isLogin: true, loginId, loginType: 'login', tokenTimeout: 2592000, sessionTimeout: 2592000, tokenSessionTimeout: -2, tokenActiveTimeout: -1, loginDeviceType: 'DEF', tag: null };
}

function mountCourseRoutes(app: Hono<SaEnv>, db: Db, now: () => number): void {
  const courseView = (c: any) => ({
    id: c.id, categoryId: c.category_id, categoryName: c.category_name, title: c.title, summary: c.summary, coverUrl: c.cover_url,
    required: c.required === 1n, credit: c.credit, lessonCount: c.lesson_count, totalSeconds: c.total_seconds ?? 0n, createTime: c.create_time, updateTime: c.update_time,
  });
  const courseSql = 'SELECT c.*, g.name AS category_name, (SELECT count(*) FROM edu_lesson l WHERE l.course_id = c.id AND l.deleted = 0) AS lesson_count, (SELECT sum(duration_seconds) FROM edu_lesson l WHERE l.course_id = c.id AND l.deleted = 0) AS total_seconds FROM edu_course c LEFT JOIN edu_category g ON g.id = c.category_id';
  const progressView = (p: any) => p && { id: p.id, userId: p.user_id, courseId: p.course_id, lessonId: p.lesson_id, percent: p.percent, lastPosition: p.last_position, status: p.status, createTime: p.create_time, updateTime: p.update_time };
  const percentOf = (body: Record<string, any>) => {
    if (body.percent === undefined || body.percent === null) throw new SaError(400, 'A0410', '请求必填参数为空：percent');
    const percent = Number(body.percent);
    if (!Number.isInteger(percent) || percent < 0 || percent > 100) throw new SaError(400, 'A0400', 'percent 必须是 0 到 100 之间的整数');
    const position = Math.max(0, Math.floor(Number(body.lastPosition ?? 0) || 0));
    return { percent, position };
  };

  app.get('/categories', (c) => ok(c, db.prepare('SELECT id, name, sort FROM edu_category ORDER BY sort').all()));
  app.get('/courses', (c) => {
    const where = ['c.deleted = 0', 'c.status = 1'];
    const args: unknown[] = [];
    const keyword = c.req.query('keyword');
    if (keyword) where.push('c.title LIKE ?') && args.push(`%${keyword}%`);
    const category = c.req.query('categoryId');
    if (category) where.push('c.category_id = ?') && args.push(category);
    const sql = `${courseSql} WHERE ${where.join(' AND ')}`;
    return pageOf(c, () => db.prepare(`SELECT count(*) FROM (${sql})`).pluck().get(...args) as bigint, (limit, offset) => db.prepare(`${sql} ORDER BY c.sort LIMIT ? OFFSET ?`).all(...args, limit, offset).map(courseView));
  });
  app.get('/courses/:courseId', (c) => {
    const course = db.prepare(`${courseSql} WHERE c.id = ? AND c.deleted = 0`).get(c.req.param('courseId'));
    if (!course) throw new SaError(404, 'A0404', '课程不存在');
    const lessons = (db.prepare('SELECT * FROM edu_lesson WHERE course_id = ? AND deleted = 0 ORDER BY sort').all((course as any).id) as any[]).map((l) => ({ id: l.id, courseId: l.course_id, title: l.title, type: l.type, url: l.url, durationSeconds: l.duration_seconds, sort: l.sort }));
    return ok(c, { ...courseView(course), lessons });
  });

  app.get('/progress/users/:userId/courses/:courseId', (c) => ok(c, db.prepare('SELECT * FROM edu_lesson_progress WHERE user_id = ? AND course_id = ? ORDER BY create_time').all(ownId(c), c.req.param('courseId')).map(progressView)));
  // No record yet: `data: null`, a success.
  app.get('/progress/users/:userId/lessons/:lessonId', (c) => ok(c, progressView(db.prepare('SELECT * FROM edu_lesson_progress WHERE user_id = ? AND lesson_id = ?').get(ownId(c), c.req.param('lessonId'))) ?? null));
  app.post('/progress/users/:userId/lessons/:lessonId', (c) => {
    const userId = ownId(c);
    const lesson = db.prepare('SELECT * FROM edu_lesson WHERE id = ? AND deleted = 0').get(c.req.param('lessonId')) as any;
    if (!lesson) throw new SaError(404, 'A0404', '课时不存在');
    const { percent, position } = percentOf(c.get('body'));
    if (db.prepare('SELECT 1 FROM edu_lesson_progress WHERE user_id = ? AND lesson_id = ?').get(userId, lesson.id)) throw new SaError(409, 'A0400', '该课时已有进度记录，请使用 PUT 更新');
    const id = snowflake(now());
    const time = localDateTime(now());
    db.prepare('INSERT INTO edu_lesson_progress (id, user_id, course_id, lesson_id, percent, last_position, status, create_time, update_time) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(id, userId, lesson.course_id, lesson.id, percent, position, percent >= 100 ? 'COMPLETED' : 'IN_PROGRESS', time, time);
    return ok(c, progressView(db.prepare('SELECT * FROM edu_lesson_progress WHERE id = ?').get(id)));
  });
  app.put('/progress/:progressId', (c) => {
    const record = db.prepare('SELECT * FROM edu_lesson_progress WHERE id = ?').get(c.req.param('progressId')) as any;
    if (!record) throw new SaError(404, 'A0404', '进度记录不存在');
    if (record.user_id.toString() !== c.get('userId')) throw new SaError(403, 'A0301', '访问未授权');
    const { percent, position } = percentOf(c.get('body'));
    // The stored percent never goes down (max of stored and sent); the position is the latest.
    const kept = Math.max(percent, Number(record.percent));
    db.prepare('UPDATE edu_lesson_progress SET percent = ?, last_position = ?, status = ?, update_time = ? WHERE id = ?')
      .run(kept, position, kept >= 100 ? 'COMPLETED' : 'IN_PROGRESS', localDateTime(now()), record.id);
    return ok(c, progressView(db.prepare('SELECT * FROM edu_lesson_progress WHERE id = ?').get(record.id)));
  });
}
