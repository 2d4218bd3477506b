import { ProblemError, type FieldError } from './errors.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined;
}

/**
 * Field errors from a problem body. Our contract uses `errors: [{pointer, detail}]`;
 * RFC 7807's example `invalid-params: [{name, reason}]` is read too, since many
 * backends copied it.
 */
function fieldErrors(body: Record<string, unknown>): FieldError[] {
  const list = Array.isArray(body['errors']) ? body['errors'] : Array.isArray(body['invalid-params']) ? body['invalid-params'] : [];
  return list.filter(isRecord).flatMap((item) => {
    const name = text(item['pointer']) ?? text(item['name']);
    const detail = text(item['detail']) ?? text(item['reason']) ?? text(item['message']);
    if (!name || !detail) return [];
    // The code is what a widget branches on (`expired`, `required`…); kept when the backend sends one.
    const code = text(item['code']);
    return [{ pointer: name.startsWith('/') || name.startsWith('#') ? name : `/${name}`, detail, ...(code ? { code } : {}) }];
  });
}

/** A backend's own code for the failure (`"A0301"`, `500`), kept for the page's handlers. */
export const businessCode = (code: unknown) => (typeof code === 'string' || typeof code === 'number' ? code : undefined);

/**
 * Turns an error response into one `ProblemError`. A problem+json body gives title,
 * detail, type and field errors; anything else (an HTML error page from a proxy) still
 * yields the status and a readable title.
 */
export function problemFromResponse(
  status: number,
  statusText: string,
  body: unknown,
  retryAfterMs: number | undefined,
): ProblemError {
  const problem = isRecord(body) ? body : {};
  return new ProblemError({
    status,
    title: text(problem['title']) ?? text(problem['message']) ?? text(problem['msg']) ?? (statusText || `HTTP ${status}`),
    detail: text(problem['detail']),
    type: text(problem['type']),
    fieldErrors: fieldErrors(problem),
    retryAfter: retryAfterMs === undefined ? undefined : retryAfterMs / 1000,
    code: businessCode(problem['code']),
  });
}
