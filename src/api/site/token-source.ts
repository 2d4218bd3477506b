import { parseJson } from '../json.js';

/**
 * Reads the member's token where the site's own front end keeps it, so no `getToken`
 * function has to be written: `cookie:Admin-Token` (RuoYi), `localStorage:satoken`,
 * `sessionStorage:token`, and `#path` inside a JSON value (`localStorage:pro__Access-Token#value`,
 * where a storage helper wraps it as `{"value": "…", "expire": …}`).
 *
 * @example tokenReader('cookie:Admin-Token')() // the cookie's value, or undefined
 */
export function tokenReader(from: string): () => string | undefined {
  const [, where = '', name = '', path] = /^(cookie|localStorage|sessionStorage):([^#]+)(?:#(.+))?$/.exec(from.trim()) ?? [];
  return () => {
    let raw: string | null | undefined;
    if (where === 'cookie') {
      const pair = globalThis.document?.cookie.split(/;\s*/).find((p) => p.slice(0, p.indexOf('=')) === name);
      raw = pair === undefined ? undefined : decodeURIComponent(pair.slice(pair.indexOf('=') + 1));
    } else if (where) {
      raw = (globalThis as unknown as Record<string, Storage | undefined>)[where]?.getItem(name);
    }
    if (!raw) return undefined;
    let value: unknown = raw;
    // JSON only when it is JSON text (a wrapped value, a quoted string): a bare 19-digit id
    // read as a number would lose its last digits.
    if (path || /^["{[]/.test(raw)) {
      try {
        value = parseJson(raw);
      } catch {
        // Not JSON after all: the text itself.
      }
    }
    for (const step of path?.split('.') ?? []) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[step] : undefined;
    return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
  };
}

/** Whether `from` is a token source this reader understands. */
export const isTokenSource = (from: unknown) => typeof from === 'string' && /^(cookie|localStorage|sessionStorage):[^#]+(#.+)?$/.test(from.trim());
