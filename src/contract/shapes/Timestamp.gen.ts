// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
/** The shape of `Timestamp` in openapi.yaml. */
export const Timestamp = 'date' as const;
