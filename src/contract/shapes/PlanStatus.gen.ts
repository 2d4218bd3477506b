// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
/** The shape of `PlanStatus` in openapi.yaml. */
export const PlanStatus = 'on-track|due-soon|overdue|done' as const;
