// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
/** The shape of `EvaluationGradeCounts` in openapi.yaml. */
export const EvaluationGradeCounts = { excellent: 'int', qualified: 'int', basic: 'int', unqualified: 'int' } as const;
