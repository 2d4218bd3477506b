/**
 * JSON the way this Spring Boot system's Jackson writes and reads it: Long ids (19-digit
 * snowflakes) are written as plain JSON numbers, beyond 2^53, with every digit; incoming
 * numbers that large are read exactly (as decimal strings), so an id a client rounded no
 * longer matches anything.
 */
const MARK = '\u0000long:';

/** JSON text in which every bigint (every integer read from the database) is an exact number. */
export function stringify(value: unknown): string {
  const text = JSON.stringify(value, (_key, v) => (typeof v === 'bigint' ? MARK + v.toString() : v));
  return text.replace(/"\\u0000long:(-?\d+)"/g, '$1');
}

/** JSON.parse, except integers beyond 2^53 arrive as their exact decimal strings. */
export function parseExact(text: string): unknown {
  const safe = text.replace(/"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g, (token) =>
    token.startsWith('"') || !/^-?\d+$/.test(token) || Number.isSafeInteger(Number(token)) ? token : `"${token}"`,
  );
  return JSON.parse(safe);
}
