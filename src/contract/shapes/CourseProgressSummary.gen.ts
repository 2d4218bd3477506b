// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { optional } from '../builders/optional.js';
import { orNull } from '../builders/or-null.js';
import { within } from '../builders/within.js';

/** The shape of `CourseProgressSummary` in openapi.yaml. */
export const CourseProgressSummary = { percent: /*#__PURE__*/ within(0, 100, true), creditedSeconds: /*#__PURE__*/ orNull(/*#__PURE__*/ within(0)), completed: 'boolean', creditedHours: /*#__PURE__*/ optional(/*#__PURE__*/ within(0)) } as const;
