/** The chosen total and the pay button: always shown, so not part of the lazy pay flow. */
import { html, nothing } from 'lit';
import { ProblemError } from '../../api/errors.js';
import type { DuesYear } from '../../api/types.js';
import { formatCny } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locale.js';
import { coreStrings } from '../../i18n/strings.js';
import { describeError } from '../../shared/error-text.js';
import type { YearMonth } from '../months.js';
import { icon, monthList, warning } from '../parts.js';
import type { PayPhase } from './pay-record.js';
import { earlierOverdueYear, selectedFen } from './selection.js';
import { statusStrings } from './strings.js';

export interface PayBarState {
  /** The months that can be chosen now, oldest first. */
  payable: readonly YearMonth[];
  chosen: ReadonlySet<YearMonth>;
  phase: PayPhase;
  /** Why the last start was refused. */
  error: unknown;
  start: () => void;
  showYear: (year: number) => void;
}

/**
 * Why the server refused: for months left out of order (422 `payment-order`, one error per
 * month to pay first), those months in the member's words; otherwise the error as told.
 */
function refusal(locale: Locale, error: unknown): string {
  const s = statusStrings(locale);
  if (error instanceof ProblemError && error.type.endsWith('/payment-order')) {
    const months = error.fieldErrors.flatMap((e) => /\d{4}-(0[1-9]|1[0-2])/.exec(e.detail)?.[0] ?? []);
    return s.payFirst(months.length ? monthList(locale, months) : '');
  }
  return describeError(coreStrings(locale), error).message;
}

/** What the member chose and the button that starts paying it; why the last start was refused. */
export function payBar(locale: Locale, dues: DuesYear, bar: PayBarState) {
  const s = statusStrings(locale);
  const { chosen, phase } = bar;
  const refused =
    phase === 'refused'
      ? html`<p part="pay-error" class="outcome row box" data-status="failed" role="alert">
          ${icon(warning)}<span>${s.refused(refusal(locale, bar.error))}</span>
        </p>`
      : nothing;
  const elsewhere = (text: string, year: number) =>
    html`${refused}<p part="pay" class="pay-elsewhere row box">
      ${icon(warning)}<span>${text}</span><button class="link" type="button" @click=${() => bar.showYear(year)}>${s.showYear(year)}</button>
    </p>`;
  // Months of an earlier year still owed are paid first: nothing of this year can be chosen.
  const earlier = earlierOverdueYear(dues);
  if (earlier !== null) return elsewhere(s.earlierFirst(earlier), earlier);
  // Nothing owed and nothing chosen: a thank-you, not a pay button for ¥0.00. Months still
  // to come can be ticked to pay ahead, which brings the button back.
  if (!chosen.size && !dues.months.some((m) => m.status === 'unpaid' || m.status === 'due')) {
    const later = dues.arrears.months[0];
    if (later) return elsewhere(s.overdueIn(Number(later.slice(0, 4))), Number(later.slice(0, 4)));
    return html`${refused}<p part="pay" class="all-paid row">${icon('M5 12.5l4.5 4.5L19 7')}${s.allPaid}${bar.payable.length ? html` <span class="muted">${s.ahead}</span>` : nothing}</p>`;
  }
  const total = formatCny(locale, selectedFen(dues.months, chosen));
  const creating = phase === 'creating';
  return html`${refused}
    <div part="pay" class="pay">
      <p class="muted">${s.choose}</p>
      ${bar.payable.length > 1 ? html`<p class="muted">${s.order}</p>` : nothing}
      <div class="pay-row row">
        <p class="pay-total" aria-live="polite">${s.selected(chosen.size, total)}</p>
        <button part="pay-button" class="button primary" type="button" ?disabled=${!chosen.size || creating} @click=${bar.start}>
          ${creating ? s.creating : s.pay(total)}
        </button>
      </div>
    </div>`;
}
