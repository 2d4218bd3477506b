// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
/** The shape of `LessonDocument` in openapi.yaml. */
export const LessonDocument = { src: 'string', type: 'string' } as const;
