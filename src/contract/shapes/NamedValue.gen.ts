// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
/** The shape of `NamedValue` in openapi.yaml. */
export const NamedValue = { value: 'string', label: 'string' } as const;
