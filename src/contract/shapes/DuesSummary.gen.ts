// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { orNull } from '../builders/or-null.js';
import { within } from '../builders/within.js';
import { DuesStatusCounts } from './DuesStatusCounts.gen.js';
import { Id } from './Id.gen.js';
import { YearMonth } from './YearMonth.gen.js';

/** The shape of `DuesSummary` in openapi.yaml. */
export const DuesSummary = { branchId: Id, branchName: 'string', year: /*#__PURE__*/ within(-Infinity, Infinity, true), memberCount: 'int', rate: /*#__PURE__*/ within(0, 1), months: [{ month: YearMonth, dueCount: 'int', paidCount: 'int', rate: /*#__PURE__*/ orNull(/*#__PURE__*/ within(0, 1)) }], counts: DuesStatusCounts, arrears: [{ memberId: Id, name: 'string', consecutiveMonths: 'int', overdueMonths: /*#__PURE__*/ within(1, Infinity, true), owedFen: 'int', level: 'none|notice|serious' }] } as const;
/** What `getDuesSummary` answers. */
export { DuesSummary as getDuesSummary };
