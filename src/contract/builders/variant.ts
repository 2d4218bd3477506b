import { check, choices, expected, isObject, keyPath, shapeProblem, type Infer, type Shape } from '../data-shape.js';

type Flat<T> = { [K in keyof T]: T[K] };

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
