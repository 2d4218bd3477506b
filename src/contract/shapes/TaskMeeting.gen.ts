// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { MeetingKind } from './MeetingKind.gen.js';
import { Timestamp } from './Timestamp.gen.js';

/** The shape of `TaskMeeting` in openapi.yaml. */
export const TaskMeeting = { kind: MeetingKind, startsAt: Timestamp, endsAt: Timestamp, place: 'string?', need: 'reply|leave-refused|check-in' } as const;
