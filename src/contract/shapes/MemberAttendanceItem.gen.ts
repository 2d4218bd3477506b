// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { AttendanceStatus } from './AttendanceStatus.gen.js';
import { Id } from './Id.gen.js';
import { MeetingKind } from './MeetingKind.gen.js';
import { Timestamp } from './Timestamp.gen.js';

/** The shape of `MemberAttendanceItem` in openapi.yaml. */
export const MemberAttendanceItem = { meetingId: Id, kind: MeetingKind, topic: 'string', startsAt: Timestamp, status: AttendanceStatus } as const;
