import { css, html, nothing, type TemplateResult } from 'lit';
import type { ResolvedSettings } from '../config/settings.js';
import type { Locale } from '../i18n/locale.js';
import { coreStrings } from '../i18n/strings.js';
import type { OutboxState } from '../outbox/outbox.js';
import { PbError, ProblemError } from '../api/errors.js';
import { describeError } from './error-text.js';

/**
 * The states every widget shares: loading, empty, error with retry (or no permission),
 * and the note about writes waiting to sync. Templates take what they show as arguments;
 * styles are in `stateStyles`.
 */

/**
 * What the error and sync states need from an element's settings: the locale, and where
 * the member signs in again (`login-href`). A bare locale means no sign-in link.
 */
export type StateSettings = Locale | Pick<ResolvedSettings, 'locale' | 'loginHref'>;

/** "Sign in again" to `login-href`, `{return}` filled with this page; nothing when unset. */
function signInLink(settings: StateSettings, locale: Locale): TemplateResult | undefined {
  const template = typeof settings === 'string' ? undefined : settings.loginHref;
  if (!template) return undefined;
  const href = template.replaceAll('{return}', encodeURIComponent(location.pathname + location.search + location.hash));
  return html`<a part="sign-in" class="button primary" href=${href}>${coreStrings(locale).signInAgain}</a>`;
}

/**
 * A skeleton of `rows` lines that holds the space the data will take, so the host page
 * does not jump when it arrives. Announced once to screen readers as "loading".
 */
export function loadingState(locale: Locale, rows = 3): TemplateResult {
  return html`<div part="loading" class="state state-loading" role="status" aria-busy="true">
    <span class="visually-hidden">${coreStrings(locale).loading}</span>
    ${Array.from({ length: rows }, () => html`<span class="skeleton" aria-hidden="true"></span>`)}
  </div>`;
}

/**
 * What every whole-widget state shares (empty, no permission, error, a widget's own such
 * as a questionnaire's "closed"): its part, an icon (one SVG path), a title, then the rest.
 * `tone` names its class, `state-<tone>` (the part unless given), which colours the icon.
 */
export function stateFrame(part: string, role: 'status' | 'alert', icon: string, title: string, rest: unknown, tone = part): TemplateResult {
  return html`<div part=${part} class="state state-${tone}" role=${role}>
    <svg class="state-icon" viewBox="0 0 24 24" aria-hidden="true"><path d=${icon} /></svg>
    <p class="state-title">${title}</p>
    ${rest}
  </div>`;
}

/** Nothing to show; `message` says what is missing in the widget's own words. */
export function emptyState(locale: Locale, message?: string, hint?: string): TemplateResult {
  return stateFrame('empty', 'status', 'M4 5h16v11H14l-2 3-2-3H4z', message ?? coreStrings(locale).empty, hint ? html`<p class="state-hint">${hint}</p>` : nothing);
}

/**
 * The error in the member's language, the technical detail for the webmaster, and a retry.
 * A refusal (403) is a plain "no permission" state instead: a retry cannot help and the
 * technical line means nothing to a member. It says `forbidden` (the widget's words for
 * who may see it), else the server's reason, else a general sentence. An ended session
 * (401) links to the portal's sign-in page when the settings name one (`login-href`); the
 * retry stays, second, for a member who signed in in another tab.
 */
export function errorState(settings: StateSettings, error: unknown, retry?: () => void, forbidden?: string): TemplateResult {
  const locale = typeof settings === 'string' ? settings : settings.locale;
  const strings = coreStrings(locale);
  if (error instanceof PbError && error.kind === 'not-offered') {
    // A site without this feature: said plainly, nothing to retry, nothing for the webmaster to fix.
    return stateFrame('not-offered', 'status', 'M5 5l14 14M12 3a9 9 0 1 0 0 18a9 9 0 0 0 0-18', strings.notOffered, nothing, 'empty');
  }
  if (error instanceof ProblemError && error.status === 403) {
    return stateFrame('forbidden', 'status', 'M6 11h12v9H6zM9 11V8a3 3 0 0 1 6 0v3', strings.forbiddenTitle, html`<p class="state-message">${forbidden ?? error.detail ?? strings.forbidden}</p>`);
  }
  const text = describeError(strings, error);
  const signIn = error instanceof ProblemError && error.status === 401 && signInLink(settings, locale);
  return stateFrame(
    'error',
    'alert',
    'M12 3 2 21h20zm0 6v5m0 3v.5',
    text.title,
    html`<p class="state-message">${text.message}</p>
      ${text.detail ? html`<details class="state-detail"><summary>${strings.details}</summary><code>${text.detail}</code></details>` : nothing}
      ${signIn || nothing}
      ${retry && text.canRetry ? html`<button part="retry" class=${signIn ? 'button' : 'button primary'} type="button" @click=${retry}>${strings.retry}</button>` : nothing}`,
  );
}

