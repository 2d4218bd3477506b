// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
/** The shape of `AttendanceMark` in openapi.yaml. */
export const AttendanceMark = { present: 'boolean' } as const;
