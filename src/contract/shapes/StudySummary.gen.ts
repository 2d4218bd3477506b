// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { within } from '../builders/within.js';
import { Id } from './Id.gen.js';
import { LocalDate } from './LocalDate.gen.js';
import { PlanStatusCounts } from './PlanStatusCounts.gen.js';
import { StudySummaryGroup } from './StudySummaryGroup.gen.js';
import { StudySummaryMember } from './StudySummaryMember.gen.js';

/** The shape of `StudySummary` in openapi.yaml. */
export const StudySummary = { branchId: Id, branchName: 'string', year: /*#__PURE__*/ within(-Infinity, Infinity, true), asOf: LocalDate, memberCount: 'int', plannedCount: 'int', rate: /*#__PURE__*/ within(0, 1), counts: PlanStatusCounts, groups: [StudySummaryGroup], members: [StudySummaryMember] } as const;
/** What `getStudySummary` answers. */
export { StudySummary as getStudySummary };
