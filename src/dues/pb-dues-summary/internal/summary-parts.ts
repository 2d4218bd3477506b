/** The parts of a branch summary: the rate and counts, members in arrears, the months. */
import { html, nothing, type TemplateResult } from 'lit';
import type { DuesSummary } from '../../../api/types.js';
import { formatCny, formatNumber, formatPercent } from '../../../i18n/format.js';
import type { Locale } from '../../../i18n/locale.js';
import { icon, monthName, statusIcon, warning, type MonthStatus } from '../../shared/parts.js';
import { duesStrings } from '../../shared/strings/index.js';
import { isSerious, sortArrears } from './arrears-order.js';
import { summaryStrings } from '../strings/index.js';

// Months before a member's dues began are not counted for the secretary: nothing was due.
const statuses: MonthStatus[] = ['paid', 'paid-late', 'unpaid', 'due', 'exempt', 'not-due'];

export function overview(locale: Locale, summary: DuesSummary): TemplateResult {
  const s = summaryStrings(locale);
  const label = duesStrings(locale).status;
  return html`<div part="overview" class="overview row">
    <p class="rate">
      <strong class="big">${formatPercent(locale, summary.rate)}</strong>
      <span>${s.rate}</span>
      <span class="muted">${s.members(summary.memberCount)}</span>
    </p>
    <ul part="counts" class="counts row" aria-label=${s.counts}>
      ${statuses.map(
        (status) => html`<li class="row" data-status=${status}>
          ${statusIcon(status)}<span>${label[status]}</span><strong>${formatNumber(locale, summary.counts[status])}</strong>
        </li>`,
      )}
    </ul>
  </div>`;
}

/** What the secretary can do from the list of members in arrears. */
export interface ArrearsActions {
  /** Members (or `all`) whose reminder is being sent. */
  sending: ReadonlySet<string>;
  selected: string;
  remind(memberId: string | null): void;
  select(memberId: string): void;
}

export function arrearsList(locale: Locale, summary: DuesSummary, actions: ArrearsActions): TemplateResult {
  const s = summaryStrings(locale);
  const entries = sortArrears(summary.arrears);
  return html`<section class="section" aria-labelledby="arrears-title">
    <p class="section-title" id="arrears-title">${s.arrears(entries.length)}</p>
    ${entries.length
      ? html`<ol part="arrears" class="arrears">
          ${entries.map(
            (a) => html`<li part="arrear" class="row" data-level=${isSerious(a) ? 'serious' : a.level}>
              <button type="button" class="name link" aria-label=${s.showMonths(a.name)} aria-expanded=${actions.selected === a.memberId ? 'true' : 'false'} @click=${() => actions.select(a.memberId)}>${a.name}</button>
              <span>${s.behind(a.overdueMonths)}</span>
              <strong class="owed">${s.owed(formatCny(locale, a.owedFen))}</strong>
              <button type="button" part="remind" class="button" aria-label=${s.remindOne(a.name)} ?disabled=${actions.sending.has(a.memberId)} @click=${() => actions.remind(a.memberId)}>${s.remind}</button>
              ${isSerious(a)
                ? html`<span class="badge">${icon(warning)}${s.serious(a.consecutiveMonths)}</span>`
                : nothing}
            </li>`,
          )}
        </ol>
        <button type="button" part="remind-all" class="button" ?disabled=${actions.sending.has('all')} @click=${() => actions.remind(null)}>${s.remindAll(entries.length)}</button>`
      : html`<p class="muted">${s.noArrears}</p>`}
  </section>`;
}

export function monthTable(locale: Locale, summary: DuesSummary): TemplateResult {
  const s = summaryStrings(locale);
  const months = [...summary.months].sort((a, b) => a.month.localeCompare(b.month));
  return html`<section class="section">
    <table part="months" class="months">
      <caption class="section-title">${s.months}</caption>
      <thead>
        <tr><th scope="col">${s.month}</th><th scope="col">${s.paidOfDue}</th><th scope="col">${s.monthRate}</th></tr>
      </thead>
      <tbody>
        ${months.map(
          (m) => html`<tr>
            <th scope="row">${monthName(locale, m.month)}</th>
            <td>${m.paidCount} / ${m.dueCount}</td>
            <td>
              ${m.rate === null
                ? html`<span class="muted">—</span>`
                : html`<span class="rate-cell row"
                    ><span class="bar" aria-hidden="true"><span data-rate=${m.rate}></span></span>${formatPercent(locale, m.rate)}</span
                  >`}
            </td>
          </tr>`,
        )}
      </tbody>
    </table>
  </section>`;
}
