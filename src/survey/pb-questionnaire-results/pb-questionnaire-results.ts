import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { expectAnswers } from '../../api/answers.js';
import { sendReminders } from '../../contract/shapes/ReminderBatch.gen.js';
import { coreStrings } from '../../i18n/strings.js';
import { OutboxController } from '../../outbox/outbox-controller.js';
import { describeError } from '../../shared/error-text.js';
import { namesOf, sendReminder } from '../../shared/reminders.js';
import type { MemberCategory, QuestionAggregate, QuestionnaireResults } from '../../api/types.js';
import { getQuestionnaireResults } from '../../contract/shapes/QuestionnaireResults.gen.js';
import { listTextAnswers } from '../../contract/shapes/TextAnswerPage.gen.js';
import { formatPercent } from '../../i18n/format.js';
import { emit } from '../../shared/emit.js';
import { lazy } from '../../shared/lazy.js';
import { PbElement } from '../../shared/pb-element.js';
import { Resource } from '../../shared/resource.js';
import { emptyState, errorState, stateFrame, stateStyles } from '../../shared/states.js';
import { styles } from './pb-questionnaire-results.styles.js';
import { questionList, quizPart, sizeBars, tallyTable } from './internal/result-parts.js';
import { TextAnswers } from './internal/text-answers.js';
import { resultsStrings } from './strings/index.js';

expectAnswers({ getQuestionnaireResults, listTextAnswers, sendReminders });

/** The file an export made, offered to the page before it is downloaded. */
export interface ResultsExportDetail {
  questionnaireId: string;
  format: 'csv' | 'xlsx';
  /** The spreadsheet itself (its name is the questionnaire's title and branch). */
  file: File;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pb-results-export': CustomEvent<ResultsExportDetail>;
  }
}

const exporter = lazy(() => import('./internal/export/export.lazy.js'));
const categories: MemberCategory[] = ['in-service', 'retired', 'farmer', 'student', 'unemployed', 'relief'];

/**
 * A questionnaire's results for its organisers (a branch secretary, an admin): the
 * response rate against the members expected, each question's figures as a bar chart
 * that is also its table (choices, rating distributions and averages, numbers, matrix
 * cross-tables, ranking places), written answers to search, the 民主评议 tallies, a quiz's
 * score distribution, pass rate and most-missed questions; filters by member category and
 * date; export to CSV or Excel. The server computes every figure and keeps anonymity: an
 * anonymous questionnaire's results stay hidden below its threshold, and so does the
 * tally of anyone with too few ballots.
 *
 * @tagname pb-questionnaire-results
 * @summary Aggregated questionnaire results for organisers, with text answers, evaluation tallies and export.
 *
 * @fires {ResultsExportDetail} pb-results-export - An export is ready; cancel it to keep the file from being downloaded (the page handles it).
 * @fires {ReminderSendDetail} pb-reminder-send - The server accepted a reminder to the branch's members who have not taken part: whom it reached, for the site's own SMS or messaging.
 *
 * @csspart base - The wrapper of everything.
 * @csspart overview - The response rate and the counts.
 * @csspart filters - The filters form (category, dates).
 * @csspart export - The export buttons.
 * @csspart remind - The button reminding the branch's members who have not taken part (a branch's results, someone still to answer).
 * @csspart remind-note - Whom the reminder reached, or why it was not sent.
 * @csspart questions - The list of questions.
 * @csspart question - One question; `data-kind` is `choice`, `rating`, `number`, `matrix`, `ranking` or `text`.
 * @csspart chart - A question's bar chart and table of counts and shares.
 * @csspart matrix - A matrix question's cross-table.
 * @csspart ranking - A ranking question's average places.
 * @csspart text-answers - A text question's answers (a disclosure with a search).
 * @csspart tallies - The 民主评议 tallies, one row per member evaluated.
 * @csspart tally - One tally row; `data-withheld="true"` when too few ballots to show.
 * @csspart quiz - A quiz's scores.
 * @csspart bands - The score distribution.
 * @csspart most-wrong - The questions most often answered wrongly.
 * @csspart withheld - Shown instead of an anonymous questionnaire's results below the threshold.
 * @csspart forbidden - Shown to someone who may not see the results.
 * @csspart empty - No responses, or no questionnaire set.
 *
 * @cssprop --pb-results-bar-color - The bars; default the primary colour.
 */
export class PbQuestionnaireResults extends PbElement {
  static override styles = [...PbElement.styles, stateStyles, styles];

