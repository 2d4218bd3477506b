import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

export type StatusKind = 'info' | 'success' | 'warning' | 'waiting';

const icons: Record<StatusKind, SVGTemplateResult> = {
  info: svg`<path d="M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zm0 8v5m0-8.5V8" />`,
  success: svg`<path d="M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM8 12.5l2.7 2.7L16.5 9.5" />`,
  warning: svg`<path d="M12 3 2 21h20zm0 6v5m0 3v.5" />`,
  waiting: svg`<path d="M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zm0 4v5l3 2" />`,
};

/**
 * A whole-widget state in place of the questions: not open yet, closed, already
 * submitted, submitted now, waiting to send. `role=status` so a change is announced. It
 * looks like the shared states (`stateStyles`): one family of states in every widget.
 */
export function statusPanel(kind: StatusKind, title: string, messages: unknown[], actions: unknown = nothing): TemplateResult {
  return html`<div class="state" part="status" role="status" data-kind=${kind}>
    <svg class="state-icon" viewBox="0 0 24 24" aria-hidden="true">${icons[kind]}</svg>
    <p class="state-title">${title}</p>
    ${messages.filter(Boolean).map((message) => html`<p class="state-message">${message}</p>`)}
    ${actions === nothing ? nothing : html`<div class="status-actions">${actions}</div>`}
  </div>`;
}
