/**
 * A stand-in for a JeecgBoot based 党建 system at its servlet context path /jeecg-boot (see
 * test/backends/README.md): Result `{success, message, code, result, timestamp}`, the token
 * in `X-Access-Token` with no prefix (a missing or bad one is the JWT filter's HTTP 401),
 * generated-controller naming (`/list` by `pageNo`/`pageSize` as IPage, `/queryById?id=`,
 * `/add`, `/edit`), `_dictText` companions for dict codes, string snowflake ids, and
 * progress as a percent read by lesson then added or edited. A survey is submitted whole.
 * No dues, no rankings.
 */
import { readFileSync, existsSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { chinaTime, openBackendDb, snowflake, type Backend, type BackendOptions, type Db } from '../shared/db';
import { JeecgError, ipage, jsonBody, okResult, queryRule, withDictText, type JeecgEnv } from './http';
import { JEECG_SCHEMA, JEECG_USERS, seedJeecg } from './schema';
import { mountSurveyRoutes } from './survey-routes';

export const JEECG_BASE = '/jeecg-boot';
export const JEECG_TOKENS = {
  member: 'eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJ1c2VybmFtZSI6ImxpbWluZyJ9.test-member',
  secretary: 'eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJ1c2VybmFtZSI6IndhbmdmYW5nIn0.test-secretary',
};
const COVERS = fileURLToPath(new URL('../../../demo/assets/covers/', import.meta.url));
export const FINISH_PERCENT = 100;

export function createJeecgBackend(options: BackendOptions = {}): Backend {
  const now = options.now ?? Date.now;
  const db = openBackendDb(options.dbPath ?? ':memory:', JEECG_SCHEMA, 'sys_user', seedJeecg);
  const sessions = new Map<string, string>([[JEECG_TOKENS.member, JEECG_USERS.member], [JEECG_TOKENS.secretary, JEECG_USERS.secretary]]);
  const app = new Hono<JeecgEnv>().basePath(JEECG_BASE);
  const ok = (c: Parameters<typeof okResult>[0], result?: unknown, message?: string) => okResult(c, result, message, now());

  app.onError((error, c) => {
    const e = error instanceof JeecgError ? error : new JeecgError('操作失败，' + error.message);
    if (!(error instanceof JeecgError)) console.error(error);
    return c.json({ success: false, message: e.message, code: e.code, result: null, timestamp: now() }, e.status);
  });
  app.notFound((c) => c.json({ success: false, message: '路径不存在，请检查路径是否正确', code: 404, result: null, timestamp: now() }));

  app.post('/sys/login', async (c) => {
    const { username, password } = await jsonBody(c);
    const user = db.prepare('SELECT * FROM sys_user WHERE username = ? AND password = ? AND del_flag = 0').get(username, password) as any;
    if (!user) throw new JeecgError('用户名或密码错误');
    const token = `eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.${Buffer.from(JSON.stringify({ username, exp: Math.floor(now() / 1000) + 7200 })).toString('base64url')}.sig`;
    sessions.set(token, user.id);
    return ok(c, { token, userInfo: userInfo(db, user.id), departs: departs(db, user.org_code), multi_depart: 1 }, '登录成功');
  });
  // Files uploaded through Jeecg are read at /sys/common/static/<path>, with no login.
  app.get('/sys/common/static/*', (c) => {
    const file = COVERS + basename(c.req.path);
    return existsSync(file) ? c.body(readFileSync(file), 200, { 'content-type': 'image/svg+xml' }) : c.notFound();
  });

  // JwtFilter (TokenUtils.getTokenByRequest): a `token` query parameter, else X-Access-Token; no prefix.
  app.use('*', async (c, next) => {
    const userId = sessions.get(c.req.query('token') ?? c.req.header('x-access-token') ?? '');
    if (!userId) throw new JeecgError('Token失效，请重新登录!', 401, 401);
    const user = db.prepare('SELECT id, username, org_code FROM sys_user WHERE id = ?').get(userId) as any;
    c.set('user', { id: user.id, username: user.username, orgCode: user.org_code });
    await next();
  });

  app.get('/sys/user/getUserInfo', (c) => ok(c, { userInfo: userInfo(db, c.get('user').id), sysAllDictItems: {} }));
  app.get('/sys/logout', (c) => {
    sessions.delete(c.req.header('x-access-token') ?? '');
    return ok(c, null, '退出登录成功！');
  });
  app.get('/sys/dict/getDictItems/:dictCode', (c) => {
    const items = db.prepare('SELECT i.* FROM sys_dict_item i JOIN sys_dict d ON d.id = i.dict_id WHERE d.dict_code = ? AND i.status = 1 ORDER BY i.sort_order').all(c.req.param('dictCode')) as any[];
    return ok(c, items.map((i) => ({ value: i.item_value, text: i.item_text, color: i.item_color, title: i.item_text, label: i.item_text })));
  });

  mountStudyRoutes(app, db, now, ok);
  mountSurveyRoutes(app, db, now, ok);
  return { app, db, tokens: { ...JEECG_TOKENS }, basePath: JEECG_BASE, close: () => db.open && db.close() };
}

function userInfo(db: Db, id: string): Record<string, unknown> {
  const u = db.prepare('SELECT * FROM sys_user WHERE id = ?').get(id) as any;
  const depart = db.prepare('SELECT depart_name FROM sys_depart WHERE org_code = ?').pluck().get(u.org_code);
  return withDictText(db, {
    id: u.id, username: u.username, realname: u.realname, avatar: u.avatar, birthday: null, sex: u.sex, email: null, phone: u.phone,
    orgCode: u.org_code, orgCodeTxt: depart, status: u.status, delFlag: u.del_flag, workNo: u.work_no, post: null, telephone: null,
    createBy: u.create_by, createTime: u.create_time, updateBy: null, updateTime: null, userIdentity: 1, departIds: null, relTenantIds: '', clientId: null,
  }, { sex: 'sex' });
}

function departs(db: Db, orgCode: string): unknown[] {
  return (db.prepare('SELECT * FROM sys_depart WHERE org_code = ?').all(orgCode) as any[]).map((d) => ({ id: d.id, parentId: d.parent_id, departName: d.depart_name, orgCode: d.org_code, departOrder: d.depart_order }));
}

type Ok = (c: any, result?: unknown, message?: string) => Response;

function mountStudyRoutes(app: Hono<JeecgEnv>, db: Db, now: () => number, ok: Ok): void {
  const course = (row: any) => withDictText(db, {
    id: row.id, courseName: row.course_name, courseType: row.course_type, coverImg: row.cover_img, description: row.description,
    isRequired: row.is_required, creditHours: row.credit_hours, sortNo: row.sort_no,
    lessonCount: db.prepare('SELECT count(*) FROM study_lesson WHERE course_id = ?').pluck().get(row.id),
    totalDuration: db.prepare('SELECT coalesce(sum(duration), 0) FROM study_lesson WHERE course_id = ?').pluck().get(row.id),
    createBy: row.create_by, createTime: row.create_time, updateBy: row.update_by, updateTime: row.update_time, sysOrgCode: row.sys_org_code,
  }, { courseType: 'course_type', isRequired: 'yn' });
  const lesson = (row: any) => withDictText(db, {
    id: row.id, courseId: row.course_id, lessonName: row.lesson_name, lessonType: row.lesson_type, mediaUrl: row.media_url, duration: row.duration, sortNo: row.sort_no,
    createBy: row.create_by, createTime: row.create_time, sysOrgCode: row.sys_org_code,
  }, { lessonType: 'lesson_type' });
  const progress = (row: any) => row && withDictText(db, {
    id: row.id, userId: row.user_id, courseId: row.course_id, lessonId: row.lesson_id, progress: row.progress, lastPosition: row.last_position, studyStatus: row.study_status,
    createBy: row.create_by, createTime: row.create_time, updateBy: row.update_by, updateTime: row.update_time, sysOrgCode: row.sys_org_code,
  }, { studyStatus: 'study_status' });
  const checkPercent = (input: Record<string, any>) => {
    const value = Number(input.progress);
    if (!Number.isInteger(value) || value < 0 || value > 100) throw new JeecgError('学习进度必须是0-100的整数');
    return { value, position: Math.max(0, Math.floor(Number(input.lastPosition ?? 0) || 0)) };
  };

  app.get('/study/course/list', (c) => {
    const rules = [queryRule(c, 'courseName', 'course_name'), queryRule(c, 'courseType', 'course_type'), queryRule(c, 'isRequired', 'is_required')].filter((r) => r !== null);
    const where = ['del_flag = 0', ...rules.map(([sql]) => sql)].join(' AND ');
    const args = rules.map(([, value]) => value);
    const total = db.prepare(`SELECT count(*) FROM study_course WHERE ${where}`).pluck().get(...args) as number;
    return ok(c, ipage(c, total, (limit, offset) => db.prepare(`SELECT * FROM study_course WHERE ${where} ORDER BY sort_no LIMIT ? OFFSET ?`).all(...args, limit, offset).map(course)));
  });
  app.get('/study/course/queryById', (c) => {
    const row = db.prepare('SELECT * FROM study_course WHERE id = ? AND del_flag = 0').get(c.req.query('id') ?? '');
    if (!row) throw new JeecgError('未找到对应数据');
    return ok(c, course(row));
  });
  // The one-to-many generator's child query: a plain list, not a page.
  app.get('/study/course/queryLessonByMainId', (c) => ok(c, db.prepare('SELECT * FROM study_lesson WHERE course_id = ? ORDER BY sort_no').all(c.req.query('id') ?? '').map(lesson)));

  app.get('/study/progress/list', (c) => {
    const args: string[] = [c.get('user').id];
    let where = 'user_id = ?';
    const courseId = c.req.query('courseId');
    if (courseId) (where += ' AND course_id = ?') && args.push(courseId);
    const total = db.prepare(`SELECT count(*) FROM study_progress WHERE ${where}`).pluck().get(...args) as number;
    return ok(c, ipage(c, total, (limit, offset) => db.prepare(`SELECT * FROM study_progress WHERE ${where} ORDER BY create_time LIMIT ? OFFSET ?`).all(...args, limit, offset).map(progress)));
  });
  // Nothing yet: Result.OK(null), a success with `result: null`.
  app.get('/study/progress/queryByLesson', (c) => ok(c, progress(db.prepare('SELECT * FROM study_progress WHERE user_id = ? AND lesson_id = ?').get(c.get('user').id, c.req.query('lessonId') ?? '')) ?? null));
  app.post('/study/progress/add', async (c) => {
    const input = await jsonBody(c);
    const { value, position } = checkPercent(input);
    const row = db.prepare('SELECT * FROM study_lesson WHERE id = ?').get(String(input.lessonId ?? '')) as any;
    if (!row) throw new JeecgError('课时不存在');
    const user = c.get('user');
    if (db.prepare('SELECT 1 FROM study_progress WHERE user_id = ? AND lesson_id = ?').get(user.id, row.id)) throw new JeecgError('该课时已有学习记录，请勿重复添加');
    db.prepare('INSERT INTO study_progress (id, user_id, course_id, lesson_id, progress, last_position, study_status, create_by, create_time, sys_org_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(snowflake(now()), user.id, row.course_id, row.id, value, position, value >= FINISH_PERCENT ? '2' : '1', user.username, chinaTime(now()), user.orgCode);
    return ok(c, '添加成功！', '添加成功！');
  });
  const edit = async (c: any) => {
    const input = await jsonBody(c);
    const { value, position } = checkPercent(input);
    const row = db.prepare('SELECT * FROM study_progress WHERE id = ? AND user_id = ?').get(String(input.id ?? ''), c.get('user').id) as any;
    if (!row) throw new JeecgError('未找到对应数据');
    db.prepare('UPDATE study_progress SET progress = ?, last_position = ?, study_status = ?, update_by = ?, update_time = ? WHERE id = ?')
      .run(value, position, value >= FINISH_PERCENT || row.study_status === '2' ? '2' : '1', c.get('user').username, chinaTime(now()), row.id);
    return ok(c, '编辑成功!', '编辑成功!');
  };
  app.put('/study/progress/edit', edit);
  app.post('/study/progress/edit', edit);
}
