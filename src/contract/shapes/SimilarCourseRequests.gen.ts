// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { within } from '../builders/within.js';
import { CourseRequest } from './CourseRequest.gen.js';
import { Id } from './Id.gen.js';

/** The shape of `SimilarCourseRequests` in openapi.yaml. */
export const SimilarCourseRequests = { requests: [{ request: CourseRequest, score: /*#__PURE__*/ within(0, 1) }], courses: [{ id: Id, title: 'string', category: 'string', score: /*#__PURE__*/ within(0, 1) }] } as const;
/** What `findSimilarCourseRequests` answers. */
export { SimilarCourseRequests as findSimilarCourseRequests };
