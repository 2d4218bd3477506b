// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
/** The shape of `Metric` in openapi.yaml. */
export const Metric = 'points|study-hours|study-time|completion-rate|participation-rate|dues-rate|attendance-rate' as const;
