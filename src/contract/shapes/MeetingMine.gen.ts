// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { orNull } from '../builders/or-null.js';
import { AttendanceStatus } from './AttendanceStatus.gen.js';
import { CheckInRecord } from './CheckInRecord.gen.js';
import { LeaveRequest } from './LeaveRequest.gen.js';
import { MeetingReplyKind } from './MeetingReplyKind.gen.js';

/** The shape of `MeetingMine` in openapi.yaml. */
export const MeetingMine = { expected: 'boolean', reply: /*#__PURE__*/ orNull(MeetingReplyKind), leave: /*#__PURE__*/ orNull(LeaveRequest), checkIn: /*#__PURE__*/ orNull(CheckInRecord), attendance: AttendanceStatus } as const;
