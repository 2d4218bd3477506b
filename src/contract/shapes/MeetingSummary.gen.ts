// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { within } from '../builders/within.js';
import { AttendanceCounts } from './AttendanceCounts.gen.js';
import { Meeting } from './Meeting.gen.js';

/** The shape of `MeetingSummary` in openapi.yaml. */
export const MeetingSummary = { meeting: Meeting, counts: AttendanceCounts, leavePending: /*#__PURE__*/ within(-Infinity, Infinity, true) } as const;
