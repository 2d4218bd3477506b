// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { AttendanceCounts } from './AttendanceCounts.gen.js';
import { Id } from './Id.gen.js';

/** The shape of `BranchMemberAttendance` in openapi.yaml. */
export const BranchMemberAttendance = { memberId: Id, name: 'string', counts: AttendanceCounts } as const;
