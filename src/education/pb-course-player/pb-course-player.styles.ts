import { css } from 'lit';

/** The player around the lesson: header, layout, lesson list. */
export const styles = css`

  :host {
    container-type: inline-size;
  }
  h2,
  h3,
  h4,
  p {
    margin: 0;
  }
  .icon {
    inline-size: 1.25em;
    block-size: 1.25em;
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  [data-i='play'] path,
  [data-i='pause'] path {
    fill: currentColor;
  }
  .head {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    margin-block-end: calc(var(--_space) * 1.5);
  }
  .head h2 {
    font-size: 1.35em;
    line-height: 1.35;
  }
  .meta,
  .course-progress,
  .lesson-status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5) calc(var(--_space) * 1.5);
    color: var(--_c-text-muted);
    font-size: 0.9em;
  }
  .tag {
    padding: 0 0.6em;
    border: 1px solid var(--_c-border);
    border-radius: 999px;
  }
  .tag[data-required='true'] {
    border-color: var(--_c-primary-text);
    color: var(--_c-primary-text);
  }
  progress {
    flex: 1 1 12em;
    block-size: 0.6em;
  }
  .banner,
  .notice {
    display: flex;
    gap: var(--_space);
    align-items: center;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    background: var(--_c-surface-raised);
    border-inline-start: 4px solid var(--_c-success);
  }
  .banner {
    color: var(--_c-success);
    font-weight: 600;
  }
  .notice {
    margin-block-end: var(--_space);
    border-inline-start-color: var(--_c-warning);
  }
  .sync-note {
    margin-block-end: var(--_space);
  }
  .layout {
    display: grid;
    gap: calc(var(--_space) * 2);
    align-items: start;
  }
  @container (min-width: 52em) {
    .layout {
      grid-template-columns: minmax(0, 1fr) var(--pb-course-player-list-width, 20em);
    }
  }
  .stage {
    display: grid;
    gap: var(--_space);
    min-inline-size: 0;
  }
  .stage h3 {
    font-size: 1.15em;
  }

  /* Lesson list */
  .lessons ol {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .lesson {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 var(--_space);
    inline-size: 100%;
    min-block-size: var(--_target);
    padding: var(--_space);
    border: 1px solid var(--_c-border);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_c-surface);
    text-align: start;
  }
  .lesson .kind {
    grid-row: span 3;
    color: var(--_c-primary-text);
  }
  .lesson .name {
    font-weight: 600;
  }
  .lesson .info,
  .lesson .mark {
    font-size: 0.85em;
    color: var(--_c-text-muted);
  }
  .lesson .mark {
    display: flex;
    align-items: center;
    gap: 0.25em;
  }
  .lesson[data-done] .mark {
    color: var(--_c-success);
  }
  .lesson .saved {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    color: var(--_c-text-muted);
  }
  .lesson .mark > * ~ .saved {
    margin-inline-start: 0.5em;
  }
  .lesson[aria-current='true'] {
    border-inline-start-color: var(--_c-primary);
    background: var(--_c-surface-raised);
  }
  .lesson[aria-disabled='true'] {
    cursor: not-allowed;
    color: var(--_c-text-muted);
  }
  .lesson:hover:not([aria-disabled='true']) {
    border-color: var(--_c-primary-text);
  }

  .done {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    color: var(--_c-success);
    font-weight: 600;
  }
`;
