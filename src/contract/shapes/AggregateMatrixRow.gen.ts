// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
/** The shape of `AggregateMatrixRow` in openapi.yaml. */
export const AggregateMatrixRow = { value: 'string', label: 'string', counts: ['int'], answered: 'int' } as const;
