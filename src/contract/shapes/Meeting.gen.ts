// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { orNull } from '../builders/or-null.js';
import { within } from '../builders/within.js';
import { Id } from './Id.gen.js';
import { MeetingKind } from './MeetingKind.gen.js';
import { MeetingMaterial } from './MeetingMaterial.gen.js';
import { MeetingMine } from './MeetingMine.gen.js';
import { MeetingStatus } from './MeetingStatus.gen.js';
import { Timestamp } from './Timestamp.gen.js';

/** The shape of `Meeting` in openapi.yaml. */
export const Meeting = { id: Id, branchId: Id, kind: MeetingKind, topic: 'string', startsAt: Timestamp, endsAt: Timestamp, checkInOpensAt: Timestamp, checkInClosesAt: Timestamp, place: 'string?', onlineUrl: 'string?', onlineAllowed: 'boolean', attendees: { scope: 'branch|committee|group', group: 'string?' }, expectedCount: /*#__PURE__*/ within(-Infinity, Infinity, true), status: MeetingStatus, materials: [MeetingMaterial], makeUpCourseId: /*#__PURE__*/ orNull(Id), mine: MeetingMine } as const;
/** What `getMeeting` answers. */
export { Meeting as getMeeting };
/** What `replyToMeeting` answers. */
export { Meeting as replyToMeeting };
/** What `checkInMeeting` answers. */
export { Meeting as checkInMeeting };
/** What `createMeeting` answers. */
export { Meeting as createMeeting };
