// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { YearMonth } from './YearMonth.gen.js';

/** The shape of `PaymentRequest` in openapi.yaml. */
export const PaymentRequest = { months: [YearMonth] } as const;
