// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { within } from '../builders/within.js';
import { AttendanceCounts } from './AttendanceCounts.gen.js';
import { BranchMemberAttendance } from './BranchMemberAttendance.gen.js';
import { CadenceKind } from './CadenceKind.gen.js';
import { Id } from './Id.gen.js';
import { MeetingSummary } from './MeetingSummary.gen.js';
import { PartyGroup } from './PartyGroup.gen.js';
import { Timestamp } from './Timestamp.gen.js';

/** The shape of `BranchMeetings` in openapi.yaml. */
export const BranchMeetings = { branchId: Id, branchName: 'string', year: /*#__PURE__*/ within(-Infinity, Infinity, true), serverTime: Timestamp, memberCount: /*#__PURE__*/ within(-Infinity, Infinity, true), committeeCount: /*#__PURE__*/ within(-Infinity, Infinity, true), groups: [PartyGroup], meetings: [MeetingSummary], members: [BranchMemberAttendance], cadence: [CadenceKind], counts: AttendanceCounts } as const;
/** What `getBranchMeetings` answers. */
export { BranchMeetings as getBranchMeetings };
