// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { within } from '../builders/within.js';
import { CourseProgressSummary } from './CourseProgressSummary.gen.js';
import { Id } from './Id.gen.js';

/** The shape of `CourseSummary` in openapi.yaml. */
export const CourseSummary = { id: Id, title: 'string', description: 'string', category: 'string', required: 'boolean', coverUrl: 'string?', lessonCount: 'int', durationSeconds: /*#__PURE__*/ within(0), creditHours: /*#__PURE__*/ within(0), progress: CourseProgressSummary } as const;
