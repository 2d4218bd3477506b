// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
/** The shape of `TaskCounts` in openapi.yaml. */
export const TaskCounts = { overdue: 'int', "due-soon": 'int', later: 'int', total: 'int' } as const;
