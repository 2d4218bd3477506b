/**
 * Dues answers are checked in the widgets' `load`, shape first (`shapeProblem` of
 * `api/data-shape.ts`) and then what the numbers mean (`data-check.ts`), so a wrong answer
 * is one error naming the JSON path, whichever check found it.
 */
import { unknown, type GenericSchema } from 'valibot';
import type { DataProblem } from '../api/data-shape.js';
import { ShapeError } from '../api/errors.js';

/** `data` once `check` finds no problem in it; otherwise a `ShapeError` naming the endpoint, the JSON path and what is wrong. */
export function expectChecked<T>(data: unknown, endpoint: string, check: (data: unknown) => DataProblem | null): T {
  const problem = check(data);
  if (problem) throw new ShapeError(endpoint, problem.path, problem.message);
  return data as T;
}

/** A `Resource` schema for data its `load` has already passed through `expectChecked`. */
export const checkedInLoad = <T>(): GenericSchema<unknown, T> => unknown() as GenericSchema<unknown, unknown> as GenericSchema<unknown, T>;
