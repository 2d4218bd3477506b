import { css } from 'lit';

export const styles = css`
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
  .columns {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 20em), 1fr));
    gap: calc(var(--_space) * 2);
    align-items: start;
  }
  .section-title,
  .name {
    font-weight: 600;
  }
  .section-title {
    margin-block-end: var(--_space);
    text-align: start;
  }
  .arrears li {
    align-items: baseline;
    gap: 0.25em 1em;
    padding: var(--_space);
    border-block-end: 1px solid var(--_c-border);
  }
  [data-level='serious'] {
    border-inline-start: 4px solid var(--_unpaid);
    background: var(--_c-surface-raised);
  }
  .owed {
    margin-inline-start: auto;
  }
  .name.link {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_c-primary-text);
    font: inherit;
    font-weight: 600;
    text-decoration: underline;
    cursor: pointer;
    min-block-size: var(--_target);
  }
  [part~='remind-all'] {
    margin-block-start: var(--_space);
  }
  .actions {
    justify-content: flex-end;
  }
  .badge {
    display: flex;
    align-items: center;
    gap: 0.25em;
    flex-basis: 100%;
    color: var(--_unpaid);
    font-size: 0.9em;
    font-weight: 500;
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
  }
  /* A month name ("10月", "Oct") and "12 / 20" stay on one line even in large text on a phone. */
  tbody th,
  tbody td:nth-child(2) {
    white-space: nowrap;
  }
  thead {
    color: var(--_c-text-muted);
    font-size: 0.9em;
  }
  .rate-cell {
    flex-wrap: nowrap;
  }
  /* Every track the same length, so the bars compare whatever the width of the number beside them. */
  .bar {
    flex: none;
    inline-size: 4em;
    block-size: 0.6em;
    border-radius: 999px;
    background: var(--_c-skeleton);
    overflow: hidden;
  }
  .bar span {
    display: block;
    block-size: 100%;
    inline-size: calc(var(--_rate, 0) * 100%);
    background: var(--_paid);
  }
`;
