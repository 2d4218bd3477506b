// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { Id } from './Id.gen.js';
import { StudyAssignment } from './StudyAssignment.gen.js';

/** The shape of `StudyAssignmentList` in openapi.yaml. */
export const StudyAssignmentList = { branchId: Id, items: [StudyAssignment] } as const;
/** What `listStudyAssignments` answers. */
export { StudyAssignmentList as listStudyAssignments };
