// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { orNull } from '../builders/or-null.js';
import { YearMonth } from './YearMonth.gen.js';

/** The shape of `Arrears` in openapi.yaml. */
export const Arrears = { consecutiveMonths: 'int', since: /*#__PURE__*/ orNull(YearMonth), level: 'none|notice|serious', months: [YearMonth], owedFen: 'int' } as const;
