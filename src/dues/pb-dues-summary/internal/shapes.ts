/** The structure of `DuesSummary`, counts whole and ≥ 0; `data-check.ts` checks that its numbers add up. */
import type { DuesSummary } from '../../../api/types.js';
import { arrearsLevel } from '../../pb-dues-status/internal/shapes.js';
import type { Infer, Shape } from '../../../api/data-shape.js';

export const duesSummaryShape = {
  branchId: 'string',
  branchName: 'string',
  year: 'number',
  memberCount: 'int',
  rate: 'number',
  months: [{ month: 'string', dueCount: 'int', paidCount: 'int', rate: 'number?' }],
  counts: { paid: 'int', 'paid-late': 'int', unpaid: 'int', due: 'int', exempt: 'int', 'not-due': 'int', 'before-start': 'int' },
  arrears: [{ memberId: 'string', name: 'string', consecutiveMonths: 'int', overdueMonths: 'int', owedFen: 'int', level: arrearsLevel }],
} as const satisfies Shape;

const _summary: [Infer<typeof duesSummaryShape>, DuesSummary] extends [DuesSummary, Infer<typeof duesSummaryShape>] ? true : never = true;
void _summary;
