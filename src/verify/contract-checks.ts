/**
 * The contract's check of one HTTP answer, for `pb-verify <api-base>`: the shapes the port
 * checks answers with in a page (`src/contract/shapes/`, generated from openapi.yaml), so
 * what pb-verify passes, the widgets take. An error's body is problem details; a success's
 * is the operation's answer.
 */
import { shapeProblem, type DataProblem } from '../contract/data-shape.js';
import * as answers from '../contract/answers.gen.js';
import { Problem } from '../contract/shapes/Problem.gen.js';
import type { OperationName } from '../api/operations.js';

/** The first place the body of `operation`'s answer with `status` differs from the contract, or null. */
export function contractProblem(operation: OperationName, status: number, body: unknown): DataProblem | null {
  const shape = status >= 400 ? Problem : (answers as Partial<Record<OperationName, (typeof answers)[keyof typeof answers]>>)[operation];
  return shape ? shapeProblem(shape, body) : null;
}
