// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { optional } from '../builders/optional.js';
import { within } from '../builders/within.js';
import { PlanStatus } from './PlanStatus.gen.js';
import { TitledRef } from './TitledRef.gen.js';

/** The shape of `PlanHours` in openapi.yaml. */
export const PlanHours = { year: /*#__PURE__*/ within(-Infinity, Infinity, true), targetHours: /*#__PURE__*/ within(0), creditedHours: /*#__PURE__*/ within(0), expectedHours: /*#__PURE__*/ within(0), behindHours: /*#__PURE__*/ within(0), status: PlanStatus, daysLeft: /*#__PURE__*/ within(-Infinity, Infinity, true), requiredHours: /*#__PURE__*/ optional(/*#__PURE__*/ within(0)), assignments: [TitledRef] } as const;
