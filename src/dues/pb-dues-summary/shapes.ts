/** The structure of `DuesSummary`; `data-check.ts` checks that its numbers add up. */
import { array, nullable, number, object, string, type InferOutput } from 'valibot';
import type { DuesSummary } from '../../api/types.js';
import { arrearsLevel } from '../pb-dues-status/shapes.js';

export const duesSummaryShape = object({
  branchId: string(),
  branchName: string(),
  year: number(),
  memberCount: number(),
  rate: number(),
  months: array(object({ month: string(), dueCount: number(), paidCount: number(), rate: nullable(number()) })),
  counts: object({ paid: number(), 'paid-late': number(), unpaid: number(), exempt: number(), 'not-due': number() }),
  arrears: array(object({ memberId: string(), name: string(), consecutiveMonths: number(), owedFen: number(), level: arrearsLevel })),
});

const _summary: InferOutput<typeof duesSummaryShape> extends DuesSummary ? true : never = true;
void _summary;
