import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { expectAnswers } from '../../api/answers.js';
import { ConfigError } from '../../api/errors.js';
import type { StudySummary } from '../../api/types.js';
import { currentMonth } from '../../dues/shared/months.js';
import { checkYear, yearSwitcher } from '../../dues/shared/parts.js';
import { lazy } from '../../shared/lazy.js';
import { PbElement } from '../../shared/pb-element.js';
import { Resource } from '../../shared/resource.js';
import { emptyState, errorState, stateStyles } from '../../shared/states.js';
import { planStyles, sizeBars } from '../study-plan/plan.styles.js';
import { styles } from './pb-study-summary.styles.js';
import { studySummaryChecked } from './internal/shapes.js';
import { summaryStrings } from './strings/index.js';
import { groupTable, memberList, memberTable, overview } from './internal/summary-parts.js';

expectAnswers({ getStudySummary: studySummaryChecked });

export type StudySummaryView = 'list' | 'table';
const views: StudySummaryView[] = ['list', 'table'];

type AssignmentParts = typeof import('./internal/assignments/assignments.lazy.js');
/** The list of assignments, fetched when a secretary first opens it; a failed fetch is tried again on retry. */
const assignmentPart = lazy(() => import('./internal/assignments/assignments.lazy.js'));

/**
 * A branch's study plans for its secretary, the education counterpart of
 * `<pb-dues-summary>`: the share of plan items done this year, the items per status, the
 * completion of each education group (在职干部, 离退休返乡, 流动党员, 老党员…), and every
 * member with something assigned, most urgent first as the server sorts them: days
 * overdue, days left, hours behind the year's pace, and their courses one by one. The
 * members read as a list or as a table; below them, what the branch has assigned to whom
 * (loaded when opened). Someone without permission sees a plain "no permission" state.
 *
 * @tagname pb-study-summary
 * @summary A branch secretary's view of study-plan completion by member group and by member.
 *
 * @csspart base - The wrapper of everything.
 * @csspart year - The year switcher.
 * @csspart overview - The year's completion rate and the items per status.
 * @csspart counts - The items per status.
 * @csspart groups - The table of completion per education group (with bars).
 * @csspart view-toggle - The "view as table" button for the members.
 * @csspart members - The list of members, most urgent first.
 * @csspart member - One member; `data-status` is `overdue`, `due-soon`, `on-track` or `done`.
 * @csspart member-plan - A member's courses and hours, opened from their row.
 * @csspart table-scroll - The scrolling box of the members' table.
 * @csspart member-table - The members as a table (`view="table"`).
 * @csspart assignments - What the branch has assigned, opened from the summary (a disclosure).
 * @csspart assignment - One assignment: its title, for whom, its courses, due day and yearly hours.
 * @csspart forbidden - Shown to someone who may not see the branch's study plans.
 * @csspart empty - Shown when the branch has no members, nothing assigned for the year, or no branch is set.
 *
 * @cssprop --pb-plan-overdue-color - Overdue members and items; default the danger colour.
 * @cssprop --pb-plan-due-soon-color - Items due within 30 days; default the warning colour.
 * @cssprop --pb-plan-done-color - Done items and completion bars; default the success colour.
 */
export class PbStudySummary extends PbElement {
  static override styles = [...PbElement.styles, stateStyles, planStyles, styles];

  /** The branch whose study plans are shown. */
  @property({ attribute: 'branch-id' }) branchId = '';

  /** The calendar year shown; the backend's current year when unset. */
  @property({ type: Number, reflect: true }) year?: number;

  /** `list` (default) or `table`: how the members read; the "view as table" button switches it. */
  @property({ reflect: true }) view: StudySummaryView = 'list';

  private readonly summary = new Resource(this, {
    args: () => [this.branchId, this.year] as const,
    loadingRows: 6,
    isEmpty: (summary: StudySummary) => summary.memberCount === 0 || summary.plannedCount === 0,
    missing: ([branchId]) => (branchId ? undefined : 'branch-id'),
    load: (backend, [branchId, year], signal) => backend.getStudySummary(branchId, year ? { year } : {}, { signal }),
  });

  /** The secretary opened the list of assignments: it loads then, once. */
  @state() private assignmentsOpen = false;
  private assignmentParts: AssignmentParts | undefined;

  private readonly assignments = new Resource(this, {
    args: () => [this.branchId, this.assignmentsOpen] as const,
    loadingRows: 2,
    load: async (backend, [branchId, open], signal) => {
      if (!open || !branchId) return null;
      const chunk = assignmentPart(this);
      // The list's shape comes with its chunk: the answer waits for it.
      expectAnswers({ listStudyAssignments: chunk.then((parts) => parts.listStudyAssignments, () => undefined) });
      const [list, parts] = await Promise.all([backend.listStudyAssignments(branchId, { signal }), chunk]);
      this.assignmentParts = parts;
      return list;
    },
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('year')) checkYear(this);
    if (changed.has('view') && !views.includes(this.view)) {
      this.reportProblem(new ConfigError('view', `"${this.view}" is not one of ${views.join(', ')}; showing the list`));
      this.view = 'list';
    }
  }

  protected override updated(): void {
    sizeBars(this.renderRoot);
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
            complete: (summary) => this.renderSummary(summary),
            empty: () => {
              const none = this.summary.value?.memberCount === 0;
              return emptyState(locale, none ? s.empty : s.nothingPlanned, none ? undefined : s.nothingPlannedHint);
            },
            error: (error) => errorState(this.settings, error, () => void this.summary.reload(), s.forbidden),
          })
        : emptyState(locale, s.noBranch, s.noBranchHint)}
    </div>`;
  }

  private renderSummary(summary: StudySummary) {
    const locale = this.settings.locale;
    const s = summaryStrings(locale);
    const table = this.view === 'table';
    return html`${overview(locale, summary)} ${groupTable(locale, summary)}
      <section class="section" aria-labelledby="members-title">
        <div class="row members-head">
          <p class="section-title" id="members-title">${s.membersTitle(summary.members.length)}</p>
          <button type="button" class="button" part="view-toggle" aria-pressed=${table ? 'true' : 'false'} @click=${() => (this.view = table ? 'list' : 'table')}>
            ${s.viewTable}
          </button>
        </div>
        ${table ? memberTable(locale, summary) : memberList(locale, summary)}
      </section>
      <details part="assignments" @toggle=${(event: Event) => (this.assignmentsOpen ||= (event.target as HTMLDetailsElement).open)}>
        <summary class="section-title">${s.assignments}</summary>
        ${this.assignmentsOpen
          ? this.assignments.render({
              complete: (list) => (list && this.assignmentParts ? this.assignmentParts.assignmentList(locale, list, summary) : nothing),
              error: (error) => errorState(this.settings, error, () => void this.assignments.reload(), s.forbidden),
            })
          : nothing}
      </details>`;
  }
}
