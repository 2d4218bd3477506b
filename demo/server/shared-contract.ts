/**
 * Everything the server takes from the contract it shares with the widgets, in one place:
 * the OpenAPI document (read as a file) and the contract's pure rules both sides apply.
 * Today they live under src/; when the contract gets a folder of its own, only this file
 * changes. No other server file reaches outside demo/server (test/import-graph.test.ts).
 */
import { fileURLToPath } from 'node:url';

/** A course's `durationSeconds` is the sum of this over its lessons, as the player lists them. */
export { lessonLength } from '../../src/education/pb-course-player/lessons';

export const CONTRACT_PATH = fileURLToPath(new URL('../../src/api/openapi.yaml', import.meta.url));
