import { css } from 'lit';

/** Styles of the chart's toolbar, legend, canvas and table; they load with Chart.js. */
export const viewStyles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--_space);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
  }
  .legend-item {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: var(--_target);
    padding-inline: var(--_space);
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    background: var(--_c-surface);
    color: var(--_c-text);
  }
  .legend-item[aria-pressed='false'] {
    color: var(--_c-text-muted);
    text-decoration: line-through;
  }
  .legend-item[aria-pressed='false'] .swatch {
    opacity: 0.35;
  }
  .swatch {
    inline-size: 1.6em;
    block-size: 0.8em;
    flex: none;
    fill: var(--_swatch);
    stroke: var(--_swatch);
    stroke-width: 3;
  }
  .swatch rect {
    stroke-width: 0;
  }
  [data-colour='0'] {
    --_swatch: var(--_series-1);
  }
  [data-colour='1'] {
    --_swatch: var(--_series-2);
  }
  [data-colour='2'] {
    --_swatch: var(--_series-3);
  }
  [data-colour='3'] {
    --_swatch: var(--_series-4);
  }
  [data-colour='4'] {
    --_swatch: var(--_series-5);
  }
  [data-colour='5'] {
    --_swatch: var(--_series-6);
  }
  .view-toggle {
    margin-inline-start: auto;
  }
  /* Pressed reads as "on" at a glance: filled, with a check before the label. */
  .view-toggle[aria-pressed='true'] {
    border-color: var(--_c-primary);
    background: var(--_c-primary);
    color: var(--_c-on-primary);
  }
  .view-toggle[aria-pressed='true']::before {
    content: '✓ ' / '';
  }
  .canvas-box {
    position: relative;
    block-size: var(--pb-stat-chart-height, 18em);
    min-inline-size: 0;
  }
  canvas {
    display: block;
  }
  .table-scroll {
    position: relative;
    max-inline-size: 100%;
    max-block-size: var(--pb-stat-chart-table-height, 24em);
    overflow: auto;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: calc(var(--_space) * 0.5);
  }
  th,
  td {
    padding: calc(var(--_space) * 0.5) var(--_space);
    border-block-end: 1px solid var(--_c-border);
    text-align: end;
    white-space: nowrap;
  }
  th[scope='row'],
  thead th:first-child {
    text-align: start;
  }
  thead th {
    position: sticky;
    inset-block-start: 0;
    background: var(--_c-surface-raised);
    color: var(--_c-text-muted);
    font-weight: 600;
  }
`;
