// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
/** The shape of `MemberCategory` in openapi.yaml. */
export const MemberCategory = 'in-service|retired|farmer|student|unemployed|relief' as const;
