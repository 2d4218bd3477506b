// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { optional } from '../builders/optional.js';
import { orNull } from '../builders/or-null.js';
import { within } from '../builders/within.js';
import { Id } from './Id.gen.js';
import { LocalDate } from './LocalDate.gen.js';
import { MemberGroup } from './MemberGroup.gen.js';

/** The shape of `StudyAssignmentCreate` in openapi.yaml. */
export const StudyAssignmentCreate = { title: 'string', courseIds: [Id], dueOn: /*#__PURE__*/ optional(/*#__PURE__*/ orNull(LocalDate)), hoursPerYear: /*#__PURE__*/ optional(/*#__PURE__*/ orNull(/*#__PURE__*/ within(0.5, 500))), groups: [MemberGroup], memberIds: [Id] } as const;
