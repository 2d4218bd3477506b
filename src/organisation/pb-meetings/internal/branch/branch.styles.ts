import { css } from 'lit';

/** The secretary's view: cadence chips, meeting rows, the attendance table, the live code over the page, the plan form. */
export const branchStyles = css`
  .branch {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    min-inline-size: 0;
  }
  .branch section {
    display: grid;
    gap: var(--_space);
  }
  .branch .rate strong {
    font-size: 1.4em;
  }
  .cadence ul {
    display: grid;
    gap: var(--_space);
  }
  .rule {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .bad {
    color: var(--_c-danger);
    font-weight: 600;
  }
  .good {
    color: var(--_c-success);
  }
  .periods {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .period {
    min-inline-size: 3em;
    padding: calc(var(--_space) * 0.25) calc(var(--_space) * 0.5);
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    text-align: center;
    font-size: 0.875em;
  }
  .period[data-status='met'] {
    border-color: var(--_c-success);
    color: var(--_c-success);
  }
  .period[data-status='overdue'] {
    border: 2px solid var(--_c-danger);
    color: var(--_c-danger);
    font-weight: 700;
  }
  .period[data-status='due'] {
    border-style: dashed;
    border-color: var(--_c-warning);
  }
  .period[data-status='later'] {
    color: var(--_c-text-muted);
  }
  .rows {
    display: grid;
    gap: var(--_space);
  }
  .row {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    padding: var(--_space);
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    background: var(--_c-surface-raised);
  }
  .row[data-status='open'] {
    border-inline-start: 4px solid var(--_accent);
  }
  .pending {
    color: var(--_c-warning);
    font-weight: 600;
  }
  .members table,
  .attendance {
    inline-size: 100%;
    border-collapse: collapse;
  }
  .members th,
  .members td,
  .attendance th,
  .attendance td {
    padding: calc(var(--_space) * 0.5);
    border-block-end: 1px solid var(--_c-border);
    text-align: start;
    vertical-align: top;
  }
  .members th,
  .attendance th {
    white-space: nowrap;
  }
  /* On a phone (or in large text) a member's buttons go below their name and state. */
  @container (max-width: 32em) {
    .attendance tr {
      display: grid;
      grid-template-columns: auto minmax(0, 1fr);
      border-block-end: 1px solid var(--_c-border);
    }
    .attendance th,
    .attendance td {
      border: 0;
    }
    .attendance td:last-child {
      grid-column: 1 / -1;
    }
  }
  .members summary {
    min-block-size: var(--_target);
    cursor: pointer;
    font-weight: 600;
  }
  .live-code {
    position: fixed;
    inset: 0;
    z-index: 2147483647;
    display: grid;
    place-content: center;
    justify-items: center;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 2);
    background: var(--_c-surface);
    color: var(--_c-text);
    text-align: center;
  }
  .live-code .code {
    font-size: clamp(3rem, 18vmin, 12rem);
    font-weight: 700;
    letter-spacing: 0.12em;
    color: var(--_accent);
    font-variant-numeric: tabular-nums;
  }
  .live-code .qr {
    inline-size: min(60vmin, 22rem);
    block-size: auto;
    background: #fff;
  }
  .live-code .qr path {
    fill: #000;
  }
  .plan {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
  }
  .plan .wide {
    flex: 1 1 16em;
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
    min-block-size: var(--_target);
  }
`;
