/**
 * A stand-in for a RuoYi-Vue based 党建 system, behind nginx at /prod-api like ruoyi-ui's
 * production build. It answers the way RuoYi does (see test/backends/README.md): AjaxResult
 * `{code, msg, data}` and TableDataInfo `{total, rows, code, msg}`, every failure in HTTP 200
 * with the code in the body, `data` left out when there is nothing, `getInfo` with the user
 * at the top level, `Authorization: Bearer <token>`, dict codes, China-time datetimes and
 * yuan decimals, over its own `sys_*` and `party_*` tables.
 */
import { readFileSync, existsSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { openBackendDb, type Backend, type BackendOptions, type Db } from '../shared/db';
import { RUOYI_SCHEMA, seedRuoyi } from './schema';
import { mountCourseRoutes } from './course-routes';
import { RuoyiError, body, success, type LoginUser, type RuoyiEnv } from './http';
import { mountPartyRoutes } from './party-routes';

export const RUOYI_BASE = '/prod-api';
const COVERS = fileURLToPath(new URL('../../../demo/assets/covers/', import.meta.url));

/** Fixed tokens (RuoYi's are JWTs carrying a login_user_key; these only look like one). */
export const RUOYI_TOKENS = {
  member: 'eyJhbGciOiJIUzUxMiJ9.eyJsb2dpbl91c2VyX2tleSI6Im1lbWJlci0xMDEifQ.test-member',
  secretary: 'eyJhbGciOiJIUzUxMiJ9.eyJsb2dpbl91c2VyX2tleSI6InNlY3JldGFyeS0xMDIifQ.test-secretary',
};

export function createRuoyiBackend(options: BackendOptions = {}): Backend {
  const now = options.now ?? Date.now;
  const db = openBackendDb(options.dbPath ?? ':memory:', RUOYI_SCHEMA, 'sys_user', (d) => seedRuoyi(d, now()));
  // Redis in RuoYi; a map here. Login adds to it, logout removes.
  const sessions = new Map<string, number>([[RUOYI_TOKENS.member, 101], [RUOYI_TOKENS.secretary, 102]]);
  const app = new Hono<RuoyiEnv>().basePath(RUOYI_BASE);

  app.onError((error, c) => {
    if (error instanceof RuoyiError) return c.json({ msg: error.message, code: error.code });
    console.error(error);
    return c.json({ msg: error.message, code: 500 });
  });
  // Spring's own answer for a path no controller maps (after the token filter).
  app.notFound((c) => c.json({ timestamp: new Date(now()).toISOString(), status: 404, error: 'Not Found', path: c.req.path.slice(RUOYI_BASE.length) }, 404));

  app.post('/login', async (c) => {
    const { username, password } = await body(c);
    const user = db.prepare("SELECT user_id FROM sys_user WHERE user_name = ? AND password = ? AND status = '0'").get(username, password) as { user_id: number } | undefined;
    if (!user) throw new RuoyiError(500, '用户不存在/密码错误');
    const token = `eyJhbGciOiJIUzUxMiJ9.${Buffer.from(JSON.stringify({ login_user_key: crypto.randomUUID() })).toString('base64url')}.sig`;
    sessions.set(token, user.user_id);
    return c.json({ msg: '操作成功', code: 200, token });
  });
  app.get('/captchaImage', (c) => c.json({ msg: '操作成功', code: 200, captchaEnabled: false }));
  // RuoYi serves uploads at /profile/** without a login; the covers are the demo's.
  app.get('/profile/upload/*', (c) => {
    const file = COVERS + basename(c.req.path);
    if (!existsSync(file)) return c.notFound();
    return c.body(readFileSync(file), 200, { 'content-type': 'image/svg+xml' });
  });

  // JwtAuthenticationTokenFilter + AuthenticationEntryPointImpl: 401 inside HTTP 200.
  app.use('*', async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7) : header;
    const userId = sessions.get(token);
    if (userId === undefined) {
      return c.json({ msg: `请求访问：${c.req.path.slice(RUOYI_BASE.length)}，认证失败，无法访问系统资源`, code: 401 });
    }
    c.set('user', loginUser(db, userId));
    await next();
  });

  app.get('/getInfo', (c) => {
    const user = c.get('user');
    const roles = db.prepare('SELECT r.role_key FROM sys_role r JOIN sys_user_role ur ON ur.role_id = r.role_id WHERE ur.user_id = ?').pluck().all(user.userId);
    return c.json({
      msg: '操作成功',
      code: 200,
      permissions: [...user.permissions],
      roles,
      user: sysUser(db, user.userId),
      isDefaultModifyPwd: false,
      isPasswordExpired: false,
    });
  });
  app.post('/logout', (c) => {
    sessions.delete((c.req.header('authorization') ?? '').replace(/^Bearer /, ''));
    return c.json({ msg: '退出成功', code: 200 });
  });
  app.get('/system/dict/data/type/:dictType', (c) => {
    const rows = db.prepare("SELECT * FROM sys_dict_data WHERE dict_type = ? AND status = '0' ORDER BY dict_sort").all(c.req.param('dictType')) as any[];
    return success(c, rows.map((d) => ({
      createBy: 'admin', createTime: d.create_time, updateBy: null, updateTime: null, remark: null,
      dictCode: d.dict_code, dictSort: d.dict_sort, dictLabel: d.dict_label, dictValue: d.dict_value, dictType: d.dict_type,
      cssClass: d.css_class, listClass: d.list_class, isDefault: d.is_default, status: d.status, default: d.is_default === 'Y',
    })));
  });

  mountCourseRoutes(app, db, now);
  mountPartyRoutes(app, db, now);

  return { app, db, tokens: { ...RUOYI_TOKENS }, basePath: RUOYI_BASE, close: () => db.open && db.close() };
}

