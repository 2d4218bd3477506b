// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
/** The shape of `TaskUrgency` in openapi.yaml. */
export const TaskUrgency = 'overdue|due-soon|later' as const;
