/**
 * The ask form: title (with near duplicates and courses offered under it as it is typed),
 * a few lines, a category of the catalog, anonymous or not. Sending and the offers' buttons
 * are requests up: the form's `submit` and `data-act` presses go to the element.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { coreStrings } from '../../../../i18n/strings.js';
import type { Locale } from '../../../../i18n/locale.js';
import { describeError } from '../../../../shared/error-text.js';
import { refusalText } from '../refusal.js';
import { courseLink, statusBadge } from '../request-parts.js';
import { canVoice } from '../request-status.js';
import { requestStrings } from '../../strings/index.js';
import type { AskController } from './ask-controller.js';
import type { AskProblem } from './ask-rules.js';
import { askStrings, type AskStrings } from './strings/index.js';

const message = (a: AskStrings, problem: AskProblem): string => {
  if (problem.field === 'category') return a.categoryMissing;
  if (problem.rule === 'short') return a.titleShort;
  return problem.field === 'title' ? a.titleLong(problem.length) : a.detailsLong(problem.length);
};

/** A field's error line and the attributes that tie it to the field. */
function errorOf(a: AskStrings, ask: AskController, field: AskProblem['field']) {
  const problem = ask.problems.find((p) => p.field === field);
  return {
    invalid: problem ? ('true' as const) : ('false' as const),
    line: problem ? html`<p id="ask-${field}-error" part="field-error" class="field-error">${message(a, problem)}</p>` : nothing,
    describedBy: `ask-${field}-hint${problem ? ` ask-${field}-error` : ''}`,
  };
}

function suggestions(locale: Locale, ask: AskController, template: string | undefined): TemplateResult {
  const a = askStrings(locale);
  const s = requestStrings(locale);
  const found = ask.similar;
  const any = found && (found.requests.length || found.courses.length);
  // Always in the page, so a screen reader announces what comes into it.
  return html`<div part="suggestions" class="suggestions" aria-live="polite">${any
      ? html`<p class="suggest-title">${a.similar}</p>
          <ul>
            ${found.requests.map(
              ({ request }) => html`<li class="suggestion" data-id=${request.id}>
                <span class="name">${request.title}</span>${statusBadge(locale, request.status)}<span class="count">${s.voices(request.voices)}</span>
                ${request.status === 'available' && request.course
                  ? courseLink(template, request.course, a.openCourse)
                  : request.mine.voiced
                    ? html`<span class="count">${a.voicedAlready}</span>`
                    : canVoice(request.status)
                      ? html`<button class="button" type="button" data-act="voice">${a.voiceInstead}</button>`
                      : nothing}
              </li>`,
            )}
            ${found.courses.map(
              (course) => html`<li class="suggestion">
                <span class="tag">${a.course}</span><span class="name">${course.title}</span>${courseLink(template, course, a.openCourse)}
              </li>`,
            )}
          </ul>`
      : nothing}</div>`;
}

export function askForm(locale: Locale, ask: AskController, template: string | undefined): TemplateResult {
  const a = askStrings(locale);
  const { draft } = ask;
  const title = errorOf(a, ask, 'title');
  const details = errorOf(a, ask, 'details');
  const category = errorOf(a, ask, 'category');
  const value = (event: Event) => (event.target as HTMLInputElement).value;
  return html`<form part="ask-form" class="ask" novalidate aria-labelledby="ask-form-title" @submit=${ask.submit}>
    <p class="form-title" id="ask-form-title">${a.form}</p>
    ${ask.refusal ? html`<p class="problem" role="alert">${a.refused(refusalText(locale, ask.refusal))}</p>` : nothing}
    <div class="block">
      <label for="ask-title">${a.title}</label>
      <input id="ask-title" name="title" autocomplete="off" .value=${draft.title} aria-invalid=${title.invalid} aria-describedby=${title.describedBy} @input=${(e: Event) => ask.change({ title: value(e) })} />
      <p id="ask-title-hint" class="hint">${a.titleHint}</p>
      ${title.line}
    </div>
    ${suggestions(locale, ask, template)}
    <div class="block">
      <label for="ask-details">${a.details}</label>
      <textarea id="ask-details" name="details" rows="3" .value=${draft.details} aria-invalid=${details.invalid} aria-describedby=${details.describedBy} @input=${(e: Event) => ask.change({ details: value(e) })}></textarea>
      <p id="ask-details-hint" class="hint">${a.detailsHint}</p>
      ${details.line}
    </div>
    <div class="block">
      <label for="ask-category">${a.category}</label>
      <select id="ask-category" name="category" aria-invalid=${category.invalid} aria-describedby=${category.describedBy} @change=${(e: Event) => ask.change({ category: value(e) })}>
        <option value="" ?selected=${!draft.category}>${a.choose}</option>
        ${(ask.categories ?? []).map((c) => html`<option .value=${c} ?selected=${c === draft.category}>${c}</option>`)}
      </select>
      <p id="ask-category-hint" class="hint">${ask.categoriesError
          ? html`${a.categoriesFailed} ${describeError(coreStrings(locale), ask.categoriesError).message}
              <button class="link" type="button" @click=${() => void ask.loadCategories()}>${a.retry}</button>`
          : nothing}</p>
      ${category.line}
    </div>
    <div class="block">
      <label class="check"><input type="checkbox" name="anonymous" .checked=${draft.anonymous} aria-describedby="ask-anonymous-hint" @change=${(e: Event) => ask.change({ anonymous: (e.target as HTMLInputElement).checked })} />${a.anonymous}</label>
      <p id="ask-anonymous-hint" class="hint">${a.anonymousHint}</p>
    </div>
    <div class="actions">
      <button class="button primary" type="submit">${a.submit}</button>
      <button class="button" type="button" data-act="cancel-ask">${a.cancel}</button>
    </div>
  </form>`;
}