/** A quiet line while writes wait in the outbox; nothing when all is sent. */
export function syncNote(settings: StateSettings, state: OutboxState | undefined): TemplateResult | typeof nothing {
  if (!state || (!state.pending && !state.storageError)) return nothing;
  const locale = typeof settings === 'string' ? settings : settings.locale;
  const strings = coreStrings(locale);
  const message = state.storageError ? strings.storage : state.signedOut ? strings.signIn : state.offline ? strings.offline : strings.pending(state.pending);
  // Signed out with writes waiting: they are kept on this device and sent once signed in.
  const signIn = state.signedOut && !state.storageError && signInLink(settings, locale);
  return html`<p part="sync" class="sync-note" role="status" data-kind=${state.storageError || state.signedOut ? 'warning' : 'info'}>
    <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 12a8 8 0 0 1 14-5.3M20 12a8 8 0 0 1-14 5.3M18 3v4h-4M6 21v-4h4" /></svg>
    <span>${message}</span>
    ${state.pending && (state.offline || state.signedOut) ? html`<span class="sync-count">${strings.pending(state.pending)}</span>` : nothing}
    ${signIn || nothing}
  </p>`;
}

export const stateStyles = css`
  .state {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: var(--_space);
    padding: calc(var(--_space) * 3) calc(var(--_space) * 2);
    text-align: center;
    min-block-size: var(--_state-min-height, 8em);
  }
  .state p {
    margin: 0;
  }
  .state-icon {
    inline-size: 2em;
    block-size: 2em;
    fill: none;
    stroke: var(--_c-text-muted);
    stroke-width: 1.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .state-error .state-icon {
    stroke: var(--_c-danger);
  }
  .state-title {
    font-weight: 600;
  }
  .state-message,
  .state-hint {
    color: var(--_c-text-muted);
    max-inline-size: 36em;
  }
  .state-detail {
    font-size: 0.8em;
    color: var(--_c-text-muted);
    max-inline-size: 100%;
  }
  .state-detail code {
    display: block;
    margin-block-start: 0.25em;
    overflow-wrap: anywhere;
    text-align: start;
  }
  .state-loading {
    align-items: stretch;
    justify-content: flex-start;
  }
  .skeleton {
    display: block;
    block-size: 1.2em;
    margin-block: 0.3em;
    border-radius: var(--_radius);
    background: var(--_c-skeleton);
    animation: pb-pulse 1.4s ease-in-out infinite;
  }
  .skeleton:nth-child(3n + 2) {
    inline-size: 85%;
  }
  .skeleton:nth-child(3n) {
    inline-size: 65%;
  }
  @keyframes pb-pulse {
    50% {
      opacity: 0.45;
    }
  }
  .sync-note {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: start;
    gap: calc(var(--_space) * 0.25) calc(var(--_space) * 0.75);
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    background: var(--_c-surface-raised);
    border-inline-start: 4px solid var(--_c-focus);
    font-size: 0.9em;
  }
  .sync-note[data-kind='warning'] {
    border-inline-start-color: var(--_c-warning);
  }
  .sync-note svg {
    inline-size: 1.2em;
    block-size: 1.2em;
    margin-block-start: 0.2em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    flex: none;
  }
  .sync-count {
    grid-column: 2;
    color: var(--_c-text-muted);
  }
  .sync-note > a {
    grid-column: 2;
    justify-self: start;
  }
`;
