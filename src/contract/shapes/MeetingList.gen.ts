// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { within } from '../builders/within.js';
import { Id } from './Id.gen.js';
import { Meeting } from './Meeting.gen.js';
import { Timestamp } from './Timestamp.gen.js';

/** The shape of `MeetingList` in openapi.yaml. */
export const MeetingList = { branchId: Id, year: /*#__PURE__*/ within(-Infinity, Infinity, true), serverTime: Timestamp, items: [Meeting] } as const;
/** What `listMeetings` answers. */
export { MeetingList as listMeetings };
