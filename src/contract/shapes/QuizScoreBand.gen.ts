// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
/** The shape of `QuizScoreBand` in openapi.yaml. */
export const QuizScoreBand = { from: 'number', to: 'number', count: 'int' } as const;
