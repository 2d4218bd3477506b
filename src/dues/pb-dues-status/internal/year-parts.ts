/** The read-only parts of a member's year: figures, month grid, history (the arrears notice is `notice/notice.lazy.ts`). */
import { html, nothing, type TemplateResult } from 'lit';
import type { DuesYear, Payment } from '../../../api/types.js';
import { formatCny, formatDate } from '../../../i18n/format.js';
import type { Locale } from '../../../i18n/locale.js';
import type { YearMonth } from '../../shared/months.js';
import { monthList, monthName, statusIcon } from '../../shared/parts.js';
import { duesStrings } from '../../shared/strings/index.js';
import { statusStrings } from '../strings/index.js';

export function figures(locale: Locale, dues: DuesYear): TemplateResult {
  const s = statusStrings(locale);
  const { basis } = dues;
  const base = basis.baseFen === null ? null : formatCny(locale, basis.baseFen);
  const figure = (label: string, fen: number, extra: unknown = nothing, owed = false) =>
    html`<div class="figure box" ?data-owed=${owed}><dt class="muted">${label}</dt><dd><strong class="amount">${formatCny(locale, fen)}</strong>${extra}</dd></div>`;
  const note = (text: string) => html`<span class="basis muted">${text}</span>`;
  // Overdue (months that ended unpaid; the notice counts them) and due now (this month) apart, as the server states them.
  const due = dues.months.find((m) => m.status === 'due');
  return html`<dl part="summary" class="figures">
    ${figure(s.monthly, basis.monthlyFen, note(s.basis(basis.category ? s.category[basis.category] : '', basis.description, base, basis.rate)))}
    ${figure(s.paidTotal, dues.paidFen)} ${figure(s.owed, dues.owedFen, nothing, dues.owedFen > 0)}
    ${due ? figure(s.due, dues.dueFen, note(s.dueBy(monthName(locale, due.month)))) : nothing}
  </dl>`;
}

export interface MonthChoice {
  /** The months that can be chosen now, oldest first (`payableMonths`). */
  payable: readonly YearMonth[];
  chosen: ReadonlySet<YearMonth>;
  disabled: boolean;
  toggle: (month: YearMonth, on: boolean) => void;
}

/** Twelve cells; a payable month is a checkbox whose label is the whole cell. */
export function monthGrid(locale: Locale, dues: DuesYear, choice: MonthChoice): TemplateResult {
  const s = statusStrings(locale);
  const { status, cell } = duesStrings(locale);
  const months = [...dues.months].sort((a, b) => a.month.localeCompare(b.month));
  return html`<ul part="months" class="months" aria-label=${s.months(dues.year)}>
    ${months.map((m) => {
      const payable = choice.payable.includes(m.month);
      const chosen = payable && choice.chosen.has(m.month);
      const body = html`<span class="month-name">${monthName(locale, m.month)}</span>
        <span class="month-status">${statusIcon(m.status)}${cell[m.status] ?? status[m.status]}</span>
        ${m.amountFen || m.status === 'unpaid' || m.status === 'due' ? html`<span class="month-amount">${formatCny(locale, m.amountFen)}</span>` : nothing}
        ${m.paidAt ? html`<span class="muted">${s.paidOn(formatDate(locale, m.paidAt, { month: 'short', day: 'numeric' }))}</span>` : nothing}`;
      return html`<li part="month" class="month" data-status=${m.status} ?data-chosen=${chosen}>
        ${payable
          ? html`<label class="cell">
              <input type="checkbox" .checked=${chosen} ?disabled=${choice.disabled}
                @change=${(e: Event) => choice.toggle(m.month, (e.target as HTMLInputElement).checked)} />
              ${body}
            </label>`
          : html`<div class="cell">${body}</div>`}
      </li>`;
    })}
  </ul>`;
}

/** This year's payments; a paid one offers its receipt when `receipt` is given. */
export function history(locale: Locale, payments: readonly Payment[], receipt?: (paymentId: string) => void): TemplateResult {
  const s = statusStrings(locale);
  return html`<details part="history" class="history">
    <summary>${s.history(payments.length)}</summary>
    ${payments.length
      ? html`<ol>
          ${payments.map(
            (p) => html`<li class="row" data-status=${p.status}>
              <span>${formatDate(locale, p.paidAt ?? p.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</span>
              <span>${monthList(locale, p.months)}</span>
              <strong>${formatCny(locale, p.amountFen)}</strong>
              <span class="history-status">${s.payment[p.status]}</span>
              ${receipt && p.status === 'paid'
                ? html`<button type="button" class="button" aria-label=${s.receiptFor(monthList(locale, p.months))} @click=${() => receipt(p.id)}>${s.receipt}</button>`
                : nothing}
            </li>`,
          )}
        </ol>`
      : html`<p>${s.noHistory}</p>`}
  </details>`;
}
