// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
/** The shape of `Caption` in openapi.yaml. */
export const Caption = { src: 'string', srclang: 'string', label: 'string', default: 'boolean' } as const;
