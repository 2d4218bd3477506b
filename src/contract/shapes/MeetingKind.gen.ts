// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
/** The shape of `MeetingKind` in openapi.yaml. */
export const MeetingKind = 'general-assembly|committee|group|lecture|theme-day' as const;
