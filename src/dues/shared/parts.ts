/** Templates both dues widgets share: status icons and the year switcher. */
import { html, svg, type TemplateResult } from 'lit';
import { ConfigError } from '../../api/errors.js';
import type { DuesMonth } from '../../api/types.js';
import type { PbElement } from '../../shared/pb-element.js';
import { formatDate } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locale.js';
import { monthDate, type YearMonth } from './months.js';
import { duesStrings } from './strings/index.js';

export type MonthStatus = DuesMonth['status'];

// Each status has its own shape, so it reads without colour: ✓, ✓ with a clock, !, a clock, –, ○, a bare dash.
const ring = svg`<circle cx="12" cy="12" r="9" />`;
const shapes: Record<MonthStatus, TemplateResult> = {
  paid: svg`${ring}<path d="M7.5 12.5l3 3 6-6.5" />`,
  'paid-late': svg`<path d="M12 3a9 9 0 1 0 9 9M12 7v5l3 2M16 4.5l2 2 3.5-3.5" />`,
  unpaid: svg`${ring}<path d="M12 7v6M12 16.5v.5" />`,
  due: svg`${ring}<path d="M12 7v5l3 2" />`,
  exempt: svg`${ring}<path d="M8 12h8" />`,
  'not-due': svg`<circle class="dashed" cx="12" cy="12" r="9" />`,
  'before-start': svg`<path d="M7 12h10" />`,
};

/** A 24-unit line icon of one path; decorative, as words always go with it. */
export const icon = (d: string): TemplateResult => html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d=${d} /></svg>`;

/** A triangle with "!": arrears, refusals, six-month cases. */
export const warning = 'M12 3 2 21h20zM12 10v5M12 18v.5';

/** A status icon; decorative, as the status is always written beside it. */
export function statusIcon(status: MonthStatus): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true">${shapes[status]}</svg>`;
}

/** A `year` attribute that is not a year ("abc", 26) is said once in the console and dropped: this year shows. */
export function checkYear(element: PbElement & { year?: number | undefined }): void {
  const year = element.year;
  if (year === undefined || (Number.isInteger(year) && year > 999 && year < 10000)) return;
  element.reportProblem(new ConfigError('year', `"${element.getAttribute('year') ?? year}" is not a year such as 2026; showing this year`));
  element.year = undefined;
}

/** `7月` / `Jul`, or with the year `2026年7月` / `Jul 2026`. */
export function monthName(locale: Locale, month: YearMonth, withYear = false): string {
  return formatDate(locale, monthDate(month), { ...(withYear ? { year: 'numeric' } : {}), month: 'short', timeZone: 'UTC' });
}

/** `2026年7月、2026年8月和2026年9月` / `Jul 2026, Aug 2026, and Sep 2026`. */
export function monthList(locale: Locale, months: readonly YearMonth[]): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(months.map((m) => monthName(locale, m, true)));
}

/** ‹ 2026 年 › with the bounds the widget allows. */
export function yearSwitcher(locale: Locale, year: number, max: number, go: (year: number) => void): TemplateResult {
  const s = duesStrings(locale);
  return html`<div part="year" class="year row" role="group" aria-label=${s.years}>
    <button class="button" type="button" aria-label=${s.prevYear(year - 1)} ?disabled=${year <= 2000} @click=${() => go(year - 1)}>
      ${icon('M15 5l-7 7 7 7')}
    </button>
    <span class="year-label" aria-live="polite">${s.year(year)}</span>
    <button class="button" type="button" aria-label=${s.nextYear(year + 1)} ?disabled=${year >= max} @click=${() => go(year + 1)}>
      ${icon('M9 5l7 7-7 7')}
    </button>
  </div>`;
}
