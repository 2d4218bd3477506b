import type { ResolvedSettings } from '../config/settings.js';
import type { Shape } from '../contract/data-shape.js';
import type { Backend } from './backend.js';
import { describeOperation } from './client.js';
import { PbError } from './errors.js';
import { operations, type OperationName } from './operations.js';
import { expectShape } from './shape.js';

/** Per operation, the shape its answer must have, or the promise of it (a shape in a lazy chunk). */
export type AnswerShapes = { [K in OperationName]?: Shape | PromiseLike<Shape | undefined> };

const expected: AnswerShapes = {};

/**
 * Says what the answers of these operations must be: the contract's shape of each
 * (`src/contract/shapes/`, where `getCourse` is in `Course.gen.ts`), perhaps with a
 * widget's rule after it (`then(getDues, totalsAddUp)`). A widget says it in the module
 * that calls the operations, so a page bundles only the shapes its widgets read. A shape
 * in a lazy chunk is given as the promise of it, and answers wait for it; a promise that
 * gives no shape (the chunk did not load, and the widget fails with it) checks nothing.
 *
 * @example
 * expectAnswers({ getCourse, getCourseProgress });
 * expectAnswers({ getStats: chunk.then((view) => view.statsAnswer, () => undefined) });
 */
export function expectAnswers(shapes: AnswerShapes): void {
  Object.assign(expected, shapes);
}

/**
 * The port's check: the backend `serve` gives (at once, or once its code has loaded) with
 * every method checking its answer against the shape expected of its operation before
 * returning it, so widgets receive typed data and a wrong answer is a `ShapeError` naming
 * the endpoint and the JSON path. Every `PbError` it passes on names its `operation`.
 */
export function checkedBackend(settings: ResolvedSettings, serve: () => Backend | Promise<Backend>): Backend {
  return Object.fromEntries(
    Object.keys(operations).map((operation) => [
      operation,
      async (...args: unknown[]) => {
        try {
          const backend = (await serve()) as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
          const data = await backend[operation]!(...args);
          const shape = await expected[operation as OperationName];
          return shape ? expectShape(shape, data, describeOperation(settings, operation as OperationName)) : data;
        } catch (error) {
          // Whatever failed, the page learns which operation it was.
          if (error instanceof PbError) error.operation ??= operation;
          throw error;
        }
      },
    ]),
  ) as unknown as Backend;
}
