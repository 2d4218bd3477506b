// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { orNull } from '../builders/or-null.js';
import { within } from '../builders/within.js';
import { Id } from './Id.gen.js';
import { LocalDate } from './LocalDate.gen.js';
import { PlanStatus } from './PlanStatus.gen.js';
import { TitledRef } from './TitledRef.gen.js';

/** The shape of `PlanCourse` in openapi.yaml. */
export const PlanCourse = { courseId: Id, title: 'string', category: 'string', creditHours: /*#__PURE__*/ within(0), dueOn: /*#__PURE__*/ orNull(LocalDate), daysLeft: /*#__PURE__*/ orNull(/*#__PURE__*/ within(-Infinity, Infinity, true)), percent: /*#__PURE__*/ within(0, 100, true), completed: 'boolean', status: PlanStatus, assignments: [TitledRef] } as const;
