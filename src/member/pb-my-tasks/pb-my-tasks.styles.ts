import { css } from 'lit';

/**
 * The task list's sheet: urgency colours (each with its own icon shape, so colour is never
 * the only sign), a task as kind, title, when and how much, and the reminder's button; a
 * narrow widget puts the kind above the title.
 */
export const styles = css`
  :host {
    --_overdue: var(--pb-my-tasks-overdue-color, var(--_c-danger));
    --_due-soon: var(--pb-my-tasks-due-soon-color, var(--_c-warning));
    --_later: var(--_c-text-muted);
  }
  .base {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 1.5);
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_c-surface);
    font-variant-numeric: tabular-nums;
    container-type: inline-size;
  }
  p,
  ol,
  ul,
  h2,
  h3 {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .head {
    justify-content: space-between;
  }
  h2 {
    font-size: 1.1em;
    font-weight: 600;
  }
  .muted {
    color: var(--_c-text-muted);
    font-size: 0.9em;
    font-weight: normal;
  }
  [data-urgency='overdue'] {
    --_u: var(--_overdue);
  }
  [data-urgency='due-soon'] {
    --_u: var(--_due-soon);
  }
  [data-urgency='later'] {
    --_u: var(--_later);
  }
  [data-urgency='done'] {
    --_u: var(--_c-success);
  }
  .icon {
    inline-size: 1.15em;
    block-size: 1.15em;
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .counts li,
  .section-title,
  .badge {
    gap: 0.3em;
    color: var(--_u);
  }
  .counts strong {
    color: var(--_c-text);
  }
  .hours {
    padding-inline-start: 0.6em;
    border-inline-start: 3px solid var(--_u);
  }
  .section {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .section-title {
    display: flex;
    align-items: center;
    font-size: 1em;
    font-weight: 600;
  }
  .tasks {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .task {
    display: grid;
    grid-template-columns: 5.5em minmax(0, 1fr) auto;
    align-items: center;
    gap: var(--_space);
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--_c-border);
    border-inline-start: 4px solid var(--_u);
    border-radius: var(--_radius);
    background: var(--_c-surface-raised);
  }
  .kind {
    color: var(--_c-text-muted);
    font-size: 0.9em;
  }
  .main {
    display: grid;
    gap: 0.2em;
    min-inline-size: 0;
  }
  .title {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  a.title {
    color: var(--_c-primary-text);
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_target);
  }
  .badge {
    display: inline-flex;
    align-items: center;
    font-weight: 600;
  }
  @container (max-width: 30em) {
    .task {
      grid-template-columns: minmax(0, 1fr) auto;
    }
    .kind {
      grid-column: 1 / -1;
    }
  }
`;
