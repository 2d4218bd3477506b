import { type OneOf } from '../data-shape.js';

/** `oneOf(['points', 'hours'])`: a shape for one of these strings. */
export const oneOf = <const T extends readonly string[]>(values: T) => values.join('|') as OneOf<T[number]>;
