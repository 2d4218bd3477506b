import { css } from 'lit';

export const styles = css`
  .muted {
    color: var(--_c-text-muted);
  }
  .overview {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 2);
    margin-block-end: calc(var(--_space) * 2);
  }
  .rate {
    display: grid;
    margin: 0;
  }
  .big {
    font-size: 2em;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
  }
  .counts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .counts li {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_c-border);
    border-radius: 999px;
  }
  .counts .icon {
    color: var(--_status);
  }
  .columns {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 20em), 1fr));
    gap: calc(var(--_space) * 2);
    align-items: start;
  }
  .section-title {
    margin: 0 0 var(--_space);
    font-weight: 600;
    text-align: start;
  }
  .arrears {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .arrears li {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 1em;
    padding: var(--_space);
    border-block-end: 1px solid var(--_c-border);
  }
  .arrears [data-level='serious'] {
    border-inline-start: 4px solid var(--_unpaid);
    background: var(--_c-surface-raised);
  }
  .name {
    font-weight: 600;
  }
  .owed {
    margin-inline-start: auto;
    font-variant-numeric: tabular-nums;
  }
  .badge {
    display: inline-flex;
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
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    padding: 0.35em var(--_space);
    border-block-end: 1px solid var(--_c-border);
    text-align: start;
    font-weight: 400;
  }
  thead th {
    color: var(--_c-text-muted);
    font-size: 0.9em;
  }
  .rate-cell {
    display: flex;
    align-items: center;
    gap: var(--_space);
  }
  .bar {
    flex: 1;
    max-inline-size: 8em;
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
