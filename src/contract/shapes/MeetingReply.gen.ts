// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { optional } from '../builders/optional.js';
import { MeetingReplyKind } from './MeetingReplyKind.gen.js';

/** The shape of `MeetingReply` in openapi.yaml. */
export const MeetingReply = { reply: MeetingReplyKind, reason: /*#__PURE__*/ optional('string') } as const;
