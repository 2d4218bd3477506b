// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
/** The shape of `CourseRequestVoice` in openapi.yaml. */
export const CourseRequestVoice = { voiced: 'boolean' } as const;
