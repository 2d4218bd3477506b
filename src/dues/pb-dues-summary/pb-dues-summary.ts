import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { expectAnswers } from '../../api/answers.js';
import type { BranchDuesMembers, ReminderRequest } from '../../api/types.js';
import { sendReminders } from '../../contract/shapes/ReminderBatch.gen.js';
import { coreStrings } from '../../i18n/strings.js';
import { OutboxController } from '../../outbox/outbox-controller.js';
import { describeError } from '../../shared/error-text.js';
import { namesOf, sendReminder } from '../../shared/reminders.js';
import { lazy } from '../../shared/lazy.js';
import { PbElement } from '../../shared/pb-element.js';
import { Resource } from '../../shared/resource.js';
import { emptyState, errorState, stateStyles, syncNote } from '../../shared/states.js';
import { duesSummaryChecked } from '../shared/data-check.js';
import { duesStyles } from '../shared/dues.styles.js';
import { currentMonth } from '../shared/months.js';
import { checkYear, yearSwitcher } from '../shared/parts.js';
import { styles } from './pb-dues-summary.styles.js';
import { summaryStrings } from './strings/index.js';
import { arrearsList, monthTable, overview } from './internal/summary-parts.js';

expectAnswers({ getDuesSummary: duesSummaryChecked, sendReminders });

export type { ReminderSendDetail } from '../../shared/reminders.js';

type ActionParts = typeof import('./internal/actions/actions.lazy.js');
/** A member's months and the export, fetched when the secretary first asks for either. */
const actionPart = lazy(() => import('./internal/actions/actions.lazy.js'));

/**
 * A branch's dues collection for a branch secretary: the rate for the year and for each
 * month, how many member-months are paid, paid late, unpaid, exempt or not yet due, and
 * the members in arrears with the six-month cases on top. Someone without permission
 * sees a plain "no permission" state.
 *
 * The secretary acts from it: remind one member or everyone in arrears (through the
 * outbox, sent once however often the connection drops; `pb-reminder-send` tells the page,
 * for its own SMS), open a member's months of the year, and export the year as CSV.
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
 * @csspart remind - The button reminding one member in arrears.
 * @csspart remind-all - The button reminding everyone in arrears.
 * @csspart export - The buttons that download the year as CSV (`data-format="csv"`) or as an Excel workbook (`xlsx`).
 * @csspart member-months - A member's months of the year, opened from their name.
 * @csspart note - What the last action did (reminded whom, or why not).
 *
 * @fires {ReminderSendDetail} pb-reminder-send - The server accepted a reminder: whom it reached, for the site's own SMS or messaging.
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

  /**
   * The member's outbox, opened once the summary has shown (a page that never sets a branch
   * asks nothing): reminders queued on an earlier page are sent then.
   */
  private outbox: OutboxController | undefined;
  /** Reminders on their way: a member's id, or `all`. */
  @state() private sending = new Set<string>();
  /** The member whose months are open. */
  @state() private selected = '';
  /** What the last action did, said once (role=status). */
  @state() private note = '';
  private actions: ActionParts | undefined;

  private readonly members = new Resource(this, {
    args: () => [this.branchId, this.year, this.selected !== ''] as const,
    loadingRows: 2,
    load: async (_backend, [, , wanted], signal) => (wanted ? this.membersData(signal) : null),
  });

  /** Every member's months of the shown year, with the chunk that draws and exports them. */
  private async membersData(signal?: AbortSignal): Promise<BranchDuesMembers> {
    const chunk = actionPart(this);
    expectAnswers({ getBranchDuesMembers: chunk.then((parts) => parts.getBranchDuesMembers, () => undefined) });
    const year = this.year;
    const [data, parts] = await Promise.all([this.backend.getBranchDuesMembers(this.branchId, year ? { year } : {}, { signal }), chunk]);
    this.actions = parts;
    return data;
  }

  private failed(error: unknown): void {
    this.note = summaryStrings(this.settings.locale).failed(describeError(coreStrings(this.settings.locale), error).message);
  }

  /** Reminds one member, or (null) everyone in arrears now, once: the outbox keeps the write and its key until the server has it. */
  private remind(memberId: string | null): void {
    const who = memberId ?? 'all';
    if (this.sending.has(who)) return;
    const branchId = this.branchId;
    const request: ReminderRequest = memberId ? { to: 'member', memberId, subject: 'dues', message: null } : { to: 'arrears', subject: 'dues', message: null };
    this.sending = new Set(this.sending).add(who);
    this.note = '';
    sendReminder(this, (this.outbox ??= new OutboxController(this)), branchId, request)
      .then(
        (batch) => {
          const s = summaryStrings(this.settings.locale);
          this.note = batch.recipients.length ? s.reminded(namesOf(this.settings.locale, batch)) : s.remindedNone;
        },
        (error: unknown) => this.failed(error),
      )
      .finally(() => {
        const next = new Set(this.sending);
        next.delete(who);
        this.sending = next;
      });
  }

  private async exportYear(format: 'csv' | 'xlsx'): Promise<void> {
    try {
      const data = this.members.value ?? (await this.membersData());
      this.actions!.download(await this.actions!.yearFile(this.settings.locale, data, format));
    } catch (error) {
      this.failed(error);
    }
  }

  /** Opens (or closes) a member's months; focus moves to them once they show. */
  private select(memberId: string): void {
    this.selected = this.selected === memberId ? '' : memberId;
    this.focusMonths = this.selected !== '';
  }

  private focusMonths = false;

  private renderMonths() {
    if (!this.selected) return nothing;
    return this.members.render({
      complete: (data) => {
        const member = data?.members.find((m) => m.memberId === this.selected);
        return member && this.actions ? this.actions.memberMonths(this.settings.locale, member, () => (this.selected = '')) : nothing;
      },
      error: (error) => errorState(this.settings, error, () => void this.members.reload()),
    });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('year')) checkYear(this);
  }

  protected override updated(): void {
    if (this.summary.value) this.outbox ??= new OutboxController(this);
    const title = this.focusMonths && this.renderRoot.querySelector<HTMLElement>('#member-months-title');
    if (title) {
      this.focusMonths = false;
      title.focus();
    }
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
              <div class="row actions">
                ${(['csv', 'xlsx'] as const).map(
                  (format) => html`<button type="button" part="export" class="button" data-format=${format} @click=${() => void this.exportYear(format)}>${s.export[format]}</button>`,
                )}
              </div>
              <p part="note" class="muted" role="status">${this.note}</p>
              ${this.renderMonths()}
              <div class="columns">
                ${arrearsList(locale, summary, { sending: this.sending, selected: this.selected, remind: (id) => this.remind(id), select: (id) => this.select(id) })}
                ${monthTable(locale, summary)}
              </div>
              ${syncNote(this.settings, this.outbox?.value)}`,
            empty: () => emptyState(locale, s.empty),
            error: (error) => errorState(this.settings, error, () => void this.summary.reload(), s.forbidden),
          })
        : emptyState(locale, s.noBranch, s.noBranchHint)}
    </div>`;
  }
}
