// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { optional } from '../builders/optional.js';
import { Id } from './Id.gen.js';
import { LocalDate } from './LocalDate.gen.js';

/** The shape of `CourseRequestStatusChange` in openapi.yaml. */
export const CourseRequestStatusChange = { status: 'planned|available|declined|merged', plannedOn: /*#__PURE__*/ optional(LocalDate), courseId: /*#__PURE__*/ optional(Id), reason: /*#__PURE__*/ optional('string'), mergedInto: /*#__PURE__*/ optional(Id), topic: /*#__PURE__*/ optional('string') } as const;
