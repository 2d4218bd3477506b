import { css } from 'lit';

/**
 * The study summary's sheet. Its head and year switcher are the dues summary's
 * (`dues/parts.ts`), drawn the same way here; the status colours are the plans'.
 */
export const styles = css`
  /* Its own surface, so a dark or large-text widget reads on any page; sections spaced by the grid. */
  .base {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 2);
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_c-surface);
    font-variant-numeric: tabular-nums;
    container-type: inline-size;
  }
  p,
  ol,
  ul {
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
  .muted {
    color: var(--_c-text-muted);
    font-size: 0.9em;
  }
  .head {
    justify-content: space-between;
  }
  .title,
  .year-label {
    font-size: 1.1em;
    font-weight: 600;
  }
  .year {
    gap: 0.25em;
  }
  .year .button {
    padding-inline: 0;
  }
  .year-label {
    min-inline-size: 4.5em;
    text-align: center;
  }
  .overview {
    gap: calc(var(--_space) * 2);
  }
  .rate {
    display: grid;
  }
  .big {
    font-size: 2em;
    line-height: 1.2;
  }
  .counts li {
    gap: 0.3em;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_c-border);
    border-radius: 999px;
  }
  [data-status] > .icon {
    color: var(--_status);
  }
  .section-title,
  .name {
    font-weight: 600;
  }
  .section-title {
    text-align: start;
  }
  caption.section-title {
    margin-block-end: var(--_space);
  }
  .members-head {
    justify-content: space-between;
    margin-block-end: var(--_space);
  }
  .view-toggle[aria-pressed='true'],
  [part~='view-toggle'][aria-pressed='true'] {
    border-color: var(--_c-primary-text);
    color: var(--_c-primary-text);
  }
  /* Cards side by side when there is room: a branch of forty reads in a few screens. */
  .members {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 24em), 1fr));
    gap: var(--_space);
  }
  .member {
    display: grid;
    align-content: start;
    gap: 0.25em;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_c-border);
    border-inline-start: 4px solid var(--_status);
    border-radius: var(--_radius);
  }
  .member[data-status='overdue'] {
    background: var(--_c-surface-raised);
  }
  .member-head {
    gap: 0.25em 0.75em;
  }
  .member-head .badge {
    margin-inline-start: auto;
  }
  details summary {
    display: flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: var(--_target);
    color: var(--_c-primary-text);
    cursor: pointer;
  }
  /* A drawn triangle, not a character a screen reader would read out. */
  details summary::before {
    content: '';
    border-block: 0.3em solid transparent;
    border-inline-start: 0.45em solid currentColor;
  }
  details[open] summary::before {
    transform: rotate(90deg);
  }
  .courses {
    display: grid;
    gap: 0.35em;
    padding-block-end: var(--_space);
  }
  .course {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.1em 0.6em;
  }
  .course-title {
    flex: 1 1 8em;
    font-weight: 500;
  }
  .cell {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    white-space: nowrap;
  }
  .table-scroll {
    overflow-x: auto;
  }
  /* On a phone the members' table scrolls sideways rather than break names letter by letter. */
  [part~='member-table'] {
    min-inline-size: 40em;
  }
  [part~='member-table'] tbody th,
  [part~='member-table'] td:nth-child(n + 5) {
    white-space: nowrap;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    padding: 0.35em var(--_space);
    border-block-end: 1px solid var(--_c-border);
    text-align: start;
    font-weight: 400;
    vertical-align: top;
  }
  tbody th {
    font-weight: 600;
  }
  thead {
    color: var(--_c-text-muted);
    font-size: 0.9em;
  }
  /* A table of six rows needs no more than this; wider, the numbers drift away from their names. */
  .groups {
    max-inline-size: 46em;
  }
  .groups .muted {
    display: block;
  }
  /* 离退休返乡 stays whole; English names still wrap at their spaces. */
  .group-name {
    word-break: keep-all;
  }
  /* A phone: the counts as a compact strip, the members' rows tighter. */
  @container (max-width: 30em) {
    .big {
      font-size: 1.6em;
    }
    .counts {
      gap: 0.4em;
    }
    .counts li {
      padding-inline: 0.5em;
    }
    .member {
      padding-inline: var(--_space);
    }
    th,
    td {
      padding-inline: 0.25em;
    }
    /* The group's bar under its percentage: four columns fit a phone, even in large text. */
    .groups .cell {
      display: grid;
      gap: 0.2em;
    }
    .groups .bar {
      inline-size: 3em;
    }
  }
`;
