/**
 * The secretary's view: demand per topic, the filters, the requests ranked by demand with
 * who asked (unless anonymous), and the answer panel of the one being answered.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { BranchCourseRequestPage, MemberGroup, TopicDemand } from '../../../../api/types.js';
import { formatNumber } from '../../../../i18n/format.js';
import { coreStrings } from '../../../../i18n/strings.js';
import type { Locale } from '../../../../i18n/locale.js';
import { describeError } from '../../../../shared/error-text.js';
import { emptyState } from '../../../../shared/states.js';
import type { ShownRequest } from '../request-list.js';
import { formatDay, statusBadge, statusText, tags } from '../request-parts.js';
import { chinaDay, memberCategories, memberGroups, type MemberCategory } from '../request-status.js';
import { requestStrings } from '../../strings/index.js';
import type { AnswerController } from './answer-controller.js';
import { answersFor, mergeTargets, type Answer, type AnswerProblem } from './answer-rules.js';
import { branchStrings, type BranchStrings } from './strings/index.js';

/** What the element gives the view: data, state, and what the view may ask of it. */
export interface BranchContext {
  locale: Locale;
  page: BranchCourseRequestPage;
  shown: ShownRequest[];
  answers: AnswerController;
  hrefTemplate: string | undefined;
  filters: { status: string; group: MemberGroup | ''; category: MemberCategory | '' };
  setFilter(name: 'group' | 'category', value: string): void;
  /** The status select (the member's view has it too). */
  statusFilter: TemplateResult;
  /** "Load more", or the error of a page that did not come. */
  more: unknown;
  refusal(id: string): string | undefined;
}

function select(label: string, all: string, values: readonly string[], words: Record<string, string>, chosen: string, set: (value: string) => void): TemplateResult {
  return html`<label class="field"
    ><span>${label}</span>
    <select @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${!chosen}>${all}</option>
      ${values.map((value) => html`<option value=${value} ?selected=${value === chosen}>${words[value]}</option>`)}
    </select></label
  >`;
}

