// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
/** The shape of `MeetingReplyKind` in openapi.yaml. */
export const MeetingReplyKind = 'attend|leave' as const;
