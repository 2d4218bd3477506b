// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
/** The shape of `ReminderSubject` in openapi.yaml. */
export const ReminderSubject = 'dues|study|questionnaire|general' as const;
