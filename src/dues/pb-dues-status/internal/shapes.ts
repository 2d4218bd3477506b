/**
 * The structure of `DuesYear` and `Payment` the widget relies on: field types, known
 * statuses, amounts in whole, non-negative 分, dates that are dates. What the numbers
 * mean together (every month once; totals that add up) is checked by `data-check.ts`.
 */
import type { DuesYear, Payment } from '../../../api/types.js';
import { oneOf, orNull, type Infer, type Shape } from '../../../api/data-shape.js';

export const arrearsLevel = 'none|notice|serious';
export const monthStatuses = 'paid|paid-late|unpaid|due|exempt|not-due|before-start';

export const paymentShape = {
  id: 'string',
  status: 'pending|paid|failed|expired|cancelled',
  months: ['string'],
  amountFen: 'int',
  payUrl: 'string?',
  createdAt: 'date',
  expiresAt: 'date?',
  paidAt: 'date?',
  replacedBy: 'string?',
} as const satisfies Shape;

export const duesYearShape = {
  year: 'number',
  basis: {
    category: orNull(oneOf(['in-service', 'retired', 'farmer', 'student', 'unemployed', 'relief'])),
    baseFen: 'int?',
    rate: 'string',
    monthlyFen: 'int',
    description: 'string',
  },
  months: [{ month: 'string', status: monthStatuses, amountFen: 'int', paidAt: 'date?' }],
  paidFen: 'int',
  owedFen: 'int',
  dueFen: 'int',
  arrears: { consecutiveMonths: 'int', since: 'string?', level: arrearsLevel, months: ['string'], owedFen: 'int' },
  contact: { name: 'string', phone: 'string?' },
  payments: [paymentShape],
} as const satisfies Shape;

// The shapes must stay in step with the contract's types, both ways.
const _year: [Infer<typeof duesYearShape>, DuesYear] extends [DuesYear, Infer<typeof duesYearShape>] ? true : never = true;
const _payment: [Infer<typeof paymentShape>, Payment] extends [Payment, Infer<typeof paymentShape>] ? true : never = true;
void _year;
void _payment;
