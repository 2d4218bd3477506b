/** RuoYi's answer shapes and request helpers, shared by the study, exam and dues routes. */
import type { Context } from 'hono';

export interface LoginUser {
  userId: number;
  userName: string;
  deptId: number;
  permissions: Set<string>;
}

export type RuoyiEnv = { Variables: { user: LoginUser } };
export type RuoyiContext = Context<RuoyiEnv>;

/** A ServiceException: becomes `{code, msg}` in an HTTP 200 answer. */
export class RuoyiError extends Error {
  constructor(readonly code: number, message: string) {
    super(message);
  }
}

/** AjaxResult.success(): `data` is left out when there is none (StringUtils.isNotNull). */
export function success(c: Context, data?: unknown, msg = '操作成功'): Response {
  return c.json(data === undefined || data === null ? { msg, code: 200 } : { msg, code: 200, data });
}

/** BaseController.getDataTable(). */
export function table(c: Context, rows: unknown[], total: number): Response {
  return c.json({ total, rows, code: 200, msg: '查询成功' });
}

/** PageHelper's pageNum/pageSize (defaults 1 and 10, no "reasonable" correction). */
export function page(c: Context): { limit: number; offset: number } {
  const num = Math.max(1, Number(c.req.query('pageNum')) || 1);
  const size = Math.max(1, Number(c.req.query('pageSize')) || 10);
  return { limit: size, offset: (num - 1) * size };
}

export function requirePermi(c: RuoyiContext, perm: string): void {
  if (!c.get('user').permissions.has(perm)) throw new RuoyiError(403, '没有权限，请联系管理员授权');
}

export async function body(c: Context): Promise<Record<string, any>> {
  try {
    const value = await c.req.json();
    if (value && typeof value === 'object' && !Array.isArray(value)) return value;
  } catch {
    // Spring's HttpMessageNotReadableException, answered below like RuoYi's handler does.
  }
  throw new RuoyiError(500, '请求参数格式不正确');
}
