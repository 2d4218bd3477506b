// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
/** The shape of `AttendanceStatus` in openapi.yaml. */
export const AttendanceStatus = 'pending|present|leave|absent|made-up|not-expected' as const;
