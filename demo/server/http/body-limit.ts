/**
 * Request bodies are read here, first, before routing and authentication, and never beyond
 * their limit: a body declared too large is refused unread, and a chunked one is refused
 * the moment it passes the limit, so no request can make the server hold more than the
 * limit in memory. Routes then read the (small) body as usual.
 */
import type { MiddlewareHandler } from 'hono';
import { htmlResponse } from './html';
import { problems } from './problem';

/** API writes (the contract's 64 KB) and the RuoYi dialect's JSON. */
export const API_BODY_LIMIT = 64 * 1024;
/** The server's own forms (login, logout, the payment page) send a few short fields. */
export const FORM_BODY_LIMIT = 16 * 1024;

const isApi = (path: string) => path.startsWith('/api/') || path.startsWith('/prod-api/');

function tooLarge(path: string): Response {
  const response = isApi(path)
    ? new Response(JSON.stringify(problems.tooLarge().problem), {
        status: 413,
        headers: { 'content-type': 'application/problem+json', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' },
      })
    : htmlResponse('<!doctype html><meta charset="utf-8"><title>413</title><p>请求内容过大。<a href="/">返回首页</a></p>', 413);
  // The rest of the body is not wanted: the connection ends after this answer.
  response.headers.set('connection', 'close');
  return response;
}

/** The body, or null once it passes `limit` (the rest is left unread). */
async function readUpTo(body: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      // Not cancel(): on Node that destroys the socket before the 413 can be sent.
      reader.releaseLock();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

export function limitBodies(): MiddlewareHandler {
  return async (c, next) => {
    const raw = c.req.raw;
    if (raw.method === 'GET' || raw.method === 'HEAD' || !raw.body) return next();
    const path = c.req.path;
    const limit = isApi(path) ? API_BODY_LIMIT : FORM_BODY_LIMIT;
    const declared = c.req.header('content-length');
    if (declared !== undefined && !(Number(declared) <= limit)) return tooLarge(path);
    const bytes = await readUpTo(raw.body, limit);
    if (!bytes) return tooLarge(path);
    c.req.raw = new Request(raw.url, { method: raw.method, headers: raw.headers, body: bytes, signal: raw.signal });
    return next();
  };
}
