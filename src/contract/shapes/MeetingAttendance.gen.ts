// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { AttendanceCounts } from './AttendanceCounts.gen.js';
import { Id } from './Id.gen.js';
import { MeetingAttendee } from './MeetingAttendee.gen.js';

/** The shape of `MeetingAttendance` in openapi.yaml. */
export const MeetingAttendance = { meetingId: Id, counts: AttendanceCounts, members: [MeetingAttendee] } as const;
/** What `getMeetingAttendance` answers. */
export { MeetingAttendance as getMeetingAttendance };
