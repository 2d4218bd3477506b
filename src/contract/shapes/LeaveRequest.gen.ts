// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { optional } from '../builders/optional.js';
import { orNull } from '../builders/or-null.js';
import { Timestamp } from './Timestamp.gen.js';

/** The shape of `LeaveRequest` in openapi.yaml. */
export const LeaveRequest = { reason: 'string', status: 'pending|approved|refused', decidedAt: /*#__PURE__*/ orNull(Timestamp), note: /*#__PURE__*/ optional('string?') } as const;
