import { css } from 'lit';

export const styles = css`
  /* Sized by the widget's own width, not the window's: it may sit in a narrow column. */
  .base {
    container-type: inline-size;
  }
  /* One or two columns on a phone with large text, so nothing is wider than the screen. */
  .figures,
  .months {
    display: grid;
    gap: var(--_space);
  }
  .figures {
    grid-template-columns: minmax(0, 1fr);
  }
  .months {
    grid-template-columns: repeat(var(--pb-dues-status-columns, 2), minmax(0, 1fr));
  }
  .figure:first-child {
    grid-column: 1 / -1;
  }
  .basis {
    display: block;
  }
  .amount {
    font-size: 1.35em;
    overflow-wrap: anywhere;
  }
  [data-owed] .amount {
    color: var(--_unpaid);
  }
  .month-name,
  .pay-total {
    font-weight: 600;
  }
  .cell {
    position: relative;
    display: flex;
    flex-direction: column;
    block-size: 100%;
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
  }
  label.cell {
    cursor: pointer;
  }
  .cell:has(:focus-visible) {
    outline: var(--_focus-width) solid var(--_c-focus);
    outline-offset: 2px;
  }
  .cell input {
    position: absolute;
    inset-block-start: var(--_space);
    inset-inline-end: var(--_space);
    inline-size: 1.2em;
    block-size: 1.2em;
    margin: 0;
    accent-color: var(--_c-primary);
  }
  .month-status {
    display: flex;
    align-items: center;
    gap: 0.25em;
    color: var(--_status);
    font-weight: 500;
  }
  [data-status='unpaid'] .cell {
    border-color: var(--_unpaid);
    border-inline-start-width: 4px;
  }
  [data-status='due'] .cell {
    border-color: var(--_status);
  }
  [data-status='exempt'] .cell,
  [data-status='not-due'] .cell,
  [data-status='before-start'] .cell {
    background: var(--_c-surface-raised);
  }
  [data-status='not-due'] .cell {
    border-style: dashed;
  }
  [data-chosen] .cell {
    background: color-mix(in srgb, var(--_c-primary) 7%, var(--_c-surface));
  }
  @container (min-width: 18em) {
    .figures {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
    .months {
      grid-template-columns: repeat(var(--pb-dues-status-columns, 3), minmax(0, 1fr));
    }
  }
  @container (min-width: 32em) {
    .months {
      grid-template-columns: repeat(var(--pb-dues-status-columns, 4), minmax(0, 1fr));
    }
  }
  @container (min-width: 44em) {
    /* One row: the monthly amount wider, then paid, overdue and (this year) due now. */
    .figures {
      grid-template-columns: 1.4fr;
      grid-auto-flow: column;
      grid-auto-columns: 1fr;
    }
    .figure:first-child {
      grid-column: auto;
    }
    .months {
      grid-template-columns: repeat(var(--pb-dues-status-columns, 6), minmax(0, 1fr));
    }
  }
  .pay {
    display: grid;
    gap: 0.5em;
  }
  .pay-row {
    justify-content: space-between;
  }
  .pay-row .button {
    flex: 1 0 auto;
    max-inline-size: 20em;
  }
  .all-paid {
    color: var(--_paid);
    font-weight: 500;
  }
  .pay-elsewhere > span {
    flex: 1 1 14em;
  }
  .outcome {
    border-inline-start: 4px solid var(--_status);
  }
  .outcome > span {
    flex: 1 1 14em;
  }
  .history summary {
    padding-block: calc(var(--_space) * 0.75);
    cursor: pointer;
    font-weight: 500;
  }
  .history li {
    gap: 0.25em 1em;
    padding-block: 0.5em;
    border-block-end: 1px solid var(--_c-border);
  }
  .history-status {
    color: var(--_status, var(--_c-text-muted));
  }
  .history [data-status='pending'] {
    --_status: var(--_c-warning);
  }
  .history [data-status='expired'] {
    --_status: var(--_c-text-muted);
  }
`;