  /** The questionnaire whose results are shown. */
  @property({ attribute: 'questionnaire-id' }) questionnaireId = '';

  /** Only this branch (an admin's choice; a secretary always sees their own branch). */
  @property({ attribute: 'branch-id' }) branchId = '';

  /** Only members of this category (`in-service`, `retired`…); empty for all. */
  @property({ reflect: true }) category = '';

  /** Only answers given on or after this day (YYYY-MM-DD). */
  @property({ reflect: true }) from = '';

  /** Only answers given on or before this day (YYYY-MM-DD). */
  @property({ reflect: true }) to = '';

  @state() private exporting: 'csv' | 'xlsx' | null = null;
  @state() private exportFailed = false;
  @state() private reminding = false;
  @state() private remindNote = '';
  /** Opened on the first reminder: a results page that only reads asks nothing more. */
  private outbox: OutboxController | undefined;

  private readonly results = new Resource(this, {
    args: () => [this.questionnaireId, this.branchId, this.category, this.from, this.to] as const,
    loadingRows: 8,
    missing: ([id]) => (id ? undefined : 'questionnaire-id'),
    isEmpty: (r: QuestionnaireResults) => r.responses === 0 && !r.withheld && !r.evaluation,
    load: (backend, [id], signal) => backend.getQuestionnaireResults(id, this.filters(), { signal }),
  });

  private readonly texts = new TextAnswers(this, () => ({ questionnaireId: this.questionnaireId, filters: this.filters() }));

  private filters() {
    return {
      ...(this.branchId ? { branchId: this.branchId } : {}),
      ...(this.category ? { category: this.category as MemberCategory } : {}),
      ...(this.from ? { from: this.from } : {}),
      ...(this.to ? { to: this.to } : {}),
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('questionnaireId') || changed.has('branchId') || changed.has('category') || changed.has('from') || changed.has('to')) this.texts.reset();
  }

  protected override updated(): void {
    sizeBars(this.renderRoot);
  }

  protected override render() {
    const locale = this.settings.locale;
    const s = resultsStrings(locale);
    return html`<div part="base" class="base" lang=${locale}>
      ${this.questionnaireId
        ? this.results.render({
            complete: (r) => this.renderResults(r),
            empty: () => html`${this.results.value ? this.head(this.results.value) : nothing}${emptyState(locale, s.empty, s.emptyHint)}`,
            error: (error) => errorState(this.settings, error, () => void this.results.reload(), s.forbidden),
          })
        : emptyState(locale, s.noQuestionnaire, s.noQuestionnaireHint)}
    </div>`;
  }

  private head(r: QuestionnaireResults) {
    const locale = this.settings.locale;
    const s = resultsStrings(locale);
    return html`<div class="head">
        <h2 class="title">${r.title} <span class="muted">${s.scope(r.branchName)}</span></h2>
        ${this.exportButtons(r)}
      </div>
      <div part="overview" class="overview row">
        <p class="rate">
          <strong class="big">${r.rate === null ? '—' : formatPercent(locale, r.rate)}</strong>
          <span>${s.rate}</span>
          <span class="muted">${s.responded(r.responded, r.expected)}</span>
        </p>
        <p class="muted">${s.responses(r.responses)}</p>
      </div>
      <div class="row">
        ${r.branchId && r.responded < r.expected
          ? html`<button type="button" part="remind" class="button" ?disabled=${this.reminding} @click=${() => this.remind(r.branchId!, r.questionnaireId)}>${s.remind}</button>`
          : nothing}
        <p part="remind-note" class="muted" role="status">${this.remindNote}</p>
      </div>
      ${r.filterable ? this.filterForm() : html`<p class="muted note">${s.anonymous}</p>`}`;
  }

  private filterForm() {
    const s = resultsStrings(this.settings.locale);
    const apply = (event: SubmitEvent) => {
      event.preventDefault();
      const data = new FormData(event.target as HTMLFormElement);
      this.category = String(data.get('category') ?? '');
      this.from = String(data.get('from') ?? '');
      this.to = String(data.get('to') ?? '');
    };
    const clear = () => {
      this.category = this.from = this.to = '';
    };
    return html`<form part="filters" class="filters row" aria-label=${s.filters} @submit=${apply}>
      <label>${s.category}
        <select name="category" class="input">
          <option value="" ?selected=${!this.category}>${s.allCategories}</option>
          ${categories.map((c) => html`<option value=${c} ?selected=${this.category === c}>${s.categories[c]}</option>`)}
        </select>
      </label>
      <label>${s.from} <input class="input" type="date" name="from" .value=${this.from} /></label>
      <label>${s.to} <input class="input" type="date" name="to" .value=${this.to} /></label>
      <button type="submit" class="button primary">${s.apply}</button>
      ${this.category || this.from || this.to ? html`<button type="button" class="button" @click=${clear}>${s.clear}</button>` : nothing}
    </form>`;
  }

