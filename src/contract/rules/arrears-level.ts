/**
 * The level of dues arrears, the contract's rule, in a module of its own: the dues widget
 * checks a year's level with it, and a bundle takes a module whole (the rest of the rule,
 * `arrears.ts`, is the site module's).
 */
import type { Arrears } from '../types.js';

/** Six months in a row unpaid without a proper reason is treated as leaving the Party. */
export const SERIOUS_ARREARS_MONTHS = 6;

/** `notice` for any overdue month, `serious` from six in a row (Party Constitution, art. 9). */
export function arrearsLevel(consecutiveMonths: number, overdueMonths: number): Arrears['level'] {
  if (consecutiveMonths >= SERIOUS_ARREARS_MONTHS) return 'serious';
  return overdueMonths > 0 ? 'notice' : 'none';
}
