// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { orNull } from '../builders/or-null.js';
import { AttendanceStatus } from './AttendanceStatus.gen.js';
import { CheckInRecord } from './CheckInRecord.gen.js';
import { Id } from './Id.gen.js';
import { LeaveRequest } from './LeaveRequest.gen.js';
import { MeetingReplyKind } from './MeetingReplyKind.gen.js';

/** The shape of `MeetingAttendee` in openapi.yaml. */
export const MeetingAttendee = { memberId: Id, name: 'string', reply: /*#__PURE__*/ orNull(MeetingReplyKind), leave: /*#__PURE__*/ orNull(LeaveRequest), checkIn: /*#__PURE__*/ orNull(CheckInRecord), status: AttendanceStatus } as const;
/** What `markAttendance` answers. */
export { MeetingAttendee as markAttendance };
/** What `decideLeave` answers. */
export { MeetingAttendee as decideLeave };
