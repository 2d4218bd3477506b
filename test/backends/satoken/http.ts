/** The Sa-Token style system's answer shapes and its own-id rule, shared by its routes. */
import type { Context } from 'hono';
import { stringify } from './json';

export type SaEnv = { Variables: { userId: string; body: Record<string, any> } };

/** A BusinessException: HTTP status and an Alibaba-manual style string code. */
export class SaError extends Error {
  constructor(readonly status: 400 | 401 | 403 | 404 | 409, readonly code: string, message: string) {
    super(message);
  }
}

export function ok(c: Context, data: unknown = null, msg = 'ok'): Response {
  return c.body(stringify({ code: 200, msg, data }), 200, { 'content-type': 'application/json' });
}

/** MyBatis-Plus Page<T> as Jackson writes it. */
export function pageOf(c: Context, count: (sql: string) => bigint, rows: (limit: number, offset: number) => unknown[]): Response {
  const current = Math.max(1, Number(c.req.query('current')) || 1);
  const size = Math.max(1, Number(c.req.query('size')) || 10);
  const total = Number(count('count(*)'));
  return ok(c, { records: rows(size, (current - 1) * size), total, size, current, orders: [], optimizeCountSql: true, searchCount: true, maxLimit: null, countId: null, pages: Math.ceil(total / size) });
}

/** @ResourceAccess: a member reads and writes only under their own id. */
export function ownId(c: Context<SaEnv>, param = 'userId'): string {
  const id = c.req.param(param);
  if (id !== c.get('userId')) throw new SaError(403, 'A0301', '访问未授权');
  return id!;
}
