import { shapeProblem, type Infer, type Shape } from '../contract/data-shape.js';
import { ShapeError } from './errors.js';

/**
 * Checks data from a backend against the shape a widget relies on, and returns it typed.
 * A mismatch throws a `ShapeError` naming the endpoint and the JSON path, so a webmaster
 * connecting their own backend sees exactly which field is wrong, and members never see
 * wrong numbers.
 *
 * @example const course = expectShape(courseShape, await backend.getCourse(id), 'GET /api/v1/courses/c1');
 */
export function expectShape<S extends Shape>(shape: S, data: unknown, endpoint: string): Infer<S> {
  const problem = shapeProblem(shape, data);
  if (problem) {
    const from = shapeSources.of?.(data, problem.path);
    throw new ShapeError(endpoint, from ? `${problem.path} (mapped from ${from})` : problem.path, problem.message);
  }
  return data as Infer<S>;
}

/** Set by the site module (field maps): where a mapped answer's field was read from, for the message. */
export const shapeSources: { of?: (data: unknown, path: string) => string | undefined } = {};
