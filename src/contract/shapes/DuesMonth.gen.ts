// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { YearMonth } from './YearMonth.gen.js';

/** The shape of `DuesMonth` in openapi.yaml. */
export const DuesMonth = { month: YearMonth, status: 'paid|paid-late|unpaid|due|exempt|not-due|before-start', amountFen: 'int', paidAt: 'date?' } as const;
