import { check, expected, isObject, keyPath, shapeProblem, type Infer, type Shape } from '../data-shape.js';

/** `recordOf('string')`: an object whose every value has the shape. */
export const recordOf = <const S extends Shape>(shape: S) =>
  check<Record<string, Infer<S>>>((value, path) => {
    if (!isObject(value)) return expected(path, 'Object', value);
    for (const key in value) {
      const problem = shapeProblem(shape, value[key], keyPath(path, key));
      if (problem) return problem;
    }
    return null;
  });
