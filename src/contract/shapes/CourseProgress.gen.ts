// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { optional } from '../builders/optional.js';
import { orNull } from '../builders/or-null.js';
import { within } from '../builders/within.js';
import { Id } from './Id.gen.js';
import { LessonProgress } from './LessonProgress.gen.js';

/** The shape of `CourseProgress` in openapi.yaml. */
export const CourseProgress = { courseId: Id, percent: /*#__PURE__*/ within(0, 100, true), creditedSeconds: /*#__PURE__*/ orNull(/*#__PURE__*/ within(0)), completed: 'boolean', creditedHours: /*#__PURE__*/ optional(/*#__PURE__*/ within(0)), lessons: [LessonProgress] } as const;
/** What `getCourseProgress` answers. */
export { CourseProgress as getCourseProgress };
