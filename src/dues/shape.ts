/**
 * A small structural check of the dues answers, in place of valibot schemas: the dues
 * widgets already walk every field to check what the numbers mean (`data-check.ts`), and
 * valibot's schema functions would more than double what they add to a page. A shape is
 * written as plain data and its TypeScript type is inferred from it, so `shapes.ts` can
 * assert at compile time that it matches the contract's types.
 *
 * @example const problem = shapeProblem({ id: 'string', at: 'string?', status: 'paid|unpaid' }, data);
 */
import { unknown, type GenericSchema } from 'valibot';
import { ShapeError } from '../api/errors.js';
import type { DuesProblem } from './data-check.js';

/**
 * `'number'`, `'string'`; `'int'` for a whole number ≥ 0 (分, counts); `'date'` for a
 * date-time string; any of them with `?` for "or null"; `'a|b|c'` for one of those
 * strings; `[shape]` for an array of it; an object of shapes for an object with those keys.
 */
type Scalar = 'number' | 'string' | 'int' | 'date';
export type Shape = Scalar | `${Scalar}?` | `${string}|${string}` | readonly [Shape] | { readonly [key: string]: Shape };

type OneOf<S> = S extends `${infer A}|${infer B}` ? A | OneOf<B> : S;
type Value<S> = S extends 'number' | 'int' ? number : S extends 'string' | 'date' ? string : never;

/** The type of data that has the shape. */
export type Infer<S> = S extends Scalar
  ? Value<S>
  : S extends `${infer T extends Scalar}?`
    ? Value<T> | null
    : S extends string
      ? OneOf<S>
      : S extends readonly [infer E]
        ? Array<Infer<E>>
        : { -readonly [K in keyof S]: Infer<S[K]> };

const typeOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'Array' : typeof value);

/** The first place where `value` does not have `shape`, as a JSON path, or null. */
export function shapeProblem(shape: Shape, value: unknown, path = '$'): DuesProblem | null {
  const got = typeOf(value);
  const wrong = (expected: string): DuesProblem => ({ path, message: `expected ${expected}, got ${got === 'string' ? JSON.stringify(value) : got}` });
  if (typeof shape === 'string') {
    const options = shape.split('|');
    if (options.length > 1) return options.includes(value as string) ? null : wrong(options.map((o) => `"${o}"`).join(' | '));
    const type = shape.replace('?', '');
    if (value === null && type !== shape) return null;
    const base = type === 'int' ? 'number' : type === 'date' ? 'string' : type;
    if (got !== base) return wrong(base);
    if (type === 'int' && !(Number.isInteger(value) && (value as number) >= 0)) return { path, message: `${value} is not a whole number ≥ 0` };
    return type === 'date' && Number.isNaN(Date.parse(value as string)) ? { path, message: `"${value}" is not a date and time` } : null;
  }
  if (Array.isArray(shape)) {
    if (got !== 'Array') return wrong('Array');
    for (const [i, item] of (value as unknown[]).entries()) {
      const problem = shapeProblem(shape[0], item, `${path}[${i}]`);
      if (problem) return problem;
    }
    return null;
  }
  if (got !== 'object') return wrong('Object');
  for (const [key, inner] of Object.entries(shape)) {
    const problem = shapeProblem(inner, (value as Record<string, unknown>)[key], /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}["${key}"]`);
    if (problem) return problem;
  }
  return null;
}

/** `data` once `check` finds no problem in it; otherwise a `ShapeError` naming the endpoint, the JSON path and what is wrong. */
export function expectChecked<T>(data: unknown, endpoint: string, check: (data: unknown) => DuesProblem | null): T {
  const problem = check(data);
  if (problem) throw new ShapeError(endpoint, problem.path, problem.message);
  return data as T;
}

/** A `Resource` schema for data its `load` has already passed through `expectChecked`. */
export const checkedInLoad = <T>(): GenericSchema<unknown, T> => unknown() as GenericSchema<unknown, unknown> as GenericSchema<unknown, T>;
