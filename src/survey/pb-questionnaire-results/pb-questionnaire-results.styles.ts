import { css } from 'lit';

/** The results' sheet: its own surface, questions as cards, tables whose bars are the chart. */
export const styles = css`
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
  ul,
  h2,
  h3,
  h4,
  dl,
  dd {
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
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
  }
  .title {
    font-size: 1.15em;
  }
  .muted {
    color: var(--_c-text-muted);
    font-size: 0.9em;
    font-weight: 400;
  }
  .rate {
    display: grid;
  }
  .big {
    font-size: 2em;
    line-height: 1.2;
  }
  .section-title,
  .question-title {
    font-size: 1em;
    font-weight: 600;
    text-align: start;
  }
  .input {
    min-block-size: var(--_target);
    margin-inline-start: 0.25em;
    padding-inline: 0.5em;
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    background: var(--_c-surface);
    color: var(--_c-text);
    font: inherit;
  }
  .filters label {
    display: inline-flex;
    align-items: center;
  }
  .questions {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .question,
  .section {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
  }
  .figures {
    gap: calc(var(--_space) * 2);
  }
  .figures dt {
    color: var(--_c-text-muted);
    font-size: 0.9em;
  }
  .figures dd {
    font-size: 1.3em;
    font-weight: 600;
  }
  .table-scroll {
    overflow-x: auto;
  }
  table {
    inline-size: 100%;
    max-inline-size: 46em;
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
    min-inline-size: 4em;
  }
  /* Row names stay whole (学习时间 is not read letter by letter); long ones wrap at their words. */
  [part~='matrix'] tbody th,
  [part~='tallies'] tbody th {
    word-break: keep-all;
  }
  thead {
    color: var(--_c-text-muted);
    font-size: 0.9em;
  }
  /* Column names stay whole (满意, 基本合格), wrapping only at spaces. */
  thead th {
    word-break: keep-all;
  }
  caption {
    text-align: start;
    margin-block-end: 0.25em;
  }
  .cell {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    white-space: nowrap;
  }
  .bar {
    display: inline-block;
    flex: none;
    inline-size: 8em;
    block-size: 0.7em;
    border-radius: 999px;
    background: var(--_c-skeleton);
    overflow: hidden;
  }
  .bar span {
    display: block;
    block-size: 100%;
    inline-size: calc(var(--_share, 0) * 100%);
    background: var(--pb-results-bar-color, var(--_c-primary));
  }
  [data-withheld='true'] td {
    font-style: italic;
  }
  details summary {
    min-block-size: var(--_target);
    display: flex;
    align-items: center;
    color: var(--_c-primary-text);
    cursor: pointer;
  }
  .texts[open] {
    display: grid;
    gap: var(--_space);
  }
  .text-list {
    display: grid;
    gap: 0.4em;
  }
  .text-list li {
    padding: 0.4em var(--_space);
    border-inline-start: 3px solid var(--_c-border);
    overflow-wrap: anywhere;
  }
  .most-wrong {
    display: grid;
    gap: 0.25em;
    list-style: decimal;
    padding-inline-start: 1.5em;
  }
  .error-text {
    color: var(--_c-danger);
  }
  @container (max-width: 30em) {
    .big {
      font-size: 1.6em;
    }
    .bar {
      inline-size: 4em;
    }
    /* A cross-table's cells keep their numbers; the bars would squeeze the row names. */
    [part~='matrix'] .bar {
      display: none;
    }
    th,
    td {
      padding-inline: 0.25em;
    }
    .question,
    .section {
      padding-inline: var(--_space);
    }
  }
`;
