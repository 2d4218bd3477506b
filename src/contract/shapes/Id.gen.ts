// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
/** The shape of `Id` in openapi.yaml. */
export const Id = 'string' as const;
