// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
/** The shape of `QuestionnaireStatus` in openapi.yaml. */
export const QuestionnaireStatus = 'open|not-open|closed' as const;
