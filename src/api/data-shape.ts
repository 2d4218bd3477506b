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
 * - `'string'`, `'number'`, `'boolean'`; with a `?` (`'string?'`) also `null`;
 * - `oneOf(['a', 'b'])` (or the literal `'a|b'`): one of those strings;
 * - `[shape]`: an array of it; `{ key: shape }`: an object with those keys (others allowed);
 * - `orNull(shape)`: that shape or `null` (for arrays and objects; scalars take the `?`).
 *
 * @example
 * const entryShape = shape({ id: 'string', rank: 'number', branchName: 'string?', kind: oneOf(kinds), tags: ['string'] });
 */
type Scalar = 'string' | 'number' | 'boolean';
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
type ScalarOf<S> = S extends 'string' ? string : S extends 'number' ? number : boolean;

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

interface Issue {
  path: Array<{ key: string | number }>;
  expected: string;
  received: string;
}

/** How valibot words a received value: `"60"`, `60`, `null`, `undefined`, `Array`, `Object`. */
const received = (value: unknown) =>
  typeof value === 'string' ? JSON.stringify(value) : value && typeof value === 'object' ? (Array.isArray(value) ? 'Array' : 'Object') : String(value);

/** The first place where `value` does not have `shape`. */
function issueOf(shape: Shape, value: unknown, path: Issue['path']): Issue | undefined {
  const wrong = (expected: string) => ({ path, expected, received: received(value) });
  if (typeof shape === 'string') {
    const options = shape.split('|');
    if (options[1]) return options.includes(value as string) ? undefined : wrong(options.map((o) => `"${o}"`).join(' | '));
    const type = shape.replace('?', '');
    return (value === null && type !== shape) || (typeof value === type && value === value) ? undefined : wrong(type);
  }
  if (orNullKey in shape) return value === null ? undefined : issueOf((shape as OrNull<Shape>)[orNullKey], value, path);
  if (Array.isArray(shape)) {
    if (!Array.isArray(value)) return wrong('Array');
    for (const [i, item] of value.entries()) {
      const issue = issueOf(shape[0], item, [...path, { key: i }]);
      if (issue) return issue;
    }
    return undefined;
  }
  if (received(value) !== 'Object') return wrong('Object');
  for (const key in shape) {
    const issue = issueOf((shape as Record<string, Shape>)[key]!, (value as Record<string, unknown>)[key], [...path, { key }]);
    if (issue) return issue;
  }
  return undefined;
}

/** A valibot-compatible schema (`safeParse`, `expectShape`, `Resource`) checking `shape`. */
export function shape<const S extends Shape>(shape: S): GenericSchema<unknown, Infer<S>> {
  return {
    kind: 'schema',
    type: 'shape',
    async: false,
    '~run'(dataset: { value: unknown; typed?: boolean; issues?: unknown[] }) {
      const issue = issueOf(shape, dataset.value, []);
      dataset.typed = !issue;
      if (issue) dataset.issues = [{ kind: 'schema', type: 'shape', input: dataset.value, message: `expected ${issue.expected}`, ...issue }];
      return dataset;
    },
  } as unknown as GenericSchema<unknown, Infer<S>>;
}
