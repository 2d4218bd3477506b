/** Opaque cursors: base64url JSON, so clients cannot (and need not) read them. */
import { problems } from './problem';

export function encodeCursor(value: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** The decoded cursor, or a 400 naming the `cursor` parameter. */
export function decodeCursor<T extends Record<string, unknown>>(cursor: string, isValid: (v: Record<string, unknown>) => v is T): T {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (value && typeof value === 'object' && !Array.isArray(value) && isValid(value as Record<string, unknown>)) return value as T;
  } catch {
    // Falls through to the problem below.
  }
  throw problems.validation([{ pointer: '/cursor', in: 'query', code: 'wrong-format', detail: 'is not a cursor this server issued' }]);
}

export interface OffsetCursor extends Record<string, unknown> {
  o: number;
}

export function isOffsetCursor(v: Record<string, unknown>): v is OffsetCursor {
  return Number.isInteger(v.o) && (v.o as number) >= 0 && (v.o as number) < 1_000_000;
}

/** One page of an in-memory list. */
export function pageOf<T>(items: readonly T[], query: Record<string, unknown>) {
  const limit = (query.limit as number | undefined) ?? 20;
  const offset = query.cursor ? decodeCursor(query.cursor as string, isOffsetCursor).o : 0;
  const next = offset + limit;
  return {
    items: items.slice(offset, next),
    nextCursor: next < items.length ? encodeCursor({ o: next }) : null,
    total: items.length,
  };
}
