// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
/** The shape of `PlanStatusCounts` in openapi.yaml. */
export const PlanStatusCounts = { "on-track": 'int', "due-soon": 'int', overdue: 'int', done: 'int' } as const;
