// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { within } from '../builders/within.js';
import { CoursePolicy } from './CoursePolicy.gen.js';
import { CourseProgressSummary } from './CourseProgressSummary.gen.js';
import { Id } from './Id.gen.js';
import { Lesson } from './Lesson.gen.js';

/** The shape of `Course` in openapi.yaml. */
export const Course = { id: Id, title: 'string', description: 'string', category: 'string', required: 'boolean', coverUrl: 'string?', lessonCount: 'int', durationSeconds: /*#__PURE__*/ within(0), creditHours: /*#__PURE__*/ within(0), progress: CourseProgressSummary, policy: CoursePolicy, lessons: [Lesson] } as const;
/** What `getCourse` answers. */
export { Course as getCourse };
