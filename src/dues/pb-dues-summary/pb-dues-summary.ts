import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { expectAnswers } from '../../api/answers.js';
import { PbElement } from '../../shared/pb-element.js';
import { Resource } from '../../shared/resource.js';
import { emptyState, errorState, stateStyles } from '../../shared/states.js';
import { duesSummaryChecked } from '../shared/data-check.js';
import { duesStyles } from '../shared/dues.styles.js';
import { currentMonth } from '../shared/months.js';
import { checkYear, yearSwitcher } from '../shared/parts.js';
import { styles } from './pb-dues-summary.styles.js';
import { summaryStrings } from './strings/index.js';
import { arrearsList, monthTable, overview } from './internal/summary-parts.js';

expectAnswers({ getDuesSummary: duesSummaryChecked });

/**
 * A branch's dues collection for a branch secretary: the rate for the year and for each
 * month, how many member-months are paid, paid late, unpaid, exempt or not yet due, and
 * the members in arrears with the six-month cases on top. Someone without permission
 * sees a plain "no permission" state.
 *
 * @tagname pb-dues-summary
 * @summary A branch secretary's view of dues: collection rate and members in arrears.
 *
 * @csspart base - The wrapper of everything.
 * @csspart year - The year switcher.
 * @csspart overview - The year's rate and the counts per status.
 * @csspart counts - The counts per status.
 * @csspart arrears - The list of members in arrears.
 * @csspart arrear - One member in arrears; `data-level` is `serious` for six months or more.
 * @csspart months - The table of rates per month.
 * @csspart forbidden - Shown to someone who may not see the branch's dues (who may see them, in the widget's words).
 * @csspart loading - The loading skeleton.
 * @csspart empty - Shown when the branch has no members, or no branch is set.
 * @csspart error - The error, with `retry`.
 * @csspart retry - The retry button.
 *
 * @cssprop --pb-dues-paid-color - Paid counts and rate bars; default the success colour.
 * @cssprop --pb-dues-unpaid-color - Unpaid counts and six-month cases; default the danger colour.
 */
export class PbDuesSummary extends PbElement {
  static override styles = [...PbElement.styles, stateStyles, duesStyles, styles];

  /** The branch whose dues are shown. */
  @property({ attribute: 'branch-id' }) branchId = '';

  /** The calendar year shown; the backend's current year when unset. */
  @property({ type: Number, reflect: true }) year?: number;

  private readonly summary = new Resource(this, {
    args: () => [this.branchId, this.year] as const,
    loadingRows: 6,
    missing: ([branchId]) => (branchId ? undefined : 'branch-id'),
    load: (backend, [branchId, year], signal) => backend.getDuesSummary(branchId, year ? { year } : {}, { signal }),
    isEmpty: (summary) => summary.memberCount === 0,
  });

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('year')) checkYear(this);
  }

  protected override updated(): void {
    // Bar lengths through the CSSOM: a style attribute would be blocked by a strict CSP.
    for (const bar of this.renderRoot.querySelectorAll<HTMLElement>('[data-rate]')) bar.style.setProperty('--_rate', bar.dataset['rate']!);
  }

  protected override render() {
    const locale = this.settings.locale;
    const s = summaryStrings(locale);
    const maxYear = Number(currentMonth().slice(0, 4));
    const value = this.summary.value;
    const shown = this.year ?? value?.year ?? maxYear;
    return html`<div part="base" class="base" lang=${locale}>
      <div class="head row">
        <p class="title">${value ? s.title(value.branchName) : ''}</p>
        ${yearSwitcher(locale, shown, Math.max(maxYear, shown), (year) => (this.year = year))}
      </div>
      ${this.branchId
        ? this.summary.render({
            complete: (summary) => html`${overview(locale, summary)}
              <div class="columns">${arrearsList(locale, summary)} ${monthTable(locale, summary)}</div>`,
            empty: () => emptyState(locale, s.empty),
            error: (error) => errorState(this.settings, error, () => void this.summary.reload(), s.forbidden),
          })
        : emptyState(locale, s.noBranch, s.noBranchHint)}
    </div>`;
  }
}
