/**
 * What the secretary opens from the dues summary, fetched on first use: a member's twelve
 * months, and the year's export as CSV. The reminders themselves are the element's (they
 * go through the outbox); this chunk only draws and writes files.
 */
import { css, html, type TemplateResult } from 'lit';
import type { BranchDuesMember, BranchDuesMembers } from '../../../../api/types.js';
import { formatCny } from '../../../../i18n/format.js';
import type { Locale } from '../../../../i18n/locale.js';
import { lazy } from '../../../../shared/lazy.js';
import { monthName, statusIcon } from '../../../shared/parts.js';
import { duesStrings } from '../../../shared/strings/index.js';
import { duesCsv, duesRows, type CsvWords } from './csv.js';
import { actionStrings } from './strings/index.js';

export { getBranchDuesMembers } from '../../../../contract/shapes/BranchDuesMembers.gen.js';

export const styles = css`
  .member-months {
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
  }
  .member-months ol {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(7.5em, 1fr));
    gap: calc(var(--_space) * 0.5);
  }
  .member-months li {
    display: grid;
    gap: 0.1em;
    padding: calc(var(--_space) * 0.5);
    border-radius: var(--_radius);
    background: var(--_c-surface-raised);
  }
`;

/** The member's months of the year, with what they paid and what is overdue. */
export function memberMonths(locale: Locale, member: BranchDuesMember, close: () => void): TemplateResult {
  const s = actionStrings(locale);
  const status = duesStrings(locale).status;
  return html`<section part="member-months" class="member-months" aria-labelledby="member-months-title">
    <div class="row head">
      <p class="section-title" id="member-months-title" tabindex="-1">${s.monthsOf(member.name)}</p>
      <button type="button" class="button" @click=${close}>${s.close}</button>
    </div>
    <p class="row"><span>${s.paid} <strong>${formatCny(locale, member.paidFen)}</strong></span><span>${s.owed} <strong>${formatCny(locale, member.owedFen)}</strong></span></p>
    <ol>
      ${member.months.map(
        (m) => html`<li data-status=${m.status}>
          <span>${monthName(locale, m.month)}</span>
          <span class="row">${statusIcon(m.status)}${status[m.status]}</span>
          <span class="muted">${formatCny(locale, m.amountFen)}</span>
        </li>`,
      )}
    </ol>
  </section>`;
}

function words(locale: Locale): CsvWords {
  const s = actionStrings(locale);
  return {
    name: s.name,
    category: s.category,
    monthly: s.monthly,
    paid: s.paidYuan,
    owed: s.owedYuan,
    month: (month) => monthName(locale, month, true),
    status: duesStrings(locale).status,
    categoryName: (category) => s.categoryName[category] ?? category,
  };
}

export type ExportFormat = 'csv' | 'xlsx';

/** The XLSX writer, a chunk of its own: fetched on the first Excel export, never for CSV. */
const xlsx = lazy(() => import('./xlsx.lazy.js'));

/** The year as a file in the page's language: CSV, or an Excel workbook of the same rows. */
export async function yearFile(locale: Locale, data: BranchDuesMembers, format: ExportFormat): Promise<File> {
  const name = actionStrings(locale).file(data.branchName, data.year, format);
  if (format === 'csv') return new File([duesCsv(data, words(locale))], name, { type: 'text/csv;charset=utf-8' });
  return (await xlsx()).xlsxFile(duesRows(data, words(locale)), name);
}

/** Offers the file as a download. */
export function download(file: File): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
