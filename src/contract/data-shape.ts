/**
 * Shapes of backend answers and definitions written as plain data, for `expectShape` and
 * `Resource`. A widget's shapes are a few dozen fields of strings, numbers and booleans;
 * as data they cost every page a few hundred bytes for all widgets together, where a
 * schema library's functions (object, variant, union, record, pipe…) cost about 2 kB in
 * the page that shows a questionnaire, and check a 200-question definition several times
 * slower. Problems are worded as schema libraries word them
 * (`$.lessons[0].durationSeconds: expected number, got "60"`), and the types are inferred.
 *
 * - `'string'`, `'number'`, `'boolean'`; `'int'` for a whole number ≥ 0 (分, counts);
 *   `'date'` for a date-time string; any of them with a `?` (`'string?'`) also `null`;
 * - `oneOf(['a', 'b'])` (or the literal `'a|b'`): one of those strings;
 * - `[shape]`: an array of it; `{ key: shape }`: an object with those keys (others allowed);
 * - `orNull(shape)`, `optional(shape)` (the key may be missing), `recordOf(shape)`,
 *   `anyOf([shapes])`, `variant('type', { name: { …keys } })` (objects told apart by a key);
 * - `check<T>((value, path) => problem or null)` for anything else (ranges, recursion).
 *
 * @example
 * const entryShape = shape({ id: 'string', rank: 'number', branchName: 'string?', kind: oneOf(kinds), tags: ['string'] });
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

const choices = (options: string[]) => options.map((o) => `"${o}"`).join(' | ');
const isObject = (value: unknown): value is Record<string, unknown> => received(value) === 'Object';
const keyPath = (path: string, key: string) => (/^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`);

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
    if (type === 'int' && !(Number.isInteger(value) && (value as number) >= 0)) return { path, message: `${value} is not a whole number ≥ 0` };
    return type === 'date' && Number.isNaN(Date.parse(value as string)) ? { path, message: `"${value}" is not a date and time` } : null;
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

/** `oneOf(['points', 'hours'])`: a shape for one of these strings. */
export const oneOf = <const T extends readonly string[]>(values: T) => values.join('|') as OneOf<T[number]>;

/** `orNull({ src: 'string' })`: the shape, or `null`. */
export const orNull = <const S extends Shape>(shape: S) => check<Infer<S> | null>((value, path) => (value === null ? null : shapeProblem(shape, value, path)));

/** `optional('boolean')`: the shape, or a missing key. */
export const optional = <const S extends Shape>(shape: S) =>
  check<Infer<S> | undefined>((value, path) => (value === undefined ? null : shapeProblem(shape, value, path))) as Optional<Infer<S>>;

/** `recordOf('string')`: an object whose every value has the shape. */
export const recordOf = <const S extends Shape>(shape: S) =>
  check<Record<string, Infer<S>>>((value, path) => {
    if (!isObject(value)) return expected(path, 'Object', value);
    for (const key in value) {
      const problem = shapeProblem(shape, value[key], keyPath(path, key));
      if (problem) return problem;
    }
    return null;
  });

const nameOf = (shape: Shape) => (typeof shape === 'string' ? shape.replace('?', '') : Array.isArray(shape) ? 'Array' : 'Object');

/** `anyOf(['string', 'number'])`: data that has one of the shapes. */
export const anyOf = <const S extends readonly Shape[]>(shapes: S) =>
  check<Infer<S[number]>>((value, path) =>
    shapes.some((shape) => !shapeProblem(shape, value, path)) ? null : expected(path, shapes.map(nameOf).join(' | '), value),
  );

/**
 * `variant('type', { single: { options: [option] }, rating: { scale: 'int' } })`: objects
 * told apart by `key`; the one named by its value must have that variant's keys.
 */
export const variant = <const K extends string, const V extends Record<string, { readonly [key: string]: Shape }>>(key: K, variants: V) =>
  check<{ [N in keyof V]: Flat<{ [P in K]: N } & Infer<V[N]>> }[keyof V]>((value, path) => {
    if (!isObject(value)) return expected(path, 'Object', value);
    const name = value[key];
    if (typeof name !== 'string' || !Object.hasOwn(variants, name)) return expected(keyPath(path, key), choices(Object.keys(variants)), name);
    return shapeProblem(variants[name]!, value, path);
  });

/** `within(2, 10, true)`: a whole number from 2 to 10; `within(0)`: a number ≥ 0. */
export const within = (min: number, max = Infinity, integer = false) =>
  check<number>((value, path) =>
    typeof value === 'number' && value >= min && value <= max && (!integer || Number.isInteger(value))
      ? null
      : expected(path, `${integer ? 'an integer' : 'a number'}${min > -Infinity ? ` from ${min}` : ''}${max < Infinity ? ` to ${max}` : ''}`, value),
  );

/** `text(/^\d{4}-\d{2}$/, 'a YearMonth')`: text matching a pattern, of `min` to `max` characters. */
export const text = (pattern: RegExp | undefined, what: string, min = 0, max = Infinity) =>
  check<string>((value, path) => {
    const length = typeof value === 'string' ? [...value].length : -1;
    return length >= min && length <= max && (!pattern || pattern.test(value as string)) ? null : expected(path, what, value);
  });

/**
 * `keyed({ equals: { question: 'string', equals: 'string' }, all: { all: [...] } })`:
 * objects told apart by which key they have; the first key found picks the variant.
 */
export const keyed = <const V extends Record<string, { readonly [key: string]: Shape }>>(variants: V) =>
  check<{ [N in keyof V]: Infer<V[N]> }[keyof V]>((value, path) => {
    const name = isObject(value) ? Object.keys(variants).find((key) => Object.hasOwn(value, key)) : undefined;
    return name ? shapeProblem(variants[name]!, value, path) : expected(path, `an object with ${choices(Object.keys(variants))}`, value);
  });

/** `then(shape, rule)`: the shape, then a rule over data that has it (what a shape cannot say: sums, lengths that agree). */
export const then = <const S extends Shape>(shape: S, rule: (data: Infer<S>) => DataProblem | null) =>
  check<Infer<S>>((value, path) => shapeProblem(shape, value, path) ?? rule(value as Infer<S>));
