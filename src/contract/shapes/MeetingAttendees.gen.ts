// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { optional } from '../builders/optional.js';

/** The shape of `MeetingAttendees` in openapi.yaml. */
export const MeetingAttendees = { scope: 'branch|committee|group', group: /*#__PURE__*/ optional('string?') } as const;
