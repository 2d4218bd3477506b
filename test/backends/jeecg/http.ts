/**
 * JeecgBoot's answer shapes (org.jeecg.common.api.vo.Result, MyBatis-Plus IPage, @Dict's
 * `_dictText` companions) and request helpers, shared by its routes.
 */
import type { Context } from 'hono';
import type { Db } from '../shared/db';

export interface JeecgUser {
  id: string;
  username: string;
  orgCode: string;
}

export type JeecgEnv = { Variables: { user: JeecgUser } };

/** Result.OK(data): `message` stays "" unless given; Result.OK("添加成功！") puts the text in `result` too. */
export function okResult(c: Context, result: unknown = null, message = '', now = Date.now()): Response {
  return c.json({ success: true, message, code: 200, result, timestamp: now });
}

/** Result.error(msg): code 500 and success false, in HTTP 200 (the JWT filter's 401 aside). */
export class JeecgError extends Error {
  constructor(message: string, readonly code = 500, readonly status: 200 | 401 = 200) {
    super(message);
  }
}

/** IPage<T> as Jackson writes MyBatis-Plus's Page, from `pageNo`/`pageSize` (defaults 1 and 10). */
export function ipage(c: Context, total: number, rows: (limit: number, offset: number) => unknown[]): Record<string, unknown> {
  const current = Math.max(1, Number(c.req.query('pageNo')) || 1);
  const size = Math.max(1, Number(c.req.query('pageSize')) || 10);
  return { records: rows(size, (current - 1) * size), total, size, current, orders: [], optimizeCountSql: true, searchCount: true, maxLimit: null, countId: null, pages: Math.ceil(total / size) };
}

/**
 * QueryGenerator's rule for a string parameter: `*党史*` is LIKE '%党史%'; anything else
 * must be equal. Returns the SQL condition and its argument, or null when not given.
 */
export function queryRule(c: Context, param: string, column: string): [string, string] | null {
  const value = c.req.query(param);
  if (!value) return null;
  return value.includes('*') ? [`${column} LIKE ?`, value.replaceAll('*', '%')] : [`${column} = ?`, value];
}

/** DictAspect: for each @Dict field `x`, adds `x_dictText` with the item's text. */
export function withDictText(db: Db, row: Record<string, unknown>, fields: Record<string, string>): Record<string, unknown> {
  const out = { ...row };
  for (const [field, dictCode] of Object.entries(fields)) {
    out[`${field}_dictText`] = (db.prepare('SELECT i.item_text FROM sys_dict_item i JOIN sys_dict d ON d.id = i.dict_id WHERE d.dict_code = ? AND i.item_value = ?').pluck().get(dictCode, String(row[field] ?? '')) as string | undefined) ?? '';
  }
  return out;
}

export async function jsonBody(c: Context): Promise<Record<string, any>> {
  try {
    const value = await c.req.json();
    if (value && typeof value === 'object' && !Array.isArray(value)) return value;
  } catch {
    // HttpMessageNotReadableException, answered as Jeecg's handler does.
  }
  throw new JeecgError('参数格式错误');
}
