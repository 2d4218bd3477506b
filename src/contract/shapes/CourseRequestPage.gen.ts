// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { CourseRequest } from './CourseRequest.gen.js';

/** The shape of `CourseRequestPage` in openapi.yaml. */
export const CourseRequestPage = { items: [CourseRequest], nextCursor: 'string?', total: 'int', unread: 'int' } as const;
/** What `listCourseRequests` answers. */
export { CourseRequestPage as listCourseRequests };
