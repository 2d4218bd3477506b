// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { optional } from '../builders/optional.js';
import { orNull } from '../builders/or-null.js';
import { Id } from './Id.gen.js';
import { MeetingAttendees } from './MeetingAttendees.gen.js';
import { MeetingKind } from './MeetingKind.gen.js';
import { Timestamp } from './Timestamp.gen.js';

/** The shape of `MeetingCreate` in openapi.yaml. */
export const MeetingCreate = { kind: MeetingKind, topic: 'string', startsAt: Timestamp, endsAt: Timestamp, place: /*#__PURE__*/ optional('string?'), onlineUrl: /*#__PURE__*/ optional('string?'), onlineAllowed: 'boolean', attendees: MeetingAttendees, makeUpCourseId: /*#__PURE__*/ optional(/*#__PURE__*/ orNull(Id)) } as const;
