// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { within } from '../builders/within.js';
import { Id } from './Id.gen.js';

/** The shape of `CourseRequestsSeen` in openapi.yaml. */
export const CourseRequestsSeen = { seen: [{ id: Id, revision: /*#__PURE__*/ within(0, 1000000, true) }] } as const;
