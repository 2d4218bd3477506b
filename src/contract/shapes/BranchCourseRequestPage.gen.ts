// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { CourseRequest } from './CourseRequest.gen.js';
import { Id } from './Id.gen.js';
import { TopicDemand } from './TopicDemand.gen.js';

/** The shape of `BranchCourseRequestPage` in openapi.yaml. */
export const BranchCourseRequestPage = { branchId: Id, branchName: 'string', items: [CourseRequest], nextCursor: 'string?', total: 'int', topics: [TopicDemand] } as const;
/** What `getBranchCourseRequests` answers. */
export { BranchCourseRequestPage as getBranchCourseRequests };
