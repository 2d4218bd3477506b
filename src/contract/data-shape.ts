/**
 * The shape language of the contract: answers and definitions described as plain data
 * (`shapes/*.gen.ts`, generated from openapi.yaml), and the one function that checks data
 * against a shape. The contract's ~100 shapes as data cost a page only those it reads, a
 * few hundred bytes, where a schema library's functions (object, variant, union, record,
 * pipe…) cost about 2 kB in the page that shows a questionnaire, and check a 200-question
 * definition several times slower. Problems are worded as schema libraries word them
 * (`$.lessons[0].durationSeconds: expected number, got "60"`), and the types are inferred.
 *
 * - `'string'`, `'number'`, `'boolean'`; `'int'` for a whole number ≥ 0 (分, counts);
 *   `'date'` for a date-time string; any of them with a `?` (`'string?'`) also `null`;
 * - the literal `'a|b'`: one of those strings;
 * - `[shape]`: an array of it; `{ key: shape }`: an object with those keys (others allowed);
 * - `check<T>((value, path) => problem or null)` for anything else;
 * - the builders in `builders/` for the rest (`orNull`, `optional`, `within`, `text`,
 *   `variant`…), each a module of its own: a bundle takes a module whole, so a page
 *   carries only the builders its shapes use, and the core, which only checks, none.
 *
 * @example
 * const entryShape = shape({ id: 'string', rank: 'number', branchName: 'string?', kind: 'gold|silver', tags: ['string'] });
 */
type Scalar = 'string' | 'number' | 'boolean' | 'int' | 'date';

/** What is wrong and where, as a JSON path into the answer (`$.months[3].paidAt`). */
export interface DataProblem {
  path: string;
  message: string;
}

declare const picked: unique symbol;
declare const checked: unique symbol;
declare const optionalKey: unique symbol;
/** One of a fixed list of strings (`oneOf(list)`); at run time the list joined with `|`. */
export type OneOf<U extends string> = string & { readonly [picked]: U };
/** A shape written as a function, for the data of type `T`. */
export type Check<T> = ((value: unknown, path: string) => DataProblem | null) & { readonly [checked]: T };
/** A key that may be missing (`optional(shape)`). */
export type Optional<T> = Check<T | undefined> & { readonly [optionalKey]: true };

export type Shape =
  | Scalar
  | `${Scalar}?`
  | `${string}|${string}`
  | OneOf<string>
  | readonly [Shape]
  | Check<unknown>
  | { readonly [key: string]: Shape };

type Options<S> = S extends `${infer A}|${infer B}` ? A | Options<B> : S;
type ScalarOf<S> = S extends 'string' | 'date' ? string : S extends 'number' | 'int' ? number : boolean;
type OptionalKeys<S> = { [K in keyof S]: S[K] extends Optional<unknown> ? K : never }[keyof S];
type Flat<T> = { [K in keyof T]: T[K] };
type ObjectOf<S> = Flat<
  { -readonly [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & { -readonly [K in OptionalKeys<S>]?: Exclude<Infer<S[K]>, undefined> }
>;

/** The type of the data a shape accepts. */
export type Infer<S> =
  S extends OneOf<infer U>
    ? U
    : S extends Check<infer T>
      ? T
      : S extends Scalar
        ? ScalarOf<S>
        : S extends `${infer T extends Scalar}?`
          ? ScalarOf<T> | null
          : S extends string
            ? Options<S>
            : S extends readonly [infer E]
              ? Array<Infer<E>>
              : ObjectOf<S>;

/** How a received value is named in a problem: `"60"`, `60`, `null`, `undefined`, `Array`, `Object`. */
export const received = (value: unknown) =>
  typeof value === 'string' ? JSON.stringify(value) : value && typeof value === 'object' ? (Array.isArray(value) ? 'Array' : 'Object') : String(value);

/** The problem "expected …, got …" at `path`. */
export const expected = (path: string, what: string, value: unknown): DataProblem => ({ path, message: `expected ${what}, got ${received(value)}` });

/** `"a" | "b"`: the strings a value may be, for a problem. */
export const choices = (options: string[]) => options.map((o) => `"${o}"`).join(' | ');
export const isObject = (value: unknown): value is Record<string, unknown> => received(value) === 'Object';
/** `$.a.b`, or `$["paid-late"]` for a key that is not a name. */
export const keyPath = (path: string, key: string) => (/^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`);

/** The first place where `value` does not have `shape`, or null when it has it. */
export function shapeProblem(shape: Shape, value: unknown, path = '$'): DataProblem | null {
  if (typeof shape === 'function') return shape(value, path);
  if (typeof shape === 'string') {
    const options = shape.split('|');
    if (options[1]) return options.includes(value as string) ? null : expected(path, choices(options), value);
    const type = shape.replace('?', '');
    if (value === null && type !== shape) return null;
    const base = type === 'int' ? 'number' : type === 'date' ? 'string' : type;
    if (typeof value !== base || value !== value) return expected(path, base, value);
    const wrong = type === 'int' ? !(Number.isInteger(value) && (value as number) >= 0) : type === 'date' && Number.isNaN(Date.parse(value as string));
    return wrong ? expected(path, type === 'int' ? 'a whole number ≥ 0' : 'a date and time', value) : null;
  }
  if (Array.isArray(shape)) {
    if (!Array.isArray(value)) return expected(path, 'Array', value);
    for (const [i, item] of value.entries()) {
      const problem = shapeProblem(shape[0], item, `${path}[${i}]`);
      if (problem) return problem;
    }
    return null;
  }
  if (!isObject(value)) return expected(path, 'Object', value);
  for (const key in shape) {
    const problem = shapeProblem((shape as Record<string, Shape>)[key]!, value[key], keyPath(path, key));
    if (problem) return problem;
  }
  return null;
}

/** Keeps a shape's literal type, so `Infer<typeof s>` is exact: `shape({ id: 'string' })`. */
export const shape = <const S extends Shape>(shape: S): S => shape;

/** `check<T>((value, path) => problem or null)`: a shape written as a function. */
export const check = <T>(test: (value: unknown, path: string) => DataProblem | null) => test as Check<T>;
