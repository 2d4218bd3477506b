import { css } from 'lit';

/** What both dues widgets share: status colours, icons, the head with the year switcher. */
export const duesStyles = css`
  :host {
    --_paid: var(--pb-dues-paid-color, var(--_c-success));
    --_unpaid: var(--pb-dues-unpaid-color, var(--_c-danger));
  }
  /* Its own surface, so a dark or large-text widget reads on any page. */
  .base {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_c-surface);
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
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    margin-block-end: calc(var(--_space) * 1.5);
  }
  .title {
    margin: 0;
    font-size: 1.1em;
    font-weight: 600;
  }
  .year {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
  }
  .year .button {
    padding-inline: 0;
  }
  .year-label {
    min-inline-size: 4.5em;
    text-align: center;
    font-weight: 600;
    font-size: 1.1em;
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
  [data-status='unpaid'] {
    --_status: var(--_unpaid);
  }
  [data-status='exempt'],
  [data-status='not-due'] {
    --_status: var(--_c-text-muted);
  }
`;
