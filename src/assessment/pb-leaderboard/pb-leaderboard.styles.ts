import { css } from 'lit';

export const styles = css`
  :host {
    --_height: var(--pb-leaderboard-height, 26em);
    --_highlight: var(--pb-leaderboard-highlight, color-mix(in srgb, var(--_c-primary) 8%, var(--_c-surface)));
    container-type: inline-size;
  }
  .base,
  .controls,
  .control,
  .mine,
  .more-error,
  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .base {
    flex-direction: column;
    align-items: stretch;
    background: var(--_c-surface);
  }
  .controls {
    column-gap: calc(var(--_space) * 2);
  }
  select {
    min-block-size: var(--_target);
    padding-inline: var(--_space);
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    background: var(--_c-surface);
  }
  .mine {
    padding: calc(var(--_space) * 0.5) var(--_space);
    column-gap: calc(var(--_space) * 1.5);
  }
  .mine,
  [aria-current='true'] {
    background: var(--_highlight);
    box-shadow: inset 4px 0 0 var(--_c-primary);
  }
  .mine-rank {
    color: var(--_c-primary-text);
  }
  .jump {
    margin-inline-start: auto;
  }
  /* Column widths shrink with the widget on phones (cqi: 1% of the widget's width). */
  .table {
    --_cols: min(3.4em, 12cqi) minmax(0, 1fr) min(6.5em, 25cqi) min(4.2em, 14cqi);
  }
  .no-change {
    --_cols: min(3.4em, 12cqi) minmax(0, 1fr) min(6.5em, 25cqi);
  }
  [aria-busy='true'] .body {
    opacity: 0.6;
  }
  .row {
    display: grid;
    grid-template-columns: var(--_cols);
    align-items: center;
    column-gap: var(--_space);
    inline-size: 100%;
    min-block-size: var(--_target);
    padding: calc(var(--_space) * 0.5) var(--_space);
    border-block-end: 1px solid var(--_c-border);
  }
  .head,
  .body {
    display: block;
    overflow: hidden;
    scrollbar-gutter: stable;
  }
  /* The head's cells are smaller, not the head: the em column widths must match the body's. */
  .head .row > * {
    font-size: 0.85em;
  }
  /* Positioned, so the screen-reader text in rows scrolls with them instead of stretching the page. */
  .body {
    position: relative;
    max-block-size: var(--_height);
    overflow: auto;
    overscroll-behavior: contain;
  }
  /* A list shown whole never scrolls: no gutter kept for a scrollbar that never comes. */
  .short .body {
    max-block-size: none;
  }
  .short .head,
  .short .body {
    scrollbar-gutter: auto;
  }
  /* The virtualizer contains its size: it needs a height, not a maximum. */
  .virtual {
    block-size: var(--_height);
  }
  .body:focus-visible,
  .row:focus-visible {
    outline-offset: -3px;
  }
  .rank,
  .value,
  .change {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .value,
  .change {
    text-align: end;
  }
  .rank,
  .name {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    column-gap: 0.3em;
    overflow-wrap: anywhere;
  }
  .rank-number,
  [aria-current='true'] {
    font-weight: 600;
  }
  .medal {
    inline-size: 1.2em;
    block-size: 1.2em;
    fill: var(--_medal);
    stroke: var(--_c-text);
    stroke-width: 0.6;
  }
  [data-rank='1'] {
    --_medal: var(--pb-leaderboard-gold, #e6b422);
  }
  [data-rank='2'] {
    --_medal: var(--pb-leaderboard-silver, #b4b8bd);
  }
  [data-rank='3'] {
    --_medal: var(--pb-leaderboard-bronze, #c17f45);
  }
  .head {
    color: var(--_c-text-muted);
  }
  .tie,
  .branch,
  .change,
  .mine-label,
  .mine-outside,
  .footer {
    color: var(--_c-text-muted);
    font-size: 0.85em;
  }
  .branch {
    flex-basis: 100%;
  }
  .me-tag {
    padding-inline: 0.4em;
    border-radius: var(--_radius);
    background: var(--_c-primary);
    color: var(--_c-on-primary);
    font-size: 0.8em;
  }
  .change[data-direction='up'] {
    color: var(--_c-success);
  }
  .change[data-direction='down'] {
    color: var(--_c-danger);
  }
  .placeholder {
    grid-template-columns: 1fr;
  }
  .skeleton-cell {
    block-size: 1em;
    border-radius: var(--_radius);
    background: var(--_c-skeleton);
  }
  .more-error {
    color: var(--_c-danger);
  }
  .footer {
    justify-content: space-between;
    margin: 0;
    padding-inline: var(--_space);
  }
`;
