// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { orNull } from '../builders/or-null.js';
import { within } from '../builders/within.js';

/** The shape of `AttendanceCounts` in openapi.yaml. */
export const AttendanceCounts = { expected: /*#__PURE__*/ within(-Infinity, Infinity, true), present: /*#__PURE__*/ within(-Infinity, Infinity, true), leave: /*#__PURE__*/ within(-Infinity, Infinity, true), absent: /*#__PURE__*/ within(-Infinity, Infinity, true), madeUp: /*#__PURE__*/ within(-Infinity, Infinity, true), pending: /*#__PURE__*/ within(-Infinity, Infinity, true), rate: /*#__PURE__*/ orNull(/*#__PURE__*/ within(0, 1)) } as const;
