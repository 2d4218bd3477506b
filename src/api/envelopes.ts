import { ProblemError } from './errors.js';
import type { OperationName } from './operations.js';
import { businessCode } from './problem.js';
import type { Member } from './types.js';

/** What an adapter knows about the call whose body it unwraps. */
export interface AdapterContext {
  operation: OperationName;
  /** The parameters the call was made with (path and query), e.g. `cursor`, `limit`. */
  params: Readonly<Record<string, unknown>>;
  status: number;
  /** The signed-in member, when the library already knows it. */
  member?: Member | undefined;
}

/**
 * Turns a backend's response body into the contract's shape. Throw a `ProblemError` to
 * report a failure the backend signalled inside a 200 response.
 */
export type ResponseAdapter = (body: unknown, context: AdapterContext) => unknown;

/**
 * Envelopes that existing party-building backends use:
 * - `none`: the body is the contract's shape (the reference server);
 * - `code-msg-data`: RuoYi's `{code, msg, data}` and `{code, msg, rows, total}`;
 * - `success-data`: `{success, data, message}` in any letter case (`{Success, Data}`), or
 *   `{success, result, message}` (JeecgBoot);
 * - `rows-total`: a bare `{rows, total}` list.
 */
export type EnvelopePreset = 'none' | 'code-msg-data' | 'success-data' | 'rows-total';

export const envelopePresets: readonly EnvelopePreset[] = ['none', 'code-msg-data', 'success-data', 'rows-total'];

type Body = Record<string, unknown>;

function isRecord(value: unknown): value is Body {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a member regardless of letter case: `data`, `Data`, `DATA`. */
function member(body: Body, name: string): unknown {
  if (name in body) return body[name];
  const key = Object.keys(body).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : body[key];
}

/** A non-envelope body is passed through so the shape check can name what is wrong. */
function envelopeError(context: AdapterContext, code: unknown, message: unknown): ProblemError {
  const numeric = Number(code);
  const text = typeof message === 'string' && message ? message : undefined;
  return new ProblemError({
    status: Number.isInteger(numeric) && numeric >= 400 && numeric <= 599 ? numeric : 400,
    title: text ?? `${context.operation} failed (code ${String(code)})`,
    // The backend's words for the member, shown as the message.
    detail: text,
    // A business error inside a 200 envelope is an answer, not a hiccup: never retried.
    transient: false,
    code: businessCode(code),
  });
}

/** The envelope's own members; anything else beside `rows` belongs to the page. */
const envelopeMembers = new Set(['code', 'msg', 'message', 'success', 'rows', 'total']);

/**
 * A `{rows, total}` list as a contract page. Such backends page by number
 * (`pageNum`/`pageSize`); the cursor is that number as a string, starting at 1.
 * Other members beside `rows` (a course list's `categories`, a ranking's `me`) are kept.
 */
function rowsPage(body: Body, context: AdapterContext): unknown {
  const rows = member(body, 'rows');
  const total = Number(member(body, 'total'));
  if (!Array.isArray(rows)) return body;
  const page = Math.max(1, Number(context.params['cursor'] ?? 1) || 1);
  const size = Number(context.params['limit'] ?? 0) || rows.length;
  const more = Number.isFinite(total) && rows.length > 0 && page * size < total;
  const extras = Object.fromEntries(Object.entries(body).filter(([key]) => !envelopeMembers.has(key.toLowerCase())));
  return { ...extras, items: rows, total: Number.isFinite(total) ? total : rows.length, nextCursor: more ? String(page + 1) : null };
}

/**
 * The adapter for a preset. `successCodes` are the `code` values meaning success in a
 * `code-msg-data` envelope (RuoYi: 200; others 0 or "200").
 */
export function presetAdapter(preset: EnvelopePreset, successCodes: ReadonlyArray<number | string>): ResponseAdapter {
  const isSuccess = (code: unknown) => successCodes.some((ok) => String(ok) === String(code));
  switch (preset) {
    case 'none':
      return (body) => body;
    case 'rows-total':
      return (body, context) => (isRecord(body) ? rowsPage(body, context) : body);
    case 'code-msg-data':
      return (body, context) => {
        if (!isRecord(body) || member(body, 'code') === undefined) return body;
        const code = member(body, 'code');
        if (!isSuccess(code)) throw envelopeError(context, code, member(body, 'msg') ?? member(body, 'message'));
        return member(body, 'rows') !== undefined ? rowsPage(body, context) : member(body, 'data');
      };
    case 'success-data':
      return (body, context) => {
        if (!isRecord(body) || typeof member(body, 'success') !== 'boolean') return body;
        if (member(body, 'success') !== true) {
          throw envelopeError(context, member(body, 'code'), member(body, 'message') ?? member(body, 'msg'));
        }
        // JeecgBoot's Result carries it as `result`.
        return member(body, 'data') ?? member(body, 'result');
      };
  }
}
