import { css } from 'lit';

/** Styles of the ranking question, adopted when its chunk loads. */
export const rankingStyles = css`
  /* The quiet button beside the question ("keep this order"): a shortcut, not an answer. The grid
     part has the same rule: written in each chunk, as a chunk both import would be fetched
     after them, one more round trip on a slow connection. */
  .button.quiet {
    justify-self: start;
    white-space: normal;
    text-align: start;
    padding-block: calc(var(--_space) * 0.5);
    background: var(--_c-surface-raised);
  }
  .ranking {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .rank-item {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
    padding-inline-end: calc(var(--_space) * 0.5);
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    background: var(--_c-surface);
  }
  .rank-item[data-dragging] {
    border-color: var(--_accent);
    box-shadow: var(--_shadow);
    background: var(--_tint);
  }
  .handle {
    display: grid;
    place-items: center;
    inline-size: var(--_target);
    min-block-size: var(--_target);
    cursor: grab;
    touch-action: none;
    color: var(--_c-text-muted);
  }
  .handle svg,
  .icon-button svg {
    inline-size: 1.25em;
    block-size: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .rank {
    display: grid;
    place-items: center;
    flex: none;
    inline-size: 1.75em;
    block-size: 1.75em;
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_c-on-primary);
    font-size: 0.875em;
    font-weight: 700;
  }
  .rank-label {
    flex: 1;
    min-inline-size: 0;
  }
  .icon-button {
    display: grid;
    place-items: center;
    inline-size: var(--_target);
    block-size: var(--_target);
    padding: 0;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: none;
  }
  .icon-button:hover:not(:disabled) {
    border-color: var(--_c-border);
  }
  .icon-button:disabled {
    opacity: 0.3;
    cursor: default;
  }
`;
