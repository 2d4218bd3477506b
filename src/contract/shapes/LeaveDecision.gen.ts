// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { optional } from '../builders/optional.js';

/** The shape of `LeaveDecision` in openapi.yaml. */
export const LeaveDecision = { approved: 'boolean', note: /*#__PURE__*/ optional('string') } as const;
