// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
/** The shape of `Period` in openapi.yaml. */
export const Period = 'week|month|quarter|year|all' as const;
