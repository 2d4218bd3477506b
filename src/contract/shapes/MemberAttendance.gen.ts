// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { within } from '../builders/within.js';
import { AttendanceCounts } from './AttendanceCounts.gen.js';
import { Id } from './Id.gen.js';
import { MemberAttendanceItem } from './MemberAttendanceItem.gen.js';

/** The shape of `MemberAttendance` in openapi.yaml. */
export const MemberAttendance = { memberId: Id, year: /*#__PURE__*/ within(-Infinity, Infinity, true), counts: AttendanceCounts, items: [MemberAttendanceItem] } as const;
/** What `getMyAttendance` answers. */
export { MemberAttendance as getMyAttendance };
