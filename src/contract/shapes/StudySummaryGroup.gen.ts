// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { orNull } from '../builders/or-null.js';
import { within } from '../builders/within.js';
import { MemberGroup } from './MemberGroup.gen.js';
import { PlanStatusCounts } from './PlanStatusCounts.gen.js';

/** The shape of `StudySummaryGroup` in openapi.yaml. */
export const StudySummaryGroup = { group: MemberGroup, memberCount: 'int', plannedCount: 'int', items: 'int', done: 'int', rate: /*#__PURE__*/ orNull(/*#__PURE__*/ within(0, 1)), counts: PlanStatusCounts, targetHours: /*#__PURE__*/ within(0), creditedHours: /*#__PURE__*/ within(0) } as const;
