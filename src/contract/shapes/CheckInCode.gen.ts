// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { text } from '../builders/text.js';
import { within } from '../builders/within.js';
import { Id } from './Id.gen.js';
import { Timestamp } from './Timestamp.gen.js';

/** The shape of `CheckInCode` in openapi.yaml. */
export const CheckInCode = { meetingId: Id, code: /*#__PURE__*/ text(/^[0-9]{6}$/u, "text matching ^[0-9]{6}$"), periodSeconds: /*#__PURE__*/ within(-Infinity, Infinity, true), rotatesAt: Timestamp, serverTime: Timestamp } as const;
/** What `getMeetingCheckInCode` answers. */
export { CheckInCode as getMeetingCheckInCode };
