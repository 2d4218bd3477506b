import { css } from 'lit';

export const styles = css`
  :host {
    --_height: var(--pb-leaderboard-height, 26em);
    --_highlight: var(--pb-leaderboard-highlight, color-mix(in srgb, var(--_c-primary) 8%, var(--_c-surface)));
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
  /*
   * Every layout step follows the widget's own width (a page's sidebar is as narrow as a
   * phone), never the page's. In a container query, em is the widget's font size, so the
   * large-text theme takes the narrower layouts at a larger width.
   */
  .base {
    flex-direction: column;
    /* One line: a wrapping column would be as wide as its widest child (a long select). */
    flex-wrap: nowrap;
    align-items: stretch;
    background: var(--_c-surface);
    container-type: inline-size;
  }
  .controls {
    column-gap: calc(var(--_space) * 2);
  }
  .control {
    max-inline-size: 100%;
  }
  /* A long metric name shortens the select instead of pushing it out of a narrow widget. */
  select {
    min-inline-size: 0;
    max-inline-size: 100%;
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
  /*
   * Wide: rank, name, value and change side by side, in columns of fixed width so every
   * row lines up with the header. The rank column grows with the digits of the last rank
   * (data-digits), so rank 12345 of a long list stays inside it: em, not ch, which the
   * member's own bold row would make wider.
   */
  .table {
    --_rank: max(var(--_rank-min, 3.4em), var(--_digits, 3) * 0.75em);
    --_cols: var(--_rank) minmax(0, 1fr) 6.5em 4.2em;
    --_areas: 'rank name value change';
  }
  .no-change {
    --_cols: var(--_rank) minmax(0, 1fr) 6.5em;
    --_areas: 'rank name value';
  }
  [data-digits='4'] {
    --_digits: 4;
  }
  [data-digits='5'] {
    --_digits: 5;
  }
  [data-digits='6'] {
    --_digits: 6;
  }
  [data-digits='7'] {
    --_digits: 7;
  }
  .row {
    grid-template-columns: var(--_cols);
    grid-template-areas: var(--_areas);
  }
  .rank {
    grid-area: rank;
  }
  .name {
    grid-area: name;
  }
  .value {
    grid-area: value;
  }
  .change {
    grid-area: change;
  }
  /* Narrower (a phone, a page's sidebar): the change goes under the value, leaving the name room. */
  @container (max-width: 26em) {
    .table {
      --_rank-min: 2.6em;
      --_cols: var(--_rank) minmax(0, 1fr) fit-content(6em);
      --_areas: 'rank name value' 'rank name change';
    }
    .no-change {
      --_areas: 'rank name value';
    }
    .value {
      align-self: end;
    }
    .change {
      align-self: start;
    }
    .no-change .value {
      align-self: center;
    }
  }
  /* Narrowest: the name gets the whole line; value and change go under it. */
  @container (max-width: 15em) {
    .table {
      --_cols: var(--_rank) minmax(0, 1fr) fit-content(4em);
      --_areas: 'rank name name' 'rank value change';
    }
    /* The header's metric name gets the line too, so it breaks between words, not inside them. */
    .head {
      --_areas: 'rank name name' 'rank value value' 'rank change change';
    }
    .no-change,
    .no-change .head {
      --_areas: 'rank name name' 'rank value value';
    }
    .row .value {
      align-self: start;
      text-align: start;
    }
  }
  [aria-busy='true'] .body {
    opacity: 0.6;
  }
  .row {
    display: grid;
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
  /*
   * The head's cells are smaller, not the head: the em column widths must match the body's.
   * A header longer than its column wraps, breaking a word only if nothing else fits.
   */
  .head .row > * {
    font-size: 0.85em;
    white-space: normal;
    overflow-wrap: anywhere;
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
  }
  /* A value may wrap between number and unit, never inside the number. */
  .rank-number,
  .change {
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
  .row.placeholder {
    grid-template-columns: 1fr;
    grid-template-areas: none;
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
