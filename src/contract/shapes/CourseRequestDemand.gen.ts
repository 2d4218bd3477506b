// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
/** The shape of `CourseRequestDemand` in openapi.yaml. */
export const CourseRequestDemand = { voices: 'int', answers: 'int', total: 'int' } as const;
