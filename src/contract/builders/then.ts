import { check, shapeProblem, type DataProblem, type Infer, type Shape } from '../data-shape.js';

/** `then(shape, rule)`: the shape, then a rule over data that has it (what a shape cannot say: sums, lengths that agree). */
export const then = <const S extends Shape>(shape: S, rule: (data: Infer<S>) => DataProblem | null) =>
  check<Infer<S>>((value, path) => shapeProblem(shape, value, path) ?? rule(value as Infer<S>));
