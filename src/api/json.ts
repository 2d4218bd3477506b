/**
 * Whole numbers of 16 digits or more standing as a JSON value (after `:`, `[` or `,`, and
 * before `,`, `]` or `}`), and strings, which are skipped so digits inside them stay as
 * they are.
 */
const longInteger = /("(?:[^"\\]|\\.)*")|(?<=[:[,]\s*)-?\d{16,}(?=\s*[,\]}])/g;

/**
 * `JSON.parse`, except that an integer beyond 2^53 (a 19-digit snowflake id sent as a JSON
 * number, as many Spring Boot systems do) becomes its exact digits as a string instead of
 * a rounded number: `1798234567890123456` would read back as `1798234567890123500`, and
 * the lesson or member it names would silently be another one.
 *
 * @example parseJson('{"id":1798234567890123456}') // { id: '1798234567890123456' }
 */
export function parseJson(text: string): unknown {
  return JSON.parse(text.replace(longInteger, (match, string?: string) => string ?? (Number.isSafeInteger(+match) ? match : `"${match}"`)));
}
