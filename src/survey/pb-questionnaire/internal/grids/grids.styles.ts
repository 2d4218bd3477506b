import { css } from 'lit';

/** Styles of the grid question, adopted when its chunk loads. */
export const gridStyles = css`
  /* The quiet button beside the question ("rate the rest"): a shortcut, not an answer. The ranking
     part has the same rule: written in each chunk, as a chunk both import would be fetched
     after them, one more round trip on a slow connection. */
  .button.quiet {
    justify-self: start;
    white-space: normal;
    text-align: start;
    padding-block: calc(var(--_space) * 0.5);
    background: var(--_c-surface-raised);
  }
  /* Matrix: one header row and a radio group per row, aligned by the same columns. */
  .matrix {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .matrix-head,
  .matrix-row {
    display: grid;
    grid-template-columns: minmax(6em, 1.6fr);
    grid-auto-columns: minmax(0, 1fr);
    grid-auto-flow: column;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
  }
  .matrix-head {
    font-size: 0.875em;
    font-weight: 600;
    text-align: center;
    color: var(--_c-text-muted);
    padding-block-end: calc(var(--_space) * 0.5);
    border-block-end: 1px solid var(--_c-border);
  }
  .matrix-row {
    padding-block: calc(var(--_space) * 0.25);
    border-block-end: 1px solid var(--_c-border);
  }
  [data-invalid] .matrix-row:not([data-answered]) {
    background: color-mix(in srgb, var(--_c-danger) 7%, var(--_c-surface));
  }
  .cell {
    display: flex;
    justify-content: center;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
    min-block-size: var(--_target);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .cell:has(input:checked) {
    background: var(--_tint);
  }
  .cell[data-blocked] {
    cursor: not-allowed;
    opacity: 0.5;
  }
  .cell-text {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .hint:has(> .matrix-status) {
    font-size: 1em;
    display: grid;
    gap: var(--_space);
  }
  .callout {
    display: flex;
    align-items: flex-start;
    gap: var(--_space);
    padding: var(--_space) calc(var(--_space) * 1.25);
    border: 1px solid var(--_c-border);
    border-inline-start: 4px solid var(--_c-accent);
    border-radius: var(--_radius);
    color: var(--_c-text);
  }
  .callout svg {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin-block-start: 0.15em;
    fill: none;
    stroke: var(--_c-accent);
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .matrix-status {
    display: grid;
    gap: calc(var(--_space) * 0.25);
    padding: var(--_space) calc(var(--_space) * 1.25);
    border-radius: var(--_radius);
    background: var(--_c-surface-raised);
    color: var(--_c-text);
  }
  .limit[data-state='full'] strong {
    color: var(--_c-warning);
  }
  .limit[data-state='over'] {
    color: var(--_c-danger);
  }
  .rated {
    color: var(--_c-text-muted);
  }
  /* Narrow: each row a card with labelled choices, two by two. */
  @container (max-width: 34em) {
    .matrix-head {
      display: none;
    }
    .matrix-row {
      grid-template-columns: 1fr 1fr;
      grid-auto-flow: row;
      padding: var(--_space);
      border: 1px solid var(--_c-border);
      border-radius: var(--_radius);
    }
    .row-label {
      grid-column: 1 / -1;
      font-weight: 600;
    }
    .cell {
      justify-content: flex-start;
      padding-inline: var(--_space);
      border: 1px solid var(--_c-border);
    }
    .cell-text {
      position: static;
      inline-size: auto;
      block-size: auto;
      clip-path: none;
      white-space: normal;
    }
  }
`;
