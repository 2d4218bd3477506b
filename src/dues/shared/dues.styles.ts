import { css } from 'lit';

/**
 * What both dues widgets share: status colours, the sections' rhythm, a few layout
 * classes their templates use (`row`, `box`, `muted`), icons, the head with the year
 * switcher. Shared classes keep each widget's own sheet to what is its own.
 */
export const duesStyles = css`
  :host {
    --_paid: var(--pb-dues-paid-color, var(--_c-success));
    --_unpaid: var(--pb-dues-unpaid-color, var(--_c-danger));
  }
  /* Its own surface, so a dark or large-text widget reads on any page; sections spaced by the grid. */
  .base {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 2);
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_c-surface);
    font-variant-numeric: tabular-nums;
  }
  p,
  dl,
  dd,
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
  .box {
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    background: var(--_c-surface-raised);
  }
  .muted {
    color: var(--_c-text-muted);
    font-size: 0.9em;
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
  .dashed {
    stroke-dasharray: 3 3;
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
  a,
  .link {
    color: var(--_c-primary-text);
  }
  .link {
    padding: 0;
    border: 0;
    background: none;
    text-decoration: underline;
  }
  [data-status='paid'],
  [data-status='paid-late'] {
    --_status: var(--_paid);
  }
  [data-status='unpaid'],
  [data-status='failed'],
  [data-status='expired'] {
    --_status: var(--_unpaid);
  }
  /* Due this month: to do, not yet late. */
  [data-status='due'] {
    --_status: var(--_c-warning);
  }
  [data-status='exempt'],
  [data-status='not-due'],
  [data-status='before-start'],
  [data-status='cancelled'] {
    --_status: var(--_c-text-muted);
  }
  [data-status] > .icon {
    color: var(--_status);
  }
`;
