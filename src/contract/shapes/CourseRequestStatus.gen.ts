// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
/** The shape of `CourseRequestStatus` in openapi.yaml. */
export const CourseRequestStatus = 'received|planned|available|declined|merged' as const;
