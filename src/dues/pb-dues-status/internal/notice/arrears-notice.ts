/**
 * Which arrears message a member sees: the one the backend's level asks for. Any overdue
 * month (one that ended unpaid) gives a notice to catch up, with how many months and what
 * they come to; six in a row (`serious`) a serious, respectful warning citing the Party
 * Constitution, art. 9: six consecutive months without good reason is treated as leaving
 * the Party. This month, still unpaid, is due, not overdue: it never makes a notice.
 */
import type { DuesYear } from '../../../../api/types.js';

export type NoticeTone = 'none' | 'notice' | 'serious';

export interface ArrearsNotice {
  tone: NoticeTone;
  /** Overdue months, or for `serious` the months in a row. */
  months: number;
  /** The oldest overdue month, or for `serious` the month the run began. */
  since: string | null;
  /** What every overdue month comes to, in 分. */
  owedFen: number;
}

export function arrearsNotice(arrears: DuesYear['arrears']): ArrearsNotice {
  const { level: tone, owedFen } = arrears;
  return tone === 'serious'
    ? { tone, months: arrears.consecutiveMonths, since: arrears.since, owedFen }
    : { tone, months: arrears.months.length, since: arrears.months[0] ?? null, owedFen };
}