function topicsTable(locale: Locale, topics: TopicDemand[]): TemplateResult | typeof nothing {
  if (!topics.length) return nothing;
  const b = branchStrings(locale);
  const most = Math.max(1, ...topics.map((t) => t.answers));
  return html`<section part="topics" class="topics">
    <table>
      <caption class="section-title">${b.topics}</caption>
      <thead>
        <tr><th scope="col">${b.topic}</th><th scope="col">${b.answers}</th><th scope="col">${b.open}</th></tr>
      </thead>
      <tbody>
        ${topics.map(
          (t) => html`<tr>
            <th scope="row">${t.topic}</th>
            <td><span class="share"><span class="bar" aria-hidden="true"><span data-share=${t.answers / most}></span></span>${formatNumber(locale, t.answers)}</span></td>
            <td>${formatNumber(locale, t.requests)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </section>`;
}

function problemText(b: BranchStrings, problem: AnswerProblem): string {
  switch (problem.field) {
    case 'plannedOn':
      return problem.rule === 'past' ? b.dayPast : b.dayMissing;
    case 'courseId':
      return b.courseMissing;
    case 'reason':
      return problem.rule === 'long' ? b.reasonLong : b.reasonShort;
    default:
      return b.mergeMissing;
  }
}

/** The one field the chosen answer needs, with its error. */
function answerField(ctx: BranchContext, request: ShownRequest): TemplateResult {
  const { locale, answers } = ctx;
  const b = branchStrings(locale);
  const draft = answers.draft!;
  const problem = answers.problems[0];
  const invalid = problem ? 'true' : 'false';
  const error = problem ? html`<p id="answer-error" part="field-error" class="field-error">${problemText(b, problem)}</p>` : nothing;
  const value = (e: Event) => (e.target as HTMLInputElement).value;
  const described = problem ? 'answer-error' : nothing;
  let field: TemplateResult;
  switch (draft.kind) {
    case 'planned':
      field = html`<label for="answer-field">${b.day}</label>
        <input id="answer-field" type="date" min=${chinaDay()} .value=${draft.plannedOn} aria-invalid=${invalid} aria-describedby=${described} @input=${(e: Event) => answers.change({ plannedOn: value(e) })} />`;
      break;
    case 'available': {
      // The request's own category first: the course that answers it is most often there.
      const courses = [...(answers.courses ?? [])].sort((x, y) => Number(y.category === request.category) - Number(x.category === request.category));
      field = html`<label for="answer-field">${b.course}</label>
        <select id="answer-field" aria-invalid=${invalid} aria-describedby=${described} @change=${(e: Event) => answers.change({ courseId: value(e) })}>
          <option value="" ?selected=${!draft.courseId}>${b.chooseCourse}</option>
          ${courses.map((c) => html`<option value=${c.id} ?selected=${c.id === draft.courseId}>${c.title}（${c.category}）</option>`)}
        </select>
        ${answers.coursesError
          ? html`<p class="field-error">
              ${b.coursesFailed} ${describeError(coreStrings(locale), answers.coursesError).message}
              <button class="link" type="button" @click=${() => void answers.loadCourses()}>${b.retry}</button>
            </p>`
          : nothing}`;
      break;
    }
    case 'declined':
      field = html`<label for="answer-field">${b.reason}</label>
        <textarea id="answer-field" rows="2" .value=${draft.reason} aria-invalid=${invalid} aria-describedby=${described} @input=${(e: Event) => answers.change({ reason: value(e) })}></textarea>`;
      break;
    default:
      field = html`<label for="answer-field">${b.mergeInto}</label>
        <select id="answer-field" aria-invalid=${invalid} aria-describedby=${described} @change=${(e: Event) => answers.change({ mergedInto: value(e) })}>
          <option value="" ?selected=${!draft.mergedInto}>${b.chooseRequest}</option>
          ${mergeTargets(request, ctx.shown).map((r) => html`<option value=${r.id} ?selected=${r.id === draft.mergedInto}>${r.title}</option>`)}
        </select>`;
  }
  return html`<div class="block">${field} ${error}</div>`;
}

function answerForm(ctx: BranchContext, request: ShownRequest): TemplateResult {
  const { locale, answers, page } = ctx;
  const b = branchStrings(locale);
  const draft = answers.draft!;
  return html`<form part="answer-form" class="answer" novalidate aria-label=${b.answerFor(request.title)} @submit=${answers.submit}>
    <fieldset class="kinds">
      <legend>${b.how}</legend>
      ${answersFor(request.status).map(
        (kind: Answer) => html`<label class="kind"
          ><input type="radio" name="answer-kind" .value=${kind} .checked=${draft.kind === kind} @change=${() => answers.choose(kind)} /><span>${b.kinds[kind]}</span></label
        >`,
      )}
    </fieldset>
    ${answerField(ctx, request)}
    <div class="block">
      <label for="answer-topic">${b.topicField}</label>
      <input id="answer-topic" list="answer-topics" autocomplete="off" .value=${draft.topic} @input=${(e: Event) => answers.change({ topic: (e.target as HTMLInputElement).value })} />
      <datalist id="answer-topics">${page.topics.map((t) => html`<option value=${t.topic}></option>`)}</datalist>
    </div>
    <div class="actions">
      <button class="button primary" type="submit">${b.save}</button>
      <button class="button" type="button" @click=${() => answers.close()}>${b.cancel}</button>
    </div>
  </form>`;
}

function row(ctx: BranchContext, request: ShownRequest): TemplateResult {
  const { locale, answers } = ctx;
  const s = requestStrings(locale);
  const b = branchStrings(locale);
  const day = formatDay(locale, request.createdOn);
  const open = answers.request?.id === request.id && answers.draft;
  const refusal = ctx.refusal(request.id);
  // Who asked says "anonymous" itself; the news mark is the member's view's.
  const who = request.requester ? b.askedBy(request.requester.name, day) : b.anonymousOn(day);
  return html`<li part="request" class="request" data-id=${request.id} data-status=${request.status}>
    <div class="top">
      <h3 part="title" class="name" tabindex="-1">${request.title}</h3>
      ${statusBadge(locale, request.status)}
    </div>
    <p part="demand" class="demand">
      <span class="heat"><strong>${formatNumber(locale, request.demand.total)}</strong> ${b.heat}</span>
      <span class="muted">${b.breakdown(request.demand.voices, request.demand.answers)}</span>
    </p>
    ${tags(locale, { ...request, anonymous: false, mine: { ...request.mine, unread: false } }, html`<span part="requester" class="tag">${who}</span>${request.topic !== request.category ? html`<span class="tag">${b.topicOf(request.topic)}</span>` : nothing}`)}
    ${request.details ? html`<p class="details">${request.details}</p>` : nothing} ${statusText(locale, request, ctx.hrefTemplate)}
    ${answersFor(request.status).length
      ? html`<p class="answer-row">
          <button part="answer-button" class="button" type="button" aria-expanded=${open ? 'true' : 'false'} @click=${() => (open ? answers.close() : answers.open(request))}>${b.answer}</button>
        </p>`
      : nothing}
    ${open ? answerForm(ctx, request) : nothing} ${refusal ? html`<p part="refusal" class="refusal" role="alert">${s.refused(refusal)}</p>` : nothing}
  </li>`;
}

export function branchView(ctx: BranchContext): TemplateResult {
  const { locale, page, filters } = ctx;
  const s = requestStrings(locale);
  const b = branchStrings(locale);
  const filtered = filters.status || filters.group || filters.category;
  return html`<div class="head">
      <p class="title">${b.title(page.branchName)}</p>
      <span class="count" role="status">${s.total(page.total)}</span>
    </div>
    ${topicsTable(locale, page.topics)}
    <div part="toolbar" class="toolbar">
      ${ctx.statusFilter} ${select(b.group, b.allGroups, memberGroups, b.groups, filters.group, (v) => ctx.setFilter('group', v))}
      ${select(b.category, b.allCategories, memberCategories, b.categories, filters.category, (v) => ctx.setFilter('category', v))}
    </div>
    ${ctx.shown.length
      ? html`<ol part="list" class="list">
            ${repeat(ctx.shown, (r) => r.id, (r) => row(ctx, r))}
          </ol>
          ${ctx.more}`
      : html`<div class="none">
          ${emptyState(locale, b.empty, b.emptyHint)}
          ${filtered ? html`<button class="button" type="button" data-act="clear">${s.clear}</button>` : nothing}
        </div>`}`;
}
