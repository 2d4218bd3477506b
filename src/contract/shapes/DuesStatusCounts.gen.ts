// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
/** The shape of `DuesStatusCounts` in openapi.yaml. */
export const DuesStatusCounts = { paid: 'int', "paid-late": 'int', unpaid: 'int', due: 'int', exempt: 'int', "not-due": 'int', "before-start": 'int' } as const;
