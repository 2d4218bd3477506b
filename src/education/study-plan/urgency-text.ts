/** Urgency and days in the member's language: "逾期 10 天", "还剩 14 天", "12月21日截止". */
import { formatDate, formatNumber } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locale.js';
import { planWords } from './strings/index.js';
import type { Urgency } from './urgency.js';

/** A day `YYYY-MM-DD` as `12月21日` / `Dec 21`, with the year when it is not `year`. */
export function dayName(locale: Locale, day: string, year?: number): string {
  const withYear = year !== undefined && !day.startsWith(`${year}-`);
  return formatDate(locale, `${day}T00:00:00Z`, { ...(withYear ? { year: 'numeric' } : {}), month: 'short', day: 'numeric', timeZone: 'UTC' });
}

/** Study hours as written beside a target: `22.1`, `24`. */
export const hoursText = (locale: Locale, hours: number): string => formatNumber(locale, hours, 1);

export function urgencyText(locale: Locale, urgency: Urgency): string {
  const s = planWords(locale);
  switch (urgency.kind) {
    case 'overdue':
      return s.overdue(urgency.days);
    case 'due':
      return s.dueIn(urgency.days);
    case 'behind':
      return s.behind(hoursText(locale, urgency.hours));
    case 'undated':
      return s.undated;
    default:
      return s.done;
  }
}
