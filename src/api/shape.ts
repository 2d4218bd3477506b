import { safeParse, type GenericSchema, type InferOutput } from 'valibot';
import { ShapeError } from './errors.js';

/**
 * `$.items[3].progress.percent` from valibot's issue path; plain-data shapes
 * (`data-shape.ts`) give theirs written out already.
 */
function pathOf(path: ReadonlyArray<{ key: unknown }> | string | undefined): string {
  if (typeof path === 'string') return path;
  let text = '$';
  for (const { key } of path ?? []) {
    text += typeof key === 'number' ? `[${key}]` : /^[A-Za-z_$][\w$]*$/.test(String(key)) ? `.${String(key)}` : `[${JSON.stringify(key)}]`;
  }
  return text;
}

/**
 * Checks data from a backend against the shape a widget relies on, and returns it typed.
 * A mismatch throws a `ShapeError` naming the endpoint and the JSON path, so a webmaster
 * connecting their own backend sees exactly which field is wrong, and members never see
 * wrong numbers.
 *
 * @example const course = expectShape(courseSchema, await backend.getCourse(id), 'GET /api/v1/courses/c1');
 */
export function expectShape<S extends GenericSchema>(schema: S, data: unknown, endpoint: string): InferOutput<S> {
  const result = safeParse(schema, data, { abortEarly: true });
  if (result.success) return result.output;
  const [issue] = result.issues;
  throw new ShapeError(endpoint, pathOf(issue.path as Parameters<typeof pathOf>[0]), issue.expected ? `expected ${issue.expected}, got ${issue.received}` : issue.message);
}
