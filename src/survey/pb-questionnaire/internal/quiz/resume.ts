import { html } from 'lit';
import type { Locale } from '../../../../i18n/locale.js';
import { formatCountdown, hasExpired, urgency } from '../countdown.js';
import { quizStrings } from './strings/index.js';
import { up } from '../requests.js';

/**
 * A timed attempt found running when the quiz loads (or when Start finds one started on
 * another device): before any question, what it is, the time left counting down, and
 * Continue. Once time is up: that nothing was submitted, and a button that submits the
 * answers saved. The note is a polite live region, so time running out while the member
 * looks at the panel is heard; the ticking time (`role=timer`) is not.
 */
export function resumePanel(
  locale: Locale,
  { elsewhere }: { elsewhere: boolean },
  remaining = 0,
  /** How many questions the saved answers answer. */
  saved: number,
  level: number,
) {
  const strings = quizStrings(locale);
  // The countdown stops once time is up (with the form's margin past zero).
  const expired = hasExpired(remaining);
  const title = expired ? strings.expiredTitle : elsewhere ? strings.resumeElsewhere : strings.resumeTitle;
  // `state-title`: where focus goes when the member's action brings the panel (see `phase` in `machine.ts`).
  return html`<section class="resume" part="resume" aria-labelledby="resume-heading" data-state=${expired ? 'expired' : urgency(remaining)}>
    <div id="resume-heading" class="state-title resume-title" role="heading" aria-level=${level} tabindex="-1">${title}</div>
    <p class="resume-time" part="time-left" role="timer" ?hidden=${expired}>
      <span class="resume-label">${strings.timeLeft}</span>
      <span class="resume-count">${formatCountdown(remaining)}</span>
    </p>
    <p class="resume-note" role="status">
      ${(expired ? [strings.expiredNote, strings.expiredSaved(saved)] : [strings.resumeNote, strings.savedCount(saved)]).map((line) => html`<span>${line}</span>`)}
    </p>
    <button type="button" class="button primary" part="continue" @click=${up({ type: 'continue', submit: expired })}>${expired ? strings.submitSaved : strings.continue}</button>
  </section>`;
}
