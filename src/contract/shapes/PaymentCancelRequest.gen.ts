// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
/** The shape of `PaymentCancelRequest` in openapi.yaml. */
export const PaymentCancelRequest = {} as const;
