// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { orNull } from '../builders/or-null.js';
import { CourseRequestDemand } from './CourseRequestDemand.gen.js';
import { CourseRequestMine } from './CourseRequestMine.gen.js';
import { CourseRequestStatus } from './CourseRequestStatus.gen.js';
import { Id } from './Id.gen.js';
import { LocalDate } from './LocalDate.gen.js';
import { NamedRef } from './NamedRef.gen.js';
import { TitledRef } from './TitledRef.gen.js';

/** The shape of `CourseRequest` in openapi.yaml. */
export const CourseRequest = { id: Id, branchId: Id, title: 'string', details: 'string', category: 'string', topic: 'string', anonymous: 'boolean', requester: /*#__PURE__*/ orNull(NamedRef), status: CourseRequestStatus, revision: 'int', createdOn: LocalDate, statusChangedAt: 'date?', plannedOn: /*#__PURE__*/ orNull(LocalDate), course: /*#__PURE__*/ orNull(TitledRef), declineReason: 'string?', mergedInto: /*#__PURE__*/ orNull(TitledRef), voices: 'int', demand: CourseRequestDemand, mine: CourseRequestMine } as const;
/** What `createCourseRequest` answers. */
export { CourseRequest as createCourseRequest };
/** What `setCourseRequestVoice` answers. */
export { CourseRequest as setCourseRequestVoice };
/** What `setCourseRequestStatus` answers. */
export { CourseRequest as setCourseRequestStatus };
