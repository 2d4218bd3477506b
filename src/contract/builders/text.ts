import { check, expected } from '../data-shape.js';

/** `text(/^\d{4}-\d{2}$/u, 'a YearMonth like 2026-09')`: text in that format. */
export const text = (pattern: RegExp, what: string) =>
  check<string>((value, path) => (typeof value === 'string' && pattern.test(value) ? null : expected(path, what, value)));
