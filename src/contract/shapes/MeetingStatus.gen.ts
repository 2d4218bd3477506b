// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
/** The shape of `MeetingStatus` in openapi.yaml. */
export const MeetingStatus = 'upcoming|open|ended' as const;
