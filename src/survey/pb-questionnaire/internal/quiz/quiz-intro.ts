import { html, nothing } from 'lit';
import { formatDuration, formatNumber } from '../../../../i18n/format.js';
import type { Locale } from '../../../../i18n/locale.js';
import { formatCountdown, urgency } from '../countdown.js';
import type { Definition } from '../shapes.js';
import { quizStrings } from './strings/index.js';
import { up } from '../requests.js';

/** The facts of a quiz before it starts: questions, points, pass mark, time limit. */
export function quizFacts(locale: Locale, definition: Definition): string[] {
  const strings = quizStrings(locale);
  const n = (value: number) => formatNumber(locale, value);
  const questions = definition.pages.reduce((sum, page) => sum + page.questions.length, 0);
  return [
    strings.questionCount(questions),
    definition.totalPoints !== null ? strings.totalPoints(n(definition.totalPoints)) : '',
    definition.passMark !== null ? strings.passMark(n(definition.passMark)) : '',
    definition.timeLimitSeconds !== null ? strings.timeLimit(formatDuration(locale, definition.timeLimitSeconds)) : '',
  ].filter(Boolean);
}

/** The screen before a timed quiz: what it is, that the clock cannot be paused, and Start (sent up as a request). */
export function quizIntro(
  locale: Locale,
  definition: Definition,
  state: { starting: boolean; error: string | undefined },
) {
  const strings = quizStrings(locale);
  return html`<div class="intro" part="intro">
    <ul class="facts">
      ${quizFacts(locale, definition).map((fact) => html`<li>${fact}</li>`)}
    </ul>
    <p class="note">${strings.timerNote}</p>
    ${state.error ? html`<p class="message" role="alert">${state.error}</p>` : nothing}
    <button type="button" class="button primary start" part="start" ?disabled=${state.starting} @click=${up({ type: 'start' })}>
      ${state.starting ? strings.starting : strings.start}
    </button>
  </div>`;
}

/**
 * The countdown, kept in view while scrolling. `role=timer` is not announced on every
 * tick; the element announces the last five minutes and the last minute once each.
 */
export function quizTimer(locale: Locale, remaining: number) {
  const strings = quizStrings(locale);
  return html`<div class="timer" part="timer" role="timer" aria-label=${strings.timeLeft} data-urgency=${urgency(remaining)}>
    <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M12 5a8 8 0 1 0 0 16 8 8 0 0 0 0-16zm0 4v4l2.5 2M9 2h6" /></svg>
    <span class="timer-label" aria-hidden="true">${strings.timeLeft}</span>
    <span class="timer-value">${formatCountdown(remaining)}</span>
  </div>`;
}
