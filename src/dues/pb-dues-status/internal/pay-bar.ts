/** The chosen total and the pay button: always shown, so not part of the lazy pay flow. */
import { html, nothing } from 'lit';
import type { DuesYear } from '../../../api/types.js';
import { formatCny } from '../../../i18n/format.js';
import type { Locale } from '../../../i18n/locale.js';
import type { YearMonth } from '../../shared/months.js';
import { icon, warning } from '../../shared/parts.js';
import type { PayPhase } from './pay-record.js';
import { selectedFen } from './selection.js';
import { statusStrings } from '../strings/index.js';

export interface PayBarState {
  /** The months that can be chosen now, oldest first. */
  payable: readonly YearMonth[];
  chosen: ReadonlySet<YearMonth>;
  phase: PayPhase;
  /** Why the last start was refused, in the member's words. */
  refusal: string;
  start: () => void;
}

/** What the member chose and the button that starts paying it; why the last start was refused. */
export function payBar(locale: Locale, dues: DuesYear, bar: PayBarState) {
  const s = statusStrings(locale);
  const { chosen, phase, payable } = bar;
  const refused =
    phase === 'refused'
      ? html`<p part="pay-error" class="outcome row box" data-status="failed" role="alert">${icon(warning)}<span>${s.refused(bar.refusal)}</span></p>`
      : nothing;
  // Overdue months in another year (the notice names it): an earlier year's go first, so
  // nothing of this one can be chosen until then.
  if (!payable.length && dues.arrears.months.length) return refused;
  // Nothing owed and nothing chosen: a thank-you, not a pay button for ¥0.00. Months still
  // to come can be ticked to pay ahead, which brings the button back.
  if (!chosen.size && !dues.months.some((m) => m.status === 'unpaid' || m.status === 'due')) {
    return html`${refused}<p part="pay" class="all-paid row">${icon('M5 12.5l4.5 4.5L19 7')}${s.allPaid}${payable.length ? html` <span class="muted">${s.ahead}</span>` : nothing}</p>`;
  }
  const total = formatCny(locale, selectedFen(dues.months, chosen));
  const creating = phase === 'creating';
  return html`${refused}
    <div part="pay" class="pay">
      <p class="muted">${s.choose}</p>
      ${payable.length > 1 ? html`<p class="muted">${s.order}</p>` : nothing}
      <div class="pay-row row">
        <p class="pay-total" aria-live="polite">${s.selected(chosen.size, total)}</p>
        <button part="pay-button" class="button primary" type="button" ?disabled=${!chosen.size || creating} @click=${bar.start}>
          ${creating ? s.creating : s.pay(total)}
        </button>
      </div>
    </div>`;
}
