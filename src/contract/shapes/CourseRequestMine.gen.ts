// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
/** The shape of `CourseRequestMine` in openapi.yaml. */
export const CourseRequestMine = { asked: 'boolean', voiced: 'boolean', unread: 'boolean' } as const;
