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

/** The shape of `StudySummaryMember` in openapi.yaml. */
export const StudySummaryMember = { memberId: Id, name: 'string', groups: [MemberGroup], status: PlanStatus, items: 'int', done: 'int', counts: PlanStatusCounts, overdueDays: 'int', nextDueOn: /*#__PURE__*/ orNull(LocalDate), behindHours: /*#__PURE__*/ within(0), courses: [PlanCourse], hours: /*#__PURE__*/ orNull(PlanHours) } as const;
