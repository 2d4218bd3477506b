// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { within } from '../builders/within.js';
import { CourseProgressSummary } from './CourseProgressSummary.gen.js';
import { LessonProgress } from './LessonProgress.gen.js';

/** The shape of `ProgressReceipt` in openapi.yaml. */
export const ProgressReceipt = { lesson: LessonProgress, course: CourseProgressSummary, creditedNow: /*#__PURE__*/ within(0) } as const;
/** What `reportProgress` answers. */
export { ProgressReceipt as reportProgress };
