import { check, choices, expected, isObject, shapeProblem, type Infer, type Shape } from '../data-shape.js';

/**
 * `keyed({ equals: { question: 'string', equals: 'string' }, all: { all: [...] } })`:
 * objects told apart by which key they have; the first key found picks the variant.
 */
export const keyed = <const V extends Record<string, { readonly [key: string]: Shape }>>(variants: V) =>
  check<{ [N in keyof V]: Infer<V[N]> }[keyof V]>((value, path) => {
    const name = isObject(value) ? Object.keys(variants).find((key) => Object.hasOwn(value, key)) : undefined;
    return name ? shapeProblem(variants[name]!, value, path) : expected(path, `an object with ${choices(Object.keys(variants))}`, value);
  });
