import { css } from 'lit';

export const styles = css`
  /* Sized by the widget's own width, not the window's: it may sit in a narrow column. */
  .base {
    container-type: inline-size;
  }
  .figures {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: var(--_space);
    margin: 0 0 calc(var(--_space) * 2);
  }
  .figure:first-child {
    grid-column: 1 / -1;
  }
  .figure {
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    background: var(--_c-surface-raised);
  }
  dt,
  .basis,
  .month-date,
  .pay-hint,
  .pending-hint,
  figcaption {
    color: var(--_c-text-muted);
    font-size: 0.9em;
  }
  dd {
    margin: 0;
  }
  .amount {
    font-size: 1.35em;
    font-variant-numeric: tabular-nums;
  }
  [data-owed] .amount {
    color: var(--_unpaid);
  }
  .basis {
    display: block;
  }
  .notice {
    display: flex;
    gap: var(--_space);
    margin-block-end: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_c-warning);
    border-inline-start-width: 6px;
    border-radius: var(--_radius);
    background: var(--_c-surface-raised);
    color: var(--_c-text);
  }
  .notice > .icon {
    color: var(--_c-warning);
    margin-block-start: 0.2em;
  }
  .notice[data-tone='serious'] {
    border-color: var(--_unpaid);
  }
  .notice[data-tone='serious'] > .icon {
    color: var(--_unpaid);
  }
  .notice p {
    margin: 0 0 0.4em;
  }
  .notice-title {
    font-weight: 600;
  }
  .months {
    display: grid;
    grid-template-columns: repeat(var(--pb-dues-status-columns, 3), 1fr);
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .cell {
    position: relative;
    display: flex;
    flex-direction: column;
    block-size: 100%;
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    background: var(--_c-surface);
  }
  label.cell {
    cursor: pointer;
  }
  .cell:has(input:focus-visible) {
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
  .month-name {
    font-weight: 600;
  }
  .month-status {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    color: var(--_status);
    font-weight: 500;
  }
  .month-amount {
    font-variant-numeric: tabular-nums;
  }
  [data-status='unpaid'] .cell {
    border-color: var(--_unpaid);
    border-inline-start-width: 4px;
  }
  [data-status='exempt'] .cell,
  [data-status='not-due'] .cell {
    background: var(--_c-surface-raised);
  }
  [data-status='not-due'] .cell {
    border-style: dashed;
  }
  [data-chosen] .cell {
    background: color-mix(in srgb, var(--_c-primary) 7%, var(--_c-surface));
  }
  @container (min-width: 32em) {
    .months {
      grid-template-columns: repeat(var(--pb-dues-status-columns, 4), 1fr);
    }
  }
  @container (min-width: 44em) {
    .figures {
      grid-template-columns: 1.4fr 1fr 1fr;
    }
    .figure:first-child {
      grid-column: auto;
    }
    .months {
      grid-template-columns: repeat(var(--pb-dues-status-columns, 6), 1fr);
    }
  }
  .pay,
  .pending,
  .all-paid,
  .outcome {
    margin-block: calc(var(--_space) * 2) 0;
  }
  .pay-hint,
  .pay-total,
  .pending p {
    margin: 0 0 0.5em;
  }
  .pay-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
  }
  .pay-total {
    margin: 0;
    font-weight: 600;
  }
  .pay-row .button {
    flex: 1 0 auto;
    max-inline-size: 20em;
  }
  .pending {
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_c-primary-text);
    border-radius: var(--_radius);
  }
  .pending-title {
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .qr {
    display: grid;
    justify-items: start;
    gap: 0.25em;
    margin: calc(var(--_space) * 1.5) 0 0;
  }
  /* A QR code needs dark on light in every theme to scan. */
  .qr svg {
    inline-size: 12em;
    block-size: 12em;
    background: #fff;
    fill: #000;
    shape-rendering: crispEdges;
  }
  .qr-loading {
    inline-size: 12em;
    block-size: 12em;
  }
  .all-paid,
  .outcome {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .all-paid {
    color: var(--_paid);
    font-weight: 500;
  }
  .outcome {
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-inline-start: 4px solid var(--_status);
    border-radius: var(--_radius);
    background: var(--_c-surface-raised);
  }
  .outcome > .icon {
    color: var(--_status);
  }
  .outcome > span {
    flex: 1 1 14em;
  }
  .outcome[data-status='failed'],
  .outcome[data-status='expired'] {
    --_status: var(--_unpaid);
  }
  .history {
    margin-block-start: calc(var(--_space) * 2);
  }
  .history summary {
    padding-block: calc(var(--_space) * 0.75);
    cursor: pointer;
    font-weight: 500;
  }
  .history ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .history li {
    display: flex;
    flex-wrap: wrap;
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
  .history [data-status='failed'] {
    --_status: var(--_unpaid);
  }
`;
