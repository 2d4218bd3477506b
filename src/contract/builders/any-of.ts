import { check, expected, shapeProblem, type Infer, type Shape } from '../data-shape.js';

const nameOf = (shape: Shape) => (typeof shape === 'string' ? shape.replace('?', '') : Array.isArray(shape) ? 'Array' : 'Object');

/** `anyOf(['string', 'number'])`: data that has one of the shapes. */
export const anyOf = <const S extends readonly Shape[]>(shapes: S) =>
  check<Infer<S[number]>>((value, path) =>
    shapes.some((shape) => !shapeProblem(shape, value, path)) ? null : expected(path, shapes.map(nameOf).join(' | '), value),
  );
