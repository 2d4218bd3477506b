// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
/** The shape of `QuestionnaireMode` in openapi.yaml. */
export const QuestionnaireMode = 'survey|quiz|evaluation' as const;
