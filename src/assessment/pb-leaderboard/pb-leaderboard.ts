import { TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { expectAnswers } from '../../api/answers.js';
import { ConfigError } from '../../api/errors.js';
import type { Metric, Period } from '../../api/types.js';
import { formatDate, formatNumber } from '../../i18n/format.js';
import { emit } from '../../shared/emit.js';
import { lazy } from '../../shared/lazy.js';
import { PbElement } from '../../shared/pb-element.js';
import { Resource } from '../../shared/resource.js';
import { emptyState, errorState, stateStyles } from '../../shared/states.js';
import { metrics, oneOf, periods, scopes, type Scope } from '../shared/metrics.js';
import { assessmentStrings } from '../shared/strings/index.js';
import type { Control } from './internal/controls.lazy.js';
import type { CursorPager } from './internal/pager.js';
import { pageAnswer, RankList } from './internal/rank-list.js';
import { renderRow, valueText, type RowContext } from './internal/rows.js';
import type { RankPage } from './internal/shapes.js';
import { styles } from './pb-leaderboard.styles.js';
import { leaderboardStrings } from './strings/index.js';

expectAnswers({ getLeaderboard: pageAnswer });

/** Entries per request: the contract's largest page. */
const PAGE_SIZE = 100;
/** Longer rankings are virtualized; shorter ones are plain rows. */
const VIRTUALIZE_AFTER = 100;
/** Rows a long list shows in the moment before the virtualizer arrives: a screenful. */
const FIRST_ROWS = 20;
/** Lists this short (a "top 10") show whole; longer ones scroll within the widget. */
const SHORT = 12;
/** Rows fetched ahead of the last one in view. */
const AHEAD = 50;

/** The pager and the virtualizer, loaded when a ranking is longer than its first page. */
const longListPart = lazy(() => import('./internal/long-list.lazy.js'));
/** The switchers, loaded where a page asks for them. */
const controlsPart = lazy(() => import('./internal/controls.lazy.js'));
type LongList = typeof import('./internal/long-list.lazy.js');
type Controls = typeof import('./internal/controls.lazy.js');
/** The long list's module once it has arrived, so later leaderboards start virtualized without a detour. */
let longListLoaded: LongList | undefined;

/** A lazy part that could not load leaves the ranking as it is; the next update asks for it again. */
const ignore = () => undefined;

/** What `pb-leaderboard-change` says: the ranking the member switched to. */
export interface LeaderboardChangeDetail {
  metric: Metric;
  scope: Scope;
  period: Period;
}

/**
 * `<pb-leaderboard>`: branches or members ranked by a metric over a period, as the server
 * ranks them (ties share a rank: 1, 2, 2, 4). The top three are marked, each row shows its
 * move since the previous period, and the member's own row (or branch) is highlighted and
 * summed up above the list with a "jump to me" button. Long rankings are virtualized and
 * fetched page by page with the server's cursor as the member scrolls.
 *
 * @tagname pb-leaderboard
 * @summary A ranking of branches or members by study points, hours or rates.
 *
 * @fires {LeaderboardChangeDetail} pb-leaderboard-change - The member picked another metric, period or scope with the switchers.
 *
 * @csspart base - The whole widget.
 * @csspart controls - The row of switchers (with the `controls` attribute).
 * @csspart select - Each switcher.
 * @csspart mine - The member's own rank above the list.
 * @csspart jump - The "jump to me" button.
 * @csspart table - The ranking (role table).
 * @csspart header - Its header row group.
 * @csspart body - The row group of entries; it scrolls when the list is long.
 * @csspart row - A row of the ranking.
 * @csspart top - Added to the rows of ranks 1–3 (`::part(row top)`).
 * @csspart me - Added to the member's own row, or their branch's.
 * @csspart placeholder - Added to a row whose entry is still loading while the member scrolls.
 * @csspart rank - The rank cell, with the medal of the top three.
 * @csspart name - The name cell (and the branch of a member).
 * @csspart value - The value cell, in the metric's unit.
 * @csspart change - The move since the previous period.
 * @csspart more-error - The note with a retry when a later page failed to load.
 * @csspart footer - How many are ranked, and when.
 *
 * @cssprop --pb-leaderboard-height - Height of a long, scrolling list (default 26em).
 * @cssprop --pb-leaderboard-highlight - Background of the member's own row.
 * @cssprop --pb-leaderboard-gold - Medal of rank 1.
 * @cssprop --pb-leaderboard-silver - Medal of rank 2.
 * @cssprop --pb-leaderboard-bronze - Medal of rank 3.
 */
export class PbLeaderboard extends PbElement {
  static override styles = [...PbElement.styles, stateStyles, styles];

  /** What to rank by: `points`, `study-hours`, `completion-rate`, `participation-rate` or `dues-rate`. */
  @property() metric = 'points';

  /** Rank `branches` or `members`. */
  @property() scope = 'branches';

  /** `week`, `month`, `quarter`, `year` or `all`. */
  @property() period = 'month';

  /** Show only the first `limit` entries (a "top 10"); 0 shows the whole ranking. */
  @property({ type: Number }) limit = 0;

  /** Scopes the site allows, space-separated; `branches` turns member ranking off (also for the switchers). */
  @property() scopes = 'branches members';

  /**
   * Switchers to show: the attribute alone shows all (`metric period scope`), or list some.
   * They never offer members by `dues-rate`, which the contract refuses to ordinary members.
   */
  @property() controls: string | null = null;

  /** Reload the ranking every so many seconds while the page is visible (at least 10); 0 never. */
  @property({ attribute: 'refresh-interval', type: Number }) refreshInterval = 0;

  @state() private long?: LongList;
  @state() private switchers?: Controls;
  private pager?: CursorPager;
  private list?: RankList;
  private rows: number[] = [];
  private visible: [number, number] = [0, 0];
  private shownScope: Scope = 'branches';
  private timer?: ReturnType<typeof setInterval>;

  private readonly ranking = new Resource(this, {
    args: () => [this.metric, this.shownScope, this.period, this.limit] as const,
    loadingRows: 5,
    load: async (backend, [metric, scope, period, limit], signal) => {
      if (!(Number.isInteger(limit) && limit >= 0)) throw new ConfigError('limit', `"${limit}" is not a whole number from 0`);
      const query = { metric: oneOf('metric', metric, metrics), scope, period: oneOf('period', period, periods), limit: limit ? Math.min(limit, PAGE_SIZE) : PAGE_SIZE };
      return backend.getLeaderboard(query, { signal });
    },
    isEmpty: (page) => page.items.length === 0,
  });

  private get allowedScopes(): Scope[] {
    return scopes.filter((scope) => this.scopes.split(/[\s,]+/).includes(scope));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.startTimer();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.timer);
  }

  private startTimer(): void {
    clearInterval(this.timer);
    if (!(this.refreshInterval > 0) || !this.isConnected) return;
    this.timer = setInterval(() => {
      if (!document.hidden && this.ranking.status !== TaskStatus.PENDING) void this.ranking.reload();
    }, Math.max(10, this.refreshInterval) * 1000);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('refreshInterval')) this.startTimer();
    // Most pages show one fixed ranking: the switchers load only where a page asks for them.
    // A fetch that failed (offline) is tried again at the next update, by this leaderboard or another.
    if (this.controls !== null && !this.switchers) void controlsPart().then((module) => (this.switchers = module), ignore);
    // A site that turned member ranking off never shows it, whatever `scope` says.
    const allowed = this.allowedScopes;
    this.shownScope = allowed.includes(this.scope as Scope) ? (this.scope as Scope) : (allowed[0] ?? 'branches');
    if (this.shownScope !== this.scope) this.reportProblem(new ConfigError('scope', `"${this.scope}" is not one of the scopes this page allows ("${this.scopes}")`));
    const page = this.ranking.value;
    if (page && page !== this.list?.first) {
      this.list = new RankList(page, this.limit);
      this.pager?.reset(this.list);
    }
    const count = this.list?.rowCount ?? 0;
    if (this.rows.length !== count) this.rows = Array.from({ length: count }, (_, i) => i);
    if (this.list && !this.list.complete && !this.long) {
      if (longListLoaded) this.useLongList(longListLoaded);
      else void longListPart().then((module) => this.useLongList((longListLoaded = module)), ignore);
    }
  }

  /** The pager and the virtualizer, once their module has arrived. */
  private useLongList(module: LongList): void {
    if (this.long) return;
    this.long = module;
    this.pager = new module.CursorPager(
      this,
      (cursor, signal) => this.backend.getLeaderboard({ cursor, limit: PAGE_SIZE }, { signal }),
      (from, to) => !this.virtualized || (from <= this.visible[1] && to >= this.visible[0]),
    );
    if (this.list) this.pager.reset(this.list);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const list = this.list;
    const body = this.renderRoot.querySelector<HTMLElement>('[part~="body"]');
    if (!list || !body) return;
    if (!this.virtualized) {
      // Short lists load whole; a keyboard user can scroll one only if it can take focus.
      this.pager?.want(Math.min(list.rowCount, FIRST_ROWS) - 1);
      if (body.scrollHeight > body.clientHeight + 1) body.tabIndex = 0;
      else body.removeAttribute('tabindex');
    }
  }

  private get virtualized(): boolean {
    return !!this.long && (this.list?.rowCount ?? 0) > VIRTUALIZE_AFTER;
  }

  private onVisible(event: Event & { first?: number; last?: number }): void {
    this.visible = [event.first ?? 0, event.last ?? 0];
    this.pager?.want(this.visible[1] + AHEAD);
  }

  private onControl(control: Control, value: string): void {
    this[control] = value;
    const detail: LeaderboardChangeDetail = { metric: this.metric as Metric, scope: this.shownScope, period: this.period as Period };
    if (control === 'scope') detail.scope = value as Scope;
    emit(this, 'pb-leaderboard-change', detail);
  }

  /** Scrolls the member's own row into view and moves focus to it. */
  async jumpToMe(): Promise<void> {
    const list = this.list;
    const body = this.renderRoot.querySelector<HTMLElement>('[part~="body"]');
    if (!list?.me || !list.meShown || !body) return;
    const index = list.me.index;
    this.pager?.want(index + AHEAD);
    const find = () => body.querySelector<HTMLElement>(`[aria-rowindex="${index + 2}"]:not([aria-busy])`);
    let row: HTMLElement | null | undefined;
    if (this.virtualized) {
      row = await this.long!.scrollToRow(body, index, find, () => this.list === list && !list.complete && list.entries.length <= index && this.pager?.error === undefined);
    } else {
      await this.updateComplete;
      row = find();
      row?.scrollIntoView({ block: 'nearest' });
    }
    if (!row) return;
    // Rows are not tab stops; this one takes focus so keyboard and screen reader continue from it.
    row.tabIndex = -1;
    row.focus({ preventScroll: true });
  }

  protected override render() {
    const locale = this.settings.locale;
    return html`<div part="base" class="base" lang=${locale}>
      ${this.switchers?.renderControls(locale, this.controls, this.allowedScopes, { metric: this.metric, period: this.period, scope: this.shownScope }, (c, v) =>
        this.onControl(c, v),
      )}
      ${this.ranking.render({
        complete: (page) => this.renderRanking(page),
        empty: () => emptyState(locale, leaderboardStrings(locale).empty, leaderboardStrings(locale).emptyHint(this.period as Period)),
        // The contract refuses members by dues rate to ordinary members: say so in the member's words.
        error: (error) => errorState(this.settings, error, () => void this.ranking.reload(), this.metric === 'dues-rate' && this.shownScope === 'members' ? leaderboardStrings(locale).duesRateForbidden : undefined),
      })}
    </div>`;
  }

  private renderRanking(page: RankPage): TemplateResult | typeof nothing {
    const list = this.list;
    if (!list) return nothing;
    const locale = this.settings.locale;
    const strings = leaderboardStrings(locale);
    // No change column for `all` (no period before it), nor where no row has a previous rank
    // (a backend that keeps none, or a first period: "new" on every row says nothing).
    const showChange = page.period !== 'all' && list.entries.some((entry) => entry.previousRank !== null);
    const context: RowContext = { locale, list, unit: page.unit, scope: page.scope, showChange };
    const stale = this.ranking.status === TaskStatus.PENDING;
    const ranked = Math.max(list.total, list.entries.length);
    // Two templates, so the virtualizer starts on a fresh element of its own.
    const body = this.virtualized
      ? html`<div role="rowgroup" part="body" class="body virtual" tabindex="0" @visibilityChanged=${this.onVisible}>
          ${this.long!.virtualRows(this.rows, (i) => renderRow(context, i))}
        </div>`
      : html`<div role="rowgroup" part="body" class="body">
          ${this.rows.slice(0, list.rowCount > VIRTUALIZE_AFTER ? FIRST_ROWS : VIRTUALIZE_AFTER).map((i) => renderRow(context, i))}
        </div>`;
    return html`${this.renderMine(context)}
      <div role="table" part="table" class="table ${context.showChange ? '' : 'no-change'} ${!this.virtualized && list.rowCount <= SHORT ? 'short' : ''}" aria-label=${strings.label(page.scope, page.metric, page.period)} aria-rowcount=${list.rowCount + 1} aria-busy=${stale ? 'true' : 'false'} data-digits=${String(ranked).length}>
        <div role="rowgroup" part="header" class="head">
          <div role="row" class="row" aria-rowindex="1">
            <span role="columnheader" class="rank">${strings.rank}</span>
            <span role="columnheader" class="name">${strings.name[page.scope]}</span>
            <span role="columnheader" class="value">${assessmentStrings(locale).metric[page.metric]}</span>
            ${context.showChange ? html`<span role="columnheader" class="change">${strings.change}</span>` : nothing}
          </div>
        </div>
        ${body}
      </div>
      ${this.pager?.error === undefined ? nothing : this.long!.moreError(locale, this.pager.error, () => this.pager?.retry())}
      <p part="footer" class="footer">
        <span>${strings.count(ranked, page.scope, formatNumber(locale, ranked))}</span>
        <span>${strings.updated(formatDate(locale, page.generatedAt, { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' }))}</span>
      </p>`;
  }

  private renderMine(context: RowContext): TemplateResult | typeof nothing {
    const me = context.list.me;
    if (!me) return nothing;
    const strings = leaderboardStrings(context.locale);
    const shown = context.list.meShown;
    return html`<div part="mine" class="mine">
      <span class="mine-label">${strings.mine[context.scope]}</span>
      <strong class="mine-rank">${strings.rankOf(me.entry.rank)}</strong>
      <span class="mine-value">${valueText(context, me.entry.value)}</span>
      ${shown ? nothing : html`<span class="mine-outside">${strings.outside(context.list.cap)}</span>`}
      ${shown ? html`<button part="jump" class="button jump" type="button" @click=${() => void this.jumpToMe()}>${strings.jump[context.scope]}</button>` : nothing}
    </div>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pb-leaderboard-change': CustomEvent<LeaderboardChangeDetail>;
  }
}
