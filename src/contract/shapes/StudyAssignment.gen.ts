// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { orNull } from '../builders/or-null.js';
import { Id } from './Id.gen.js';
import { LocalDate } from './LocalDate.gen.js';
import { MemberGroup } from './MemberGroup.gen.js';
import { NamedRef } from './NamedRef.gen.js';
import { Timestamp } from './Timestamp.gen.js';

/** The shape of `StudyAssignment` in openapi.yaml. */
export const StudyAssignment = { id: Id, branchId: Id, title: 'string', courseIds: [Id], dueOn: /*#__PURE__*/ orNull(LocalDate), hoursPerYear: 'number?', groups: [MemberGroup], members: [NamedRef], createdAt: Timestamp } as const;
/** What `createStudyAssignment` answers. */
export { StudyAssignment as createStudyAssignment };
/** What `removeStudyAssignment` answers. */
export { StudyAssignment as removeStudyAssignment };
