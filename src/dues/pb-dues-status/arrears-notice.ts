/**
 * Which arrears message a member sees. One or two months behind shows only in the grid and
 * the amount owed; from three months a notice asks them to catch up; from six (the
 * server's `serious` level) a serious, respectful warning cites the Party Constitution,
 * art. 9: six consecutive months without good reason is treated as leaving the Party.
 */
import type { DuesYear } from '../../api/types.js';
import { NOTICE_FROM_MONTHS } from '../data-check.js';

export type NoticeTone = 'none' | 'notice' | 'serious';

export interface ArrearsNotice {
  tone: NoticeTone;
  months: number;
  since: string | null;
  /** The run began in an earlier year than the one shown: those months are paid from that year. */
  earlierYear: number | null;
}

export function arrearsNotice(arrears: DuesYear['arrears'], shownYear: number): ArrearsNotice {
  const { consecutiveMonths: months, since, level } = arrears;
  const tone: NoticeTone = level === 'serious' ? 'serious' : months >= NOTICE_FROM_MONTHS ? 'notice' : 'none';
  const sinceYear = since ? Number(since.slice(0, 4)) : null;
  return { tone, months, since, earlierYear: tone !== 'none' && sinceYear !== null && sinceYear < shownYear ? sinceYear : null };
}
