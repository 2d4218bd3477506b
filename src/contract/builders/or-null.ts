import { check, shapeProblem, type Infer, type Shape } from '../data-shape.js';

/** `orNull({ src: 'string' })`: the shape, or `null`. */
export const orNull = <const S extends Shape>(shape: S) => check<Infer<S> | null>((value, path) => (value === null ? null : shapeProblem(shape, value, path)));
