// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
/** The shape of `EmptyRequest` in openapi.yaml. */
export const EmptyRequest = {} as const;
