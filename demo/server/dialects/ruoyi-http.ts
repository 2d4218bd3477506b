/**
 * How the RuoYi-like dialect talks: RuoYi's `AjaxResult` (`{code, msg, data}`) and
 * `TableDataInfo` (`{code, msg, rows, total}`), always with HTTP 200, and the sub-request
 * that turns one dialect call into a call of the contract on the same app. Forwarding the
 * caller's cookie, bearer token, CSRF header and idempotency key means every rule of the
 * contract (auth, CSRF, validation, exactly-once writes) holds on this side too.
 */
import type { Context, Hono } from 'hono';
import { randomUUID } from 'node:crypto';
import { API_BASE } from '../http/operation';

export const RUOYI_BASE = '/prod-api';

const FORWARDED = ['authorization', 'cookie', 'x-csrf-token', 'idempotency-key'];

/** RuoYi's success envelope. */
export function ok(c: Context, data: unknown) {
  return c.json({ code: 200, msg: '操作成功', data });
}

/** RuoYi's list envelope; `extra` members sit beside `rows` (RuoYi puts them there too). */
export function table(c: Context, rows: unknown[], total: number, extra: Record<string, unknown> = {}) {
  return c.json({ code: 200, msg: '查询成功', ...extra, rows, total });
}

/** RuoYi reports every failure inside HTTP 200: 401, 403, else 500 with a message. */
export function fail(c: Context, code: number, msg: string) {
  return c.json({ code: code === 401 || code === 403 ? code : 500, msg });
}

export interface Forwarded {
  status: number;
  body: Record<string, unknown> & { items?: unknown[]; nextCursor?: string | null };
}

/** Thrown to end a dialect handler with an error envelope. */
export class DialectError extends Error {
  constructor(readonly code: number, message: string) {
    super(message);
  }
}

function problemMessage(body: Record<string, unknown>): string {
  const errors = Array.isArray(body.errors) ? (body.errors as Array<{ pointer?: string; detail?: string }>) : [];
  const detail = typeof body.detail === 'string' ? `：${body.detail}` : '';
  const fields = errors.map((e) => `${e.pointer ?? ''} ${e.detail ?? ''}`.trim()).join('；');
  return `${String(body.title ?? '请求失败')}${detail}${fields ? `（${fields}）` : ''}`;
}

/**
 * Calls the contract operation at `path` (below /api/v1) as the caller. A write without an
 * Idempotency-Key (RuoYi clients send none) gets a fresh one, so it runs once as sent.
 * Resolves to the contract's body; throws `DialectError` for a problem.
 */
export async function forward(app: Hono, c: Context, method: string, path: string, body?: unknown): Promise<Forwarded> {
  const headers = new Headers({ accept: 'application/json' });
  for (const name of FORWARDED) {
    const value = c.req.header(name);
    if (value) headers.set(name, value);
  }
  if (body !== undefined) {
    headers.set('content-type', 'application/json');
    if (!headers.has('idempotency-key')) headers.set('idempotency-key', randomUUID());
  }
  const response = await app.request(`${API_BASE}${path}`, {
    method,
    headers,
    body: body === undefined ? null : JSON.stringify(body),
  });
  const parsed = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) throw new DialectError(response.status, problemMessage(parsed));
  return { status: response.status, body: parsed };
}

/** A query string of the defined, non-empty values (RuoYi sends empty filters as ""). */
export function query(values: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined && value !== null && value !== '') search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** pageNum/pageSize as RuoYi reads them: positive integers, defaults 1 and 10. */
export function paging(c: Context): { pageNum: number; pageSize: number } {
  const int = (raw: string | undefined, fallback: number, max: number) => {
    const n = Number(raw);
    return Number.isInteger(n) && n >= 1 ? Math.min(n, max) : fallback;
  };
  return { pageNum: int(c.req.query('pageNum'), 1, 10_000), pageSize: int(c.req.query('pageSize'), 10, 100) };
}

/**
 * Page `pageNum` of a cursor-paged contract list: follows the contract's cursors, so the
 * dialect needs no knowledge of what a cursor holds.
 */
export async function pageByNumber(app: Hono, c: Context, path: string, params: Record<string, string | number | undefined>) {
  const { pageNum, pageSize } = paging(c);
  let cursor: string | undefined;
  let page: Forwarded['body'] = { items: [], nextCursor: null, total: 0 };
  for (let n = 1; n <= pageNum; n++) {
    page = (await forward(app, c, 'GET', path + query({ ...params, limit: pageSize, cursor }))).body;
    if (n < pageNum && !page.nextCursor) return { ...page, items: [] };
    cursor = page.nextCursor ?? undefined;
  }
  return page;
}

/** Wraps a dialect handler: a `DialectError` becomes RuoYi's error envelope. */
export function handle(run: (c: Context) => Promise<Response>) {
  return async (c: Context) => {
    try {
      return await run(c);
    } catch (error) {
      if (error instanceof DialectError) return fail(c, error.code, error.message);
      throw error;
    }
  };
}

/** A JSON body, or a 500 envelope saying it is not one. */
export async function jsonBody(c: Context): Promise<Record<string, unknown>> {
  const body = (await c.req.json().catch(() => null)) as unknown;
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new DialectError(500, '请求体不是 JSON 对象');
  return body as Record<string, unknown>;
}
