import type { GenericSchema } from 'valibot';

/**
 * Shapes of backend answers written as plain data, for `expectShape` and `Resource`:
 * a widget's response shapes are a few dozen fields of strings, numbers and booleans, and
 * each valibot schema function a widget imports (`object`, `array`, `nullable`,
 * `picklist`…) is code in every page that shows it. `shape()` turns such data into a
 * schema valibot's `safeParse` runs like its own, so the checks, the error messages
 * (`$.lessons[0].durationSeconds: expected number, got "60"`) and the inferred types stay
 * what they were.
 *
 * - `'string'`, `'number'`, `'boolean'`; `'int'` for a whole number ≥ 0 (分, counts);
 *   `'date'` for a date-time string; any of them with a `?` (`'string?'`) also `null`;
 * - `oneOf(['a', 'b'])` (or the literal `'a|b'`): one of those strings;
 * - `[shape]`: an array of it; `{ key: shape }`: an object with those keys (others allowed);
 * - `orNull(shape)`: that shape or `null` (for arrays and objects; scalars take the `?`).
 *
 * @example
 * const entryShape = shape({ id: 'string', rank: 'number', branchName: 'string?', kind: oneOf(kinds), tags: ['string'] });
 */
type Scalar = 'string' | 'number' | 'boolean' | 'int' | 'date';
declare const picked: unique symbol;
/** One of a fixed list of strings (`oneOf(list)`); at run time the list joined with `|`. */
export type OneOf<U extends string> = string & { readonly [picked]: U };
const orNullKey: unique symbol = Symbol('or null');
/** A shape that also accepts `null` (`orNull(shape)`). */
export interface OrNull<S> {
  readonly [orNullKey]: S;
}
export type Shape =
  | Scalar
  | `${Scalar}?`
  | `${string}|${string}`
  | OneOf<string>
  | readonly [Shape]
  | OrNull<Shape>
  | { readonly [key: string]: Shape };

type Options<S> = S extends `${infer A}|${infer B}` ? A | Options<B> : S;
type ScalarOf<S> = S extends 'string' | 'date' ? string : S extends 'number' | 'int' ? number : boolean;

/** The type of the data a shape accepts. */
export type Infer<S> =
  S extends OneOf<infer U>
    ? U
    : S extends OrNull<infer T>
      ? Infer<T> | null
      : S extends Scalar
      ? ScalarOf<S>
      : S extends `${infer T extends Scalar}?`
        ? ScalarOf<T> | null
        : S extends string
          ? Options<S>
          : S extends readonly [infer E]
            ? Array<Infer<E>>
            : { -readonly [K in keyof S]: Infer<S[K]> };

/** `orNull({ src: 'string' })`: the shape, or `null`. */
export const orNull = <const S extends Shape>(shape: S): OrNull<S> => ({ [orNullKey]: shape });

/** `oneOf(['points', 'hours'])`: a shape for one of these strings. */
export const oneOf = <const T extends readonly string[]>(values: T) => values.join('|') as OneOf<T[number]>;

/** What is wrong and where, as a JSON path into the answer (`$.months[3].paidAt`). */
export interface DataProblem {
  path: string;
  message: string;
}

/** How valibot words a received value: `"60"`, `60`, `null`, `undefined`, `Array`, `Object`. */
const received = (value: unknown) =>
  typeof value === 'string' ? JSON.stringify(value) : value && typeof value === 'object' ? (Array.isArray(value) ? 'Array' : 'Object') : String(value);

/** The first place where `value` does not have `shape`, or null when it has it. */
export function shapeProblem(shape: Shape, value: unknown, path = '$'): DataProblem | null {
  const wrong = (expected: string) => ({ path, message: `expected ${expected}, got ${received(value)}` });
  if (typeof shape === 'string') {
    const options = shape.split('|');
    if (options[1]) return options.includes(value as string) ? null : wrong(options.map((o) => `"${o}"`).join(' | '));
    const type = shape.replace('?', '');
    if (value === null && type !== shape) return null;
    const base = type === 'int' ? 'number' : type === 'date' ? 'string' : type;
    if (typeof value !== base || value !== value) return wrong(base);
    if (type === 'int' && !(Number.isInteger(value) && (value as number) >= 0)) return { path, message: `${value} is not a whole number ≥ 0` };
    return type === 'date' && Number.isNaN(Date.parse(value as string)) ? { path, message: `"${value}" is not a date and time` } : null;
  }
  if (orNullKey in shape) return value === null ? null : shapeProblem((shape as OrNull<Shape>)[orNullKey], value, path);
  if (Array.isArray(shape)) {
    if (!Array.isArray(value)) return wrong('Array');
    for (const [i, item] of value.entries()) {
      const problem = shapeProblem(shape[0], item, `${path}[${i}]`);
      if (problem) return problem;
    }
    return null;
  }
  if (received(value) !== 'Object') return wrong('Object');
  for (const key in shape) {
    const inner = (shape as Record<string, Shape>)[key]!;
    const problem = shapeProblem(inner, (value as Record<string, unknown>)[key], /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`);
    if (problem) return problem;
  }
  return null;
}

/**
 * A valibot-compatible schema (`safeParse`, `expectShape`, `Resource`) checking `shape`.
 * Its issue carries the JSON path already written out, as `expectShape` shows it.
 */
export function shape<const S extends Shape>(shape: S): GenericSchema<unknown, Infer<S>> {
  return {
    kind: 'schema',
    type: 'shape',
    async: false,
    '~run'(dataset: { value: unknown; typed?: boolean; issues?: unknown[] }) {
      const problem = shapeProblem(shape, dataset.value);
      dataset.typed = !problem;
      if (problem) dataset.issues = [{ kind: 'schema', type: 'shape', input: dataset.value, message: problem.message, path: problem.path }];
      return dataset;
    },
  } as unknown as GenericSchema<unknown, Infer<S>>;
}
