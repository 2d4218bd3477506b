// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { orNull } from '../builders/or-null.js';
import { within } from '../builders/within.js';
import { Id } from './Id.gen.js';
import { LocalDate } from './LocalDate.gen.js';
import { MemberGroup } from './MemberGroup.gen.js';
import { PlanCourse } from './PlanCourse.gen.js';
import { PlanHours } from './PlanHours.gen.js';
import { PlanStatus } from './PlanStatus.gen.js';
import { PlanStatusCounts } from './PlanStatusCounts.gen.js';

/** The shape of `StudyPlan` in openapi.yaml. */
export const StudyPlan = { memberId: Id, year: /*#__PURE__*/ within(-Infinity, Infinity, true), asOf: LocalDate, groups: [MemberGroup], status: /*#__PURE__*/ orNull(PlanStatus), counts: PlanStatusCounts, courses: [PlanCourse], hours: /*#__PURE__*/ orNull(PlanHours) } as const;
/** What `getMyStudyPlan` answers. */
export { StudyPlan as getMyStudyPlan };