  private exportButtons(r: QuestionnaireResults) {
    const s = resultsStrings(this.settings.locale);
    if (r.withheld) return nothing;
    return html`<div part="export" class="row" role="group" aria-label=${s.export}>
      ${(['csv', 'xlsx'] as const).map(
        (format) => html`<button type="button" class="button" ?disabled=${this.exporting !== null} @click=${() => void this.export(r, format)}>
          ${this.exporting === format ? s.exporting : s[format]}
        </button>`,
      )}
      ${this.exportFailed ? html`<span role="alert" class="error-text">${s.exportFailed}</span>` : nothing}
    </div>`;
  }

  /** Reminds the branch's members who have not taken part, once (through the outbox). */
  private remind(branchId: string, questionnaireId: string): void {
    const locale = this.settings.locale;
    const s = resultsStrings(locale);
    // A second press before the button shows it is waiting sends nothing more.
    if (this.reminding) return;
    this.reminding = true;
    this.remindNote = '';
    sendReminder(this, (this.outbox ??= new OutboxController(this)), branchId, { to: 'unanswered', questionnaireId, subject: 'questionnaire', message: null })
      .then(
        (batch) => (this.remindNote = batch.recipients.length ? s.reminded(namesOf(locale, batch)) : s.remindedNone),
        (error: unknown) => (this.remindNote = s.remindFailed(describeError(coreStrings(locale), error).message)),
      )
      .finally(() => (this.reminding = false));
  }

  private async export(r: QuestionnaireResults, format: 'csv' | 'xlsx') {
    this.exporting = format;
    this.exportFailed = false;
    try {
      const chunk = await exporter();
      const file = await chunk.exportResults(r, resultsStrings(this.settings.locale), format);
      if (emit(this, 'pb-results-export', { questionnaireId: r.questionnaireId, format, file }, { cancelable: true })) chunk.download(file);
    } catch {
      this.exportFailed = true;
    } finally {
      this.exporting = null;
    }
  }

  private renderResults(r: QuestionnaireResults) {
    const locale = this.settings.locale;
    const s = resultsStrings(locale);
    return html`${this.head(r)}
      ${r.withheld
        ? stateFrame('withheld', 'status', 'M6 11h12v9H6zM9 11V8a3 3 0 0 1 6 0v3', s.withheldTitle, html`<p class="state-message">${s.withheld(r.minBallots)}</p>`, 'empty')
        : html`${quizPart(locale, r.quiz)}${tallyTable(locale, r)}${questionList(locale, r, (q) => this.textPart(q))}`}`;
  }

  private textPart(q: QuestionAggregate) {
    const s = resultsStrings(this.settings.locale);
    // Nobody wrote anything: "0 members answered" above says it all.
    if (!q.answered) return nothing;
    const list = this.texts.list(q.questionId);
    const search = (event: SubmitEvent) => {
      event.preventDefault();
      void this.texts.load(q.questionId, String(new FormData(event.target as HTMLFormElement).get('q') ?? '').trim());
    };
    const toggle = (event: Event) => {
      if ((event.target as HTMLDetailsElement).open && !list) void this.texts.load(q.questionId, '');
    };
    return html`<details part="text-answers" class="texts" @toggle=${toggle}>
      <summary>${s.textAnswers(q.answered)}</summary>
      <form class="row" role="search" @submit=${search}>
        <input class="input" type="search" name="q" aria-label=${s.search} placeholder=${s.search} .value=${list?.search ?? ''} />
        <button type="submit" class="button">${s.searchButton}</button>
      </form>
      ${list?.error
        ? errorState(this.settings, list.error, () => void this.texts.load(q.questionId, list.search))
        : html`<p class="muted" role="status">${list && !list.loading ? (list.total ? s.textTotal(list.total) : s.noText) : ''}</p>
            <ul class="text-list">${(list?.items ?? []).map((t) => html`<li>${t}</li>`)}</ul>
            ${list?.next ? html`<button type="button" class="button" ?disabled=${list.loading} @click=${() => void this.texts.load(q.questionId, list.search, true)}>${s.more}</button>` : nothing}`}
    </details>`;
  }
}
