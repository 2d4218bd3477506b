/**
 * The structure of `DuesYear` and `Payment` the widget relies on: field types and known
 * statuses. What the numbers mean (whole, non-negative 分; every month once; totals that
 * add up) is checked by `data-check.ts`, which names the problem.
 */
import { array, nullable, number, object, picklist, string, type InferOutput } from 'valibot';
import type { DuesYear, Payment } from '../../api/types.js';

export const monthStatus = picklist(['paid', 'paid-late', 'unpaid', 'exempt', 'not-due']);
export const arrearsLevel = picklist(['none', 'notice', 'serious']);

export const paymentShape = object({
  id: string(),
  status: picklist(['pending', 'paid', 'failed', 'expired']),
  months: array(string()),
  amountFen: number(),
  payUrl: string(),
  createdAt: string(),
  expiresAt: string(),
  paidAt: nullable(string()),
});

export const duesYearShape = object({
  year: number(),
  basis: object({
    category: picklist(['in-service', 'retired', 'farmer', 'student', 'unemployed', 'relief']),
    baseFen: nullable(number()),
    rate: string(),
    monthlyFen: number(),
    description: string(),
  }),
  months: array(object({ month: string(), status: monthStatus, amountFen: number(), paidAt: nullable(string()) })),
  paidFen: number(),
  owedFen: number(),
  arrears: object({ consecutiveMonths: number(), since: nullable(string()), level: arrearsLevel }),
  contact: object({ name: string(), phone: nullable(string()) }),
  payments: array(paymentShape),
});

// The shapes must stay in step with the contract's types.
const _year: InferOutput<typeof duesYearShape> extends DuesYear ? true : never = true;
const _payment: InferOutput<typeof paymentShape> extends Payment ? true : never = true;
void _year;
void _payment;
