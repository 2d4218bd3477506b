import { html, nothing } from 'lit';
import type { QuestionnaireStrings } from '../strings/index.js';
import { up } from './requests.js';

export interface ProgressView {
  /** 0-based step and number of steps. */
  index: number;
  total: number;
  answered: number;
  questions: number;
  oneAtATime: boolean;
}

/** Where the member is: "Page 2 of 3 · 5 of 12 answered" and a bar of answered questions. */
export function progressBar(strings: QuestionnaireStrings, view: ProgressView) {
  const where = view.oneAtATime ? strings.questionOf(view.index + 1, view.total) : strings.pageOf(view.index + 1, view.total);
  return html`<div class="progress" part="progress">
    <span class="progress-text" id="progress-label">${where} · ${strings.answeredOf(view.answered, view.questions)}</span>
    <progress max=${Math.max(1, view.questions)} .value=${view.answered} aria-labelledby="progress-label"></progress>
  </div>`;
}

export interface NavView {
  /** The step shown, 0-based. */
  index: number;
  last: boolean;
  oneAtATime: boolean;
  busy: boolean;
  saved: string | undefined;
}

/**
 * Previous / Next, or Submit on the last step. Next is the form's submit button, so Enter
 * in a short-text field goes on too; the element validates the step before moving.
 */
export function pageNav(strings: QuestionnaireStrings, view: NavView) {
  const previous = view.oneAtATime ? strings.previousQuestion : strings.previous;
  const next = view.last ? (view.busy ? strings.submitting : strings.submit) : view.oneAtATime ? strings.nextQuestion : strings.next;
  return html`<div class="nav" part="nav">
    ${view.index ? html`<button type="button" class="button" part="previous" @click=${up({ type: 'go', index: view.index - 1 })}>${previous}</button>` : html`<span></span>`}
    ${view.saved ? html`<span class="saved" part="saved">${view.saved}</span>` : nothing}
    <button type="submit" class="button primary" part=${view.last ? 'submit' : 'next'} ?disabled=${view.busy}>${next}</button>
  </div>`;
}
