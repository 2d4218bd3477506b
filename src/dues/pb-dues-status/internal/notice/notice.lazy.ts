/**
 * The arrears notice (any overdue month), a chunk of its own: most members never need it,
 * so the year's load fetches it only for a year that shows one, and waits for it, so the
 * notice is never missing when the months are shown.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DuesYear } from '../../../../api/types.js';
import { formatCny } from '../../../../i18n/format.js';
import type { Locale } from '../../../../i18n/locale.js';
import { icon, monthName, warning } from '../../../shared/parts.js';
import { arrearsNotice } from './arrears-notice.js';
import { noticeStrings } from './strings/index.js';

export { noticeStyles as styles } from './notice.styles.js';

/** The phone as a `tel:` link of digits only, whatever the backend put around them. */
function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/**
 * The notice, and when the overdue months are in another year than the one shown, which
 * year to pay (an earlier year's months go first: this year's cannot be chosen until then).
 */
export function notice(locale: Locale, dues: DuesYear, showYear: (year: number) => void): TemplateResult | typeof nothing {
  const s = noticeStrings(locale);
  const { tone, months, since, owedFen } = arrearsNotice(dues.arrears);
  const oldest = dues.arrears.months[0];
  const other = oldest && oldest.slice(0, 4) !== String(dues.year) ? Number(oldest.slice(0, 4)) : null;
  if (tone === 'none' || !since) return nothing;
  const from = monthName(locale, since, true);
  const { name, phone } = dues.contact;
  return html`<div part="notice" class="notice box" data-tone=${tone}>
    ${icon(warning)}
    <div>
      <p class="notice-title">${(tone === 'serious' ? s.serious : s.notice)(months, from, formatCny(locale, owedFen))}</p>
      ${tone === 'serious' ? html`<p>${s.rule}</p>` : nothing}
      ${other
        ? html`<p part="pay-first">${other < dues.year ? s.earlierFirst(other) : s.overdueIn(other)}
            <button class="link" type="button" @click=${() => showYear(other)}>${s.showYear(other)}</button></p>`
        : nothing}
      <p>${s.contact(name)} ${phone ? html`<a href=${telHref(phone)}>${s.phone(phone)}</a>` : nothing}</p>
    </div>
  </div>`;
}