function loginUser(db: Db, userId: number): LoginUser {
  const user = db.prepare('SELECT user_id, user_name, dept_id FROM sys_user WHERE user_id = ?').get(userId) as any;
  const perms = db.prepare('SELECT DISTINCT p.perms FROM sys_role_menu_perms p JOIN sys_user_role ur ON ur.role_id = p.role_id WHERE ur.user_id = ?').pluck().all(userId) as string[];
  return { userId, userName: user.user_name, deptId: user.dept_id, permissions: new Set(perms) };
}

/** SysUser as Jackson writes it: BaseEntity's audit fields, the dept, the roles; no password. */
function sysUser(db: Db, userId: number): Record<string, unknown> {
  const u = db.prepare('SELECT * FROM sys_user WHERE user_id = ?').get(userId) as any;
  const d = db.prepare('SELECT * FROM sys_dept WHERE dept_id = ?').get(u.dept_id) as any;
  const roles = db.prepare('SELECT r.* FROM sys_role r JOIN sys_user_role ur ON ur.role_id = r.role_id WHERE ur.user_id = ?').all(userId) as any[];
  return {
    createBy: 'admin', createTime: u.create_time, updateBy: null, updateTime: null, remark: u.remark,
    userId: u.user_id, deptId: u.dept_id, userName: u.user_name, nickName: u.nick_name, email: u.email,
    phonenumber: u.phonenumber, sex: u.sex, avatar: u.avatar, status: u.status, delFlag: u.del_flag,
    loginIp: '127.0.0.1', loginDate: u.login_date, pwdUpdateDate: null,
    dept: { deptId: d.dept_id, parentId: d.parent_id, ancestors: d.ancestors, deptName: d.dept_name, orderNum: d.order_num, leader: d.leader, phone: d.phone, email: null, status: d.status, delFlag: null, parentName: null, children: [] },
    roles: roles.map((r) => ({ roleId: r.role_id, roleName: r.role_name, roleKey: r.role_key, roleSort: r.role_sort, dataScope: r.data_scope, status: r.status, flag: false, admin: false })),
    roleIds: null, postIds: null, roleId: null, admin: false,
  };
}
