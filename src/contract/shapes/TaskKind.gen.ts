// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
/** The shape of `TaskKind` in openapi.yaml. */
export const TaskKind = 'course|questionnaire|evaluation|dues|reminder|meeting' as const;
