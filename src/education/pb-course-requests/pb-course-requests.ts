import { TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { expectAnswers } from '../../api/answers.js';
import { ConfigError } from '../../api/errors.js';
import type { BranchCourseRequestPage, CourseRequest, CourseRequestPage, CourseRequestStatus, MemberGroup } from '../../api/types.js';
import type { Locale } from '../../i18n/locale.js';
import { OutboxController } from '../../outbox/outbox-controller.js';
import { emit } from '../../shared/emit.js';
import { lazy } from '../../shared/lazy.js';
import { PbElement } from '../../shared/pb-element.js';
import { setCourseRequestVoice } from '../../contract/shapes/CourseRequest.gen.js';
import { listCourseRequests } from '../../contract/shapes/CourseRequestPage.gen.js';
import { markCourseRequestsSeen } from '../../contract/shapes/UnreadCount.gen.js';
import { Resource, type ResourceOptions } from '../../shared/resource.js';
import { emptyState, errorState, stateStyles, syncNote } from '../../shared/states.js';
import { styles } from './pb-course-requests.styles.js';
import { refusalText } from './internal/refusal.js';
import { showRequests, type ShownRequest } from './internal/request-list.js';
import { icon, memberRow } from './internal/request-parts.js';
import { memberCategories, memberGroups, requestStatusList, type MemberCategory } from './internal/request-status.js';
import { RequestWrites, type WritesPorts } from './internal/request-writes.js';
import { SeenWatch } from './internal/seen-watch.js';
import { requestStrings } from './strings/index.js';

// A new request is asked from the ask form's chunk, which says what its answer must be.
expectAnswers({ listCourseRequests, setCourseRequestVoice, markCourseRequestsSeen });

export type { MemberCategory } from './internal/request-status.js';
export type { CourseOpenDetail, RequestAnswerDetail, RequestCreateDetail, RequestSeenDetail, RequestVoiceDetail } from './events.js';

/** `member` (the member's own branch) or `branch` (a secretary's view of `branch-id`). */
export type RequestsView = 'member' | 'branch';

/** What the list holds: the member's page or the secretary's ranked one. */
export type ListValue = { view: 'member'; page: CourseRequestPage } | { view: 'branch'; page: BranchCourseRequestPage };

type Args = readonly [RequestsView, string, CourseRequestStatus | '', boolean, MemberGroup | '', MemberCategory | ''];
type BranchParts = typeof import('./internal/branch/branch-view.lazy.js');
type AskParts = typeof import('./internal/ask/ask-form.lazy.js');
/** The secretary's view, loaded with the branch's data. */
const branchPart = lazy(() => import('./internal/branch/branch-view.lazy.js'));
/** The ask form, loaded when a member first opens it. */
const askPart = lazy(() => import('./internal/ask/ask-form.lazy.js'));

const views: RequestsView[] = ['member', 'branch'];
const PAGE = 20;
const plus = 'M12 5v14M5 12h14';

/**
 * Courses on request (点单式学习). A member sees their branch's requests with the status
 * the branch gave each (received → planned with a date → available with a link to the
 * course, or declined with the reason, or merged into another), adds or withdraws their
 * voice ("我也想学"), and asks for a course: while the title is typed, near-duplicate
 * requests and existing courses are offered first. Changes to the member's own requests
 * carry a "news" mark until seen. Every write goes through the member's outbox: it shows
 * at once, waits offline, and lands exactly once.
 *
 * `view="branch"` with `branch-id` is the secretary's view: requests ranked by demand
 * (需求热度: voices and learning-needs survey answers), demand per topic, filters by
 * member group, dues category and status, and the answers — plan a date, link a course
 * from the catalog, decline with a reason, merge a duplicate. Who asked shows only for a
 * request not asked anonymously. The backend decides who may see it; anyone else sees a
 * plain "no permission".
 *
 * @tagname pb-course-requests
 * @summary Members order courses on demand (点单) and add their voice; the branch plans, links, declines or merges.
 *
 * @fires {RequestCreateDetail} pb-request-create - The backend created the member's request (also when it was asked offline and sent later).
 * @fires {RequestVoiceDetail} pb-request-voice - The backend took the member's voice, added or withdrawn.
 * @fires {RequestSeenDetail} pb-request-seen - Changes the member has seen were marked seen; `unread` is how many stay unread.
 * @fires {RequestAnswerDetail} pb-request-answer - The backend took the secretary's answer (planned, available, declined, merged).
 * @fires {CourseOpenDetail} pb-course-open - The member chose a course (an available request's, or one offered while asking). Cancelable: with `href-template`, cancelling it keeps the page from following the link.
 *
 * @csspart base - The wrapper of everything.
 * @csspart ask-button - Opens the form to ask for a course.
 * @csspart ask-form - The form to ask for a course (title, details, category, anonymous).
 * @csspart suggestions - Near-duplicate requests and existing courses offered while the title is typed.
 * @csspart field-error - What is wrong with a field of a form.
 * @csspart unread - How many of the member's requests have news.
 * @csspart toolbar - The filters.
 * @csspart list - The list of requests.
 * @csspart request - One request; `data-status` is its status, `data-unread` marks news.
 * @csspart title - A request's title.
 * @csspart status - A request's status (an icon and a word); `data-status` says which.
 * @csspart status-line - What the status means: the day planned, the course, the reason, the request merged into.
 * @csspart course-link - The link (with `href-template`) or button that opens a request's course.
 * @csspart voice - The "I want this too" toggle (`aria-pressed`).
 * @csspart voices - How many want a request.
 * @csspart news - The mark on a request whose status changed since the member last looked.
 * @csspart waiting - The mark on a request whose write waits to be sent.
 * @csspart refusal - Why the backend refused a change to a request.
 * @csspart more - The "load more" button.
 * @csspart topics - Branch view: survey demand per topic.
 * @csspart demand - Branch view: a request's demand (voices and survey answers).
 * @csspart requester - Branch view: who asked (not shown for anonymous requests).
 * @csspart answer-button - Branch view: opens the answers to a request.
 * @csspart answer-form - Branch view: the answer being given (plan, link a course, decline, merge).
 *
 * @cssprop --pb-course-requests-accent - Pressed voices and the news mark; default the primary colour.
 */
export class PbCourseRequests extends PbElement {
  static override styles = [...PbElement.styles, stateStyles, styles];

  /** `member` (default): the member's branch's requests; `branch`: the secretary's view of `branch-id`. */
  @property({ reflect: true }) view: RequestsView = 'member';
  /** The branch of `view="branch"`. */
  @property({ attribute: 'branch-id' }) branchId = '';
  /** Where a course links to, with `{id}` for its id, e.g. `/study.html?course={id}`; without it a course is a button that fires `pb-course-open`. */
  @property({ attribute: 'href-template' }) hrefTemplate?: string;
  /** Only requests of this status (`received`, `planned`, `available`, `declined`, `merged`); empty for all. */
  @property({ reflect: true }) status: CourseRequestStatus | '' = '';
  /** Member view: only the requests the member asked for or wants. */
  @property({ type: Boolean, reflect: true }) mine = false;
  /** Branch view: count demand only of members of this education group (`cadre`, `returned-retiree`, `skilled`, `ordinary`, `migrant`, `veteran`). */
  @property({ reflect: true }) group: MemberGroup | '' = '';
  /** Branch view: count demand only of members of this dues category (`in-service`, `retired`, `farmer`, `student`, `unemployed`, `relief`). */
  @property({ reflect: true }) category: MemberCategory | '' = '';

  @state() private more: CourseRequest[] = [];
  @state() private cursor: string | null | undefined;
  @state() private moreError: unknown;
  @state() private loadingMore = false;
  @state() private asking = false;

  private readonly outbox = new OutboxController(this);
  /** The outbox and the events, for the parts that write. */
  private readonly ports: WritesPorts = {
    enqueue: (operation, args, options) => this.outbox.enqueue(operation, args, options),
    emit: (name, detail) => emit(this, name, detail),
    stale: () => void this.list.reload(),
  };
  private readonly writes = new RequestWrites(this, this.ports);
  /** The rows last rendered, for what a press on one means. */
  private shown: ShownRequest[] = [];
  private branchParts: BranchParts | undefined;
  private askParts: AskParts | undefined;
  /** The ask form's state once it was opened. */
  private askForm: InstanceType<AskParts['AskController']> | undefined;
  /** The secretary's answers, once the branch view loaded. */
  private answers: InstanceType<BranchParts['AnswerController']> | undefined;
  /** Why the ask form could not load (offline before it was ever opened). */
  private askError: unknown;
  private listValue: ListValue | undefined;
  private moreAbort: AbortController | undefined;
  /** Writes of an earlier page (or another widget) wait in the outbox: load again once they land. */
  private foreign = false;

  private readonly list = new Resource(this, this.listOptions());

  constructor() {
    super();
    new SeenWatch(this, (ids) => this.writes.markSeen(this.shown.filter((r) => ids.includes(r.id))));
  }

  /** `view`, or `member` when it is not one we know. */
  private get mode(): RequestsView {
    return views.includes(this.view) ? this.view : 'member';
  }

  /** The filters as the list loads them. */
  private get listArgs(): Args {
    const branch = this.mode === 'branch';
    return [this.mode, this.branchId, this.status, !branch && this.mine, branch ? this.group : '', branch ? this.category : ''];
  }

  /** Loads the secretary's view once (with the data, so both arrive together); a failed load is tried again with the next. */
  private async loadBranchParts(): Promise<BranchParts> {
    const parts = (this.branchParts = await branchPart(this));
    this.answers ??= new parts.AnswerController(this, this.writes, this.ports, () => void this.list.reload());
    return parts;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('view') && !views.includes(this.view)) this.reportProblem(new ConfigError('view', `"${this.view}" is not one of ${views.join(', ')}; showing the member's view`));
    // A filter that is not one we know is said once in the console, then all are shown.
    for (const [name, known] of [['status', requestStatusList], ['group', memberGroups], ['category', memberCategories]] as const) {
      const value = this[name];
      if (!changed.has(name) || !value || (known as readonly string[]).includes(value)) continue;
      this.reportProblem(new ConfigError(name, `"${value}" is not one of ${known.join(', ')}; showing all`));
      this[name] = '';
    }
    const value = this.list.value;
    if (value !== this.listValue || (['view', 'branchId', 'status', 'mine', 'group', 'category'] as const).some((key) => changed.has(key))) {
      // A new first page (new filters, a retry, writes of another page landed): what it says is the truth now.
      if (value !== this.listValue) this.writes.fresh();
      this.listValue = value;
      this.moreAbort?.abort();
      this.more = [];
      this.cursor = undefined;
      this.moreError = undefined;
      this.loadingMore = false;
    }
  }

  protected override updated(): void {
    // Bar lengths through the CSSOM: a style attribute would be blocked by a strict CSP.
    for (const bar of this.renderRoot.querySelectorAll<HTMLElement>('[data-share]')) bar.style.setProperty('--_share', bar.dataset['share']!);
    const pending = this.outbox.value?.pending ?? 0;
    if (pending > this.writes.outstanding) this.foreign = true;
    else if (!pending && this.foreign && this.list.status === TaskStatus.COMPLETE) {
      this.foreign = false;
      void this.list.reload();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.moreAbort?.abort();
  }

  protected override render() {
    const locale = this.settings.locale;
    const s = requestStrings(locale);
    const branch = this.mode === 'branch';
    const label = branch ? this.branchParts?.branchStrings(locale).label : s.title;
    return html`<section part="base" class="base" aria-label=${label ?? nothing} lang=${locale} @click=${this.act}>
      ${branch ? this.branchView(locale) : this.memberView(locale)} ${syncNote(this.settings, this.outbox.value)}
    </section>`;
  }

  private branchView(locale: Locale): unknown {
    const b = this.branchParts?.branchStrings(locale);
    // Its words come with its chunk (loaded by the list, or here while no branch is set).
    if (!this.branchId) {
      if (!b) void this.loadBranchParts().then(() => this.requestUpdate(), () => undefined);
      return b ? emptyState(locale, b.noBranch, b.noBranchHint) : nothing;
    }
    return this.list.render({
      complete: (value) => {
        if (value.view !== 'branch' || !this.answers) return nothing;
        this.shown = showRequests([...value.page.items, ...this.more], this.writes.overlays, { status: '', mine: false });
        return this.branchParts!.branchView({
          locale,
          page: value.page,
          shown: this.shown,
          answers: this.answers,
          hrefTemplate: this.hrefTemplate,
          filters: { status: this.status, group: this.group, category: this.category },
          setFilter: (name, filter) => void (this[name] = filter as never),
          statusFilter: this.statusFilter(locale),
          more: this.moreButton(locale, value.page.nextCursor),
          refusal: (id) => this.refusal(id),
        });
      },
      error: (error) => errorState(this.settings, error, () => void this.list.reload(), b?.forbidden),
    });
  }

  private memberView(locale: Locale): TemplateResult {
    const s = requestStrings(locale);
    const page = this.list.value?.view === 'member' ? this.list.value.page : undefined;
    const total = this.list.status === TaskStatus.ERROR ? undefined : page?.total;
    return html`<div class="head">
        <p class="intro">${s.intro}</p>
        <button part="ask-button" class="button primary" type="button" data-act="ask" aria-expanded=${this.asking ? 'true' : 'false'}>${icon(plus)}${s.ask}</button>
      </div>
      ${this.asking ? this.askView(locale) : nothing}
      ${page?.unread ? html`<p part="unread" class="unread" role="status">${s.unread(page.unread)}</p>` : nothing}
      <div part="toolbar" class="toolbar">
        ${this.statusFilter(locale)}
        <label class="check"><input type="checkbox" .checked=${this.mine} @change=${(e: Event) => (this.mine = (e.target as HTMLInputElement).checked)} />${s.mine}</label>
        <span class="count" role="status">${total === undefined ? '' : s.total(total)}</span>
      </div>
      ${this.list.render({ complete: (value) => (value.view === 'member' ? this.memberList(locale, value.page) : nothing) })}`;
  }

  /** The status select both views share. */
  private statusFilter(locale: Locale): TemplateResult {
    const s = requestStrings(locale);
    return html`<label class="field"
      ><span>${s.status}</span>
      <select @change=${(e: Event) => (this.status = (e.target as HTMLSelectElement).value as CourseRequestStatus)}>
        <option value="" ?selected=${!this.status}>${s.all}</option>
        ${requestStatusList.map((status) => html`<option value=${status} ?selected=${status === this.status}>${s.statuses[status]}</option>`)}
      </select></label
    >`;
  }

  private memberList(locale: Locale, page: CourseRequestPage): TemplateResult {
    const s = requestStrings(locale);
    this.shown = showRequests([...page.items, ...this.more], this.writes.overlays, { status: this.status, mine: this.mine });
    if (!this.shown.length) {
      return this.status || this.mine
        ? html`<div class="none">${emptyState(locale, s.none)}<button class="button" type="button" data-act="clear">${s.clear}</button></div>`
        : html`<div class="none">
            ${emptyState(locale, s.empty, s.emptyHint)}
            <button class="button primary" type="button" data-act="ask">${icon(plus)}${s.ask}</button>
          </div>`;
    }
    return html`<ul part="list" class="list" aria-busy=${this.list.status === TaskStatus.PENDING ? 'true' : 'false'}>
        ${this.shown.map((r) => memberRow(locale, r, this.hrefTemplate, this.refusal(r.id)))}
      </ul>
      ${this.moreButton(locale, page.nextCursor)}`;
  }

  /** Why the backend refused a write about a request, in the member's words. */
  private refusal(id: string): string | undefined {
    return this.writes.refusals.has(id) ? refusalText(this.settings.locale, this.writes.refusals.get(id)) : undefined;
  }

  /** "Load more" for either view, with the error of a page that did not come. */
  private moreButton(locale: Locale, first: string | null): unknown {
    const cursor = this.cursor === undefined ? first : this.cursor;
    if (this.moreError) return errorState(this.settings, this.moreError, () => void this.loadMore(cursor!));
    return cursor
      ? html`<button part="more" class="button more" type="button" ?disabled=${this.loadingMore} aria-busy=${this.loadingMore ? 'true' : 'false'} @click=${() => this.loadMore(cursor)}>${requestStrings(locale).more}</button>`
      : nothing;
  }

  private async loadMore(cursor: string): Promise<void> {
    this.moreAbort?.abort();
    const abort = (this.moreAbort = new AbortController());
    const count = this.shown.length;
    this.loadingMore = true;
    this.moreError = undefined;
    try {
      const page = await this.loadPage(this.listArgs, abort.signal, cursor);
      if (abort.signal.aborted) return;
      this.more = [...this.more, ...page.items];
      this.cursor = page.nextCursor;
      await this.updateComplete;
      // Keyboard members continue where the new requests begin, not at the top (titles take the focus from script, not from Tab).
      this.renderRoot.querySelectorAll<HTMLElement>('[part~="title"]')[count]?.focus();
    } catch (error) {
      if (!abort.signal.aborted) this.moreError = error;
    } finally {
      if (this.moreAbort === abort) this.loadingMore = false;
    }
  }

  private askView(locale: Locale): unknown {
    if (this.askForm && this.askParts) return this.askParts.askForm(locale, this.askForm, this.hrefTemplate);
    return this.askError ? errorState(this.settings, this.askError, () => void this.openAsk()) : nothing;
  }

  /** Opens the ask form, loading it on first use, and puts the focus in its first field. */
  private async openAsk(): Promise<void> {
    this.asking = true;
    this.askError = undefined;
    try {
      this.askParts = await askPart(this);
      this.askForm ??= new this.askParts.AskController(this, { ask: (create) => this.writes.ask(create), close: () => void this.closeAsk(), open: () => void this.openAsk() });
    } catch (error) {
      this.askError = error;
    }
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="ask-form"] input, [part~="retry"]')?.focus();
  }

  /** Closes the ask form; the focus goes back to the button that opened it. */
  private async closeAsk(): Promise<void> {
    this.asking = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="ask-button"]')?.focus();
  }

  /** The request a press is about: a row, or a near duplicate offered while asking. */
  private requestOf(id: string | undefined): CourseRequest | undefined {
    return this.shown.find((r) => r.id === id) ?? this.askForm?.similar?.requests.find((s) => s.request.id === id)?.request;
  }

  /** A press on any `data-act` control: the parts say what was pressed, the element decides. */
  private readonly act = (event: Event) => {
    const target = (event.target as Element).closest<HTMLElement>('[data-act]');
    if (!target) return;
    const request = this.requestOf(target.closest<HTMLElement>('[data-id]')?.dataset['id']);
    switch (target.dataset['act']) {
      case 'voice':
        if (!request) return;
        this.writes.voice(request, !request.mine.voiced);
        // "Add my voice instead": the member chose a request already asked over a new one.
        if (target.closest('form')) {
          this.askForm?.reset();
          void this.closeAsk();
        }
        return;
      case 'open':
        if (!emit(this, 'pb-course-open', { courseId: target.dataset['course']!, title: target.dataset['title']! }, { cancelable: true })) event.preventDefault();
        return;
      case 'ask':
        void (this.asking ? this.closeAsk() : this.openAsk());
        return;
      case 'cancel-ask':
        void this.closeAsk();
        return;
      case 'clear':
        this.status = '';
        this.mine = false;
        this.group = '';
        this.category = '';
    }
  };

  /** The member's page or the branch's, one page from `cursor` (the secretary's with its chunk, which loads alongside and brings its shape). */
  private async loadPage([view, branchId, status, mine, group, category]: Args, signal: AbortSignal, cursor?: string) {
    const common = { status: status || undefined, limit: PAGE, cursor };
    if (view === 'branch') {
      const parts = this.loadBranchParts();
      expectAnswers({ getBranchCourseRequests: parts.then((chunk) => chunk.getBranchCourseRequests, () => undefined) });
      // Asked while the chunk loads; its answer, even a refusal, waits for the chunk's words.
      const page = this.backend.getBranchCourseRequests(branchId, { ...common, group: group || undefined, category: category || undefined }, { signal });
      page.catch(() => undefined);
      await parts;
      return page;
    }
    return this.backend.listCourseRequests({ ...common, mine: mine || undefined }, { signal });
  }

  /** The list's options. */
  private listOptions(): ResourceOptions<ListValue, Args> {
    const element = this;
    return {
      args: () => element.listArgs,
      loadingRows: 5,
      missing: ([view, branchId]) => (view === 'branch' && !branchId ? 'branch-id' : undefined),
      // The secretary's view and its data arrive together: a view that cannot load is an error with a retry.
      load: async (_backend, args, signal) => ({ view: args[0], page: await element.loadPage(args, signal) }) as ListValue,
    };
  }
}
