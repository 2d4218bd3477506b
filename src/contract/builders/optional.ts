import { check, shapeProblem, type Infer, type Optional, type Shape } from '../data-shape.js';

/** `optional('boolean')`: the shape, or a missing key. */
export const optional = <const S extends Shape>(shape: S) =>
  check<Infer<S> | undefined>((value, path) => (value === undefined ? null : shapeProblem(shape, value, path))) as Optional<Infer<S>>;
