import { TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { expectAnswers } from '../../api/answers.js';
import { ConfigError } from '../../api/errors.js';
import type { CourseQuery, CourseSummary, PlanCourse } from '../../api/types.js';
import { listCourses } from '../../contract/shapes/CoursePage.gen.js';
import { creditedHours } from '../../contract/rules/credit-hours.js';
import { formatDuration, formatNumber, formatPercent } from '../../i18n/format.js';
import { progressStyles } from '../progress.styles.js';
import { emit } from '../../shared/emit.js';
import { lazy } from '../../shared/lazy.js';
import { PbElement } from '../../shared/pb-element.js';
import { Resource } from '../../shared/resource.js';
import { emptyState, errorState, stateStyles } from '../../shared/states.js';
import { safeUrl } from '../safe-url.js';
import { courseHref } from '../course-href.js';
import { planAbsent } from './internal/plan/plan-absent.js';
import type { PlanSectionHost } from './internal/plan/plan-section.lazy.js';
import { styles } from './pb-course-catalog.styles.js';
import { catalogStrings } from './strings/index.js';

export type CourseFilter = 'all' | 'required' | 'elective';

/** Detail of `pb-course-select`. */
export interface PbCourseSelectDetail {
  courseId: string;
  /** The course's card data; absent for a course chosen in 为你安排 that is not on the catalog's loaded pages. */
  course?: CourseSummary;
  /** The plan's row, when the course was chosen in 为你安排. */
  plan?: PlanCourse;
}

const filters: CourseFilter[] = ['all', 'required', 'elective'];
const controlNames = ['required', 'category', 'search'];

expectAnswers({ listCourses });

type PlanModule = typeof import('./internal/plan/plan-section.lazy.js');
/** 为你安排's chunk, fetched with the first plan; a failed fetch (offline) is tried again on retry. */
const planSection = lazy(() => import('./internal/plan/plan-section.lazy.js'));

/**
 * Courses on demand: required and elective courses by category, searched on the server,
 * with the member's progress and credited study time in each. First, 为你安排: the
 * courses the branch assigned to the member (`getMyStudyPlan`), most urgent first, with
 * due dates, progress and the year's study hours; left out where the backend has no study
 * plans, or with `plan="off"`.
 *
 * @tagname pb-course-catalog
 * @summary The course catalog: filters, search, progress per course, load more.
 *
 * @fires {PbCourseSelectDetail} pb-course-select - The member chose a course. Cancelable: with `href-template`, cancelling it keeps the page from following the link.
 *
 * @csspart base - The whole catalog.
 * @csspart toolbar - Filters and search.
 * @csspart course - One course card (a list item).
 * @csspart cover - A course's cover image.
 * @csspart title - A course's title (a link or a button).
 * @csspart progress - A course's progress bar and credited time.
 * @csspart more - The "load more" button.
 * @csspart plan - 为你安排, the member's assigned courses and hours (above the toolbar).
 * @csspart plan-course - One assigned course; `data-status` is `overdue`, `due-soon`, `on-track` or `done`.
 * @csspart plan-hours - The year's study hours against the target.
 * @csspart certificate - The year's certificate (年度学习证书) in 为你安排, once the year's 学时 are reached and the member asks for it.
 * @csspart plan-tip - The hint for veteran and migrant members (listening, larger text).
 *
 * @cssprop --pb-course-catalog-card-width - Narrowest a card gets before the grid drops a column (default 16em).
 * @cssprop --pb-plan-overdue-color - Overdue courses in 为你安排; default the danger colour.
 * @cssprop --pb-plan-due-soon-color - Courses due within 30 days; default the warning colour.
 * @cssprop --pb-plan-done-color - Done courses and reached hours; default the success colour.
 */
export class PbCourseCatalog extends PbElement {
  static override styles = [...PbElement.styles, stateStyles, progressStyles, styles];

  /** Where a course links to, with `{id}` for its id, e.g. `/study.html?course={id}`; without it a course is a button that fires `pb-course-select`. */
  @property({ attribute: 'href-template' }) hrefTemplate?: string;
  /** `all`, `required` (必修) or `elective` (选修) courses. */
  @property({ reflect: true }) filter: CourseFilter = 'all';
  /** Only courses of this category; empty for all. */
  @property() category = '';
  /**
   * Which filters to offer, space-separated: `required` (required or elective), `category`,
   * `search`; empty for none. A site whose backend cannot filter by one leaves it out.
   */
  @property() controls = 'required category search';
  /** Text searched for on the server; the search box sets it after a pause in typing. */
  @property() search = '';
  /** Courses per page (1–100). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 12;
  /** `off` leaves out 为你安排 (the member's assigned courses) and asks the backend nothing for it. */
  @property() plan: 'on' | 'off' = 'on';

  @state() private more: CourseSummary[] = [];
  @state() private cursor: string | null | undefined;
  @state() private moreError: unknown;
  @state() private loadingMore = false;
  private categories: string[] = [];
  private typing: ReturnType<typeof setTimeout> | undefined;
  private moreAbort: AbortController | undefined;

  private readonly page = new Resource(this, {
    args: () => [this.query()] as const,
    loadingRows: 4,
    load: (backend, [query], signal) => backend.listCourses(query, { signal }),
    isEmpty: (page) => !page.items.length,
  });

  private planParts: PlanModule | undefined;

  private readonly studyPlan = new Resource(this, {
    args: () => [this.plan !== 'off'] as const,
    load: async (backend, [on], signal) => {
      if (!on) return null;
      const section = planSection(this);
      // The plan's shape comes with the section's chunk: its answer waits for it.
      expectAnswers({ getMyStudyPlan: section.then((parts) => parts.getMyStudyPlan, () => undefined) });
      const [plan, parts] = await Promise.all([backend.getMyStudyPlan({ signal }), section]);
      this.planParts = parts;
      return plan;
    },
    isEmpty: (plan) => !plan || (!plan.courses.length && !plan.hours),
  });

  private readonly planHost: PlanSectionHost = {
    href: (courseId) => courseHref(this.hrefTemplate, courseId),
    select: (event, plan) => this.select(event, [...(this.page.value?.items ?? []), ...this.more].find((c) => c.id === plan.courseId), plan),
    element: this,
    theme: () => this.settings.theme,
  };

  private queryKey = '';
  private lastQuery: CourseQuery = {};

  private query(): CourseQuery {
    const limit = Math.min(100, Math.max(1, Math.floor(this.pageSize) || 12));
    // A stable key per query, so the resource reloads only when the query changed.
    const key = [this.filter, this.category, this.search.trim(), limit].join('\u0000');
    if (key !== this.queryKey) {
      this.queryKey = key;
      this.lastQuery = {
        required: this.filter === 'all' ? undefined : this.filter === 'required',
        category: this.category || undefined,
        q: this.search.trim() || undefined,
        limit,
      };
    }
    return this.lastQuery;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Wrong values are said once in the console, then the nearest right one is used.
    const unknown = this.controls.split(/\s+/).find((name) => name && !controlNames.includes(name));
    if (changed.has('controls') && unknown) this.reportProblem(new ConfigError('controls', `"${unknown}" is not one of ${controlNames.join(', ')}`));
    if (changed.has('filter') && !filters.includes(this.filter)) {
      this.reportProblem(new ConfigError('filter', `"${this.filter}" is not one of ${filters.join(', ')}; showing all`));
      this.filter = 'all';
    }
    if (changed.has('plan') && this.plan !== 'on' && this.plan !== 'off') {
      this.reportProblem(new ConfigError('plan', `"${this.plan}" is not on or off`));
      this.plan = 'on';
    }
    if (changed.has('pageSize') && !(Number.isInteger(this.pageSize) && this.pageSize >= 1 && this.pageSize <= 100)) {
      this.reportProblem(new ConfigError('page-size', `"${this.getAttribute('page-size') ?? this.pageSize}" is not a whole number from 1 to 100`));
    }
    if (changed.has('filter') || changed.has('category') || changed.has('search') || changed.has('pageSize')) {
      this.moreAbort?.abort();
      this.more = [];
      this.cursor = undefined;
      this.moreError = undefined;
      this.loadingMore = false;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.typing);
    this.moreAbort?.abort();
  }

  protected override render() {
    const locale = this.settings.locale;
    const s = catalogStrings(locale);
    const first = this.page.value;
    if (first) this.categories = first.categories;
    // The count stays in the page through every state, so a live region is there to say
    // "0 courses" too (the empty state says it visibly).
    const total = this.page.status === TaskStatus.ERROR ? undefined : first?.total;
    const shown = new Set(this.controls.split(/\s+/));
    return html`<section part="base" class="catalog" aria-label=${s.catalog} lang=${locale}>
      ${this.plan === 'off' ? nothing : this.renderPlan()}
      <div part="toolbar" class="toolbar" ?hidden=${!this.controls.trim()}>
        <fieldset class="segments" ?hidden=${!shown.has('required')}>
          <legend class="visually-hidden">${s.type}</legend>
          ${filters.map(
            (value) => html`<label class="segment"
              ><input type="radio" name="filter" .value=${value} .checked=${this.filter === value} @change=${() => (this.filter = value)} /><span
                >${s[value]}</span
              ></label
            >`,
          )}
        </fieldset>
        <label class="field" ?hidden=${!shown.has('category')}>
          <span class="visually-hidden">${s.category}</span>
          <select @change=${(e: Event) => (this.category = (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!this.category}>${s.allCategories}</option>
            ${this.categories.map((c) => html`<option .value=${c} ?selected=${c === this.category}>${c}</option>`)}
          </select>
        </label>
        <form class="field search" role="search" ?hidden=${!shown.has('search')} @submit=${this.submitSearch}>
          <label class="visually-hidden" for="q">${s.search}</label>
          <input id="q" type="search" .enterKeyHint=${'search'} autocomplete="off" placeholder=${s.searchHint} .value=${this.search} @input=${this.typed} />
          <button class="button icon" type="submit" aria-label=${s.search}>
            <svg viewBox="0 0 24 24" aria-hidden="true"><circle cx="11" cy="11" r="6" /><path d="m16 16 4 4" /></svg>
          </button>
        </form>
      </div>
      <p class="count ${total === 0 ? 'visually-hidden' : ''}" role="status">${total === undefined ? '' : s.total(total)}</p>
      ${this.page.render({
        complete: (page) => {
          const cursor = this.cursor === undefined ? page.nextCursor : this.cursor;
          return html`<ul class="list" aria-busy=${this.page.status === TaskStatus.PENDING ? 'true' : 'false'}>
              ${[...page.items, ...this.more].map((course) => this.card(course))}
            </ul>
            ${this.moreError ? errorState(this.settings, this.moreError, () => void this.loadMore(cursor!)) : nothing}
            ${cursor && !this.moreError
              ? html`<p class="more"><button part="more" class="button" type="button" ?disabled=${this.loadingMore} aria-busy=${this.loadingMore ? 'true' : 'false'} @click=${() => this.loadMore(cursor)}>${s.more}</button></p>`
              : nothing}`;
        },
        empty: () => html`<div class="none">
          ${emptyState(locale, s.none, s.noneHint)}
          ${this.filter !== 'all' || this.category || this.search
            ? html`<button class="button" type="button" @click=${this.clear}>${s.clear}</button>`
            : nothing}
        </div>`,
      })}
    </section>`;
  }

  /** 为你安排: quiet while it loads, left out where there are no plans, an error with retry otherwise. */
  private renderPlan(): unknown {
    return this.studyPlan.render({
      pending: () => html`<div class="plan-loading" aria-hidden="true"><span class="skeleton"></span><span class="skeleton"></span></div>`,
      complete: (plan) => {
        // While a new plan loads the last one shows: none (off until now) is nothing.
        return plan && this.planParts ? this.planParts.planSection(this.settings.locale, plan, this.planHost) : nothing;
      },
      empty: () => nothing,
      error: (error) => (planAbsent(error) ? nothing : html`<div class="plan-error">${errorState(this.settings, error, () => void this.studyPlan.reload())}</div>`),
    });
  }

  private card(course: CourseSummary): TemplateResult {
    const locale = this.settings.locale;
    const s = catalogStrings(locale);
    const href = courseHref(this.hrefTemplate, course.id);
    const cover = safeUrl(course.coverUrl);
    const { percent, creditedSeconds, completed } = course.progress;
    const select = (event: Event) => this.select(event, course);
    return html`<li part="course" class="course" data-id=${course.id}>
      <div part="cover" class="cover" aria-hidden="true">${cover ? html`<img src=${cover} alt="" loading="lazy" />` : html`<span>${course.category.slice(0, 2)}</span>`}</div>
      <div class="body">
        <h3 part="title" class="title">
          ${href ? html`<a href=${href} @click=${select}>${course.title}</a>` : html`<button type="button" @click=${select}>${course.title}</button>`}
        </h3>
        <p class="tags">
          <span class="tag" data-required=${course.required}>${course.required ? s.required : s.elective}</span>
          <span class="tag">${course.category}</span>
          ${completed ? html`<span class="tag" data-done>${s.completed}</span>` : nothing}
        </p>
        <p class="desc">${course.description}</p>
        <p class="meta">${s.lessons(course.lessonCount)} · ${formatDuration(locale, course.durationSeconds)} · ${s.hours(formatNumber(locale, course.creditHours))}</p>
        <div part="progress" class="progress">
          <progress max="100" .value=${Math.min(100, Math.max(0, percent))} aria-label=${s.progress(course.title)}></progress>
          <span>${formatPercent(locale, percent / 100, 0)}</span>
          <span class="credited"
            >${completed
              ? s.earned(formatNumber(locale, creditedHours(course, course.progress)))
              : creditedSeconds
                ? s.credited(formatDuration(locale, creditedSeconds))
                : percent
                  ? nothing
                  : s.notStarted}</span
          >
        </div>
      </div>
    </li>`;
  }

  private select(event: Event, course: CourseSummary | undefined, plan?: PlanCourse): void {
    const detail: PbCourseSelectDetail = { courseId: plan?.courseId ?? course!.id, ...(course ? { course } : {}), ...(plan ? { plan } : {}) };
    if (!emit(this, 'pb-course-select', detail, { cancelable: true })) event.preventDefault();
  }

  private readonly typed = (event: Event) => {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this.typing);
    // Ask the server once the member pauses, not on every keystroke.
    this.typing = setTimeout(() => (this.search = value.trim()), 350);
  };

  private readonly submitSearch = (event: Event) => {
    event.preventDefault();
    clearTimeout(this.typing);
    this.search = this.renderRoot.querySelector<HTMLInputElement>('#q')!.value.trim();
  };

  private readonly clear = () => {
    clearTimeout(this.typing);
    this.filter = 'all';
    this.category = '';
    this.search = '';
  };

  private async loadMore(cursor: string): Promise<void> {
    this.moreAbort?.abort();
    const abort = (this.moreAbort = new AbortController());
    const shown = this.renderRoot.querySelectorAll('.course').length;
    this.loadingMore = true;
    this.moreError = undefined;
    try {
      const page = await this.backend.listCourses({ ...this.query(), cursor }, { signal: abort.signal });
      if (abort.signal.aborted) return;
      this.more = [...this.more, ...page.items];
      this.cursor = page.nextCursor;
      await this.updateComplete;
      // Keyboard members continue where the new courses begin, not at the top.
      this.renderRoot.querySelectorAll<HTMLElement>('.course .title > *')[shown]?.focus();
    } catch (error) {
      if (!abort.signal.aborted) this.moreError = error;
    } finally {
      if (this.moreAbort === abort) this.loadingMore = false;
    }
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pb-course-select': CustomEvent<PbCourseSelectDetail>;
  }
}
