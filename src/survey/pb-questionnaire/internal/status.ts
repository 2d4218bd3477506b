import { html, nothing, type TemplateResult } from 'lit';
import { stateFrame } from '../../../shared/states.js';

export type StatusKind = 'info' | 'success' | 'warning' | 'waiting';

const icons: Record<StatusKind, string> = {
  info: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zm0 8v5m0-8.5V8',
  success: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM8 12.5l2.7 2.7L16.5 9.5',
  warning: 'M12 3 2 21h20zm0 6v5m0 3v.5',
  waiting: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zm0 4v5l3 2',
};

/**
 * A whole-widget state in place of the questions: not open yet, closed, already
 * submitted, submitted now, waiting to send. The shared state frame (`state-<kind>`
 * colours its icon); `role=status` so a change is announced.
 */
export function statusPanel(kind: StatusKind, title: string, messages: unknown[], actions: unknown = nothing): TemplateResult {
  return stateFrame(
    'status',
    'status',
    icons[kind],
    title,
    html`${messages.filter(Boolean).map((message) => html`<p class="state-message">${message}</p>`)}
    ${actions === nothing ? nothing : html`<div class="status-actions">${actions}</div>`}`,
    kind,
  );
}
