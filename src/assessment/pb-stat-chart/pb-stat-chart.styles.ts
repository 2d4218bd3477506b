import { css } from 'lit';

export const styles = css`
  :host {
    /* The text shade of red: the dark theme's primary (#c8161d) is under 3:1 on its surface. */
    --_series-1: var(--pb-stat-chart-color-1, var(--_c-primary-text));
    --_series-2: var(--pb-stat-chart-color-2, var(--_c-accent));
    --_series-3: var(--pb-stat-chart-color-3, var(--_c-focus));
    --_series-4: var(--pb-stat-chart-color-4, var(--_c-success));
    --_series-5: var(--pb-stat-chart-color-5, var(--_c-text-muted));
    --_series-6: var(--pb-stat-chart-color-6, var(--_c-warning));
  }
  .base {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    margin: 0;
    min-inline-size: 0;
    background: var(--_c-surface);
  }
  .title {
    font-weight: 600;
    color: var(--_c-primary-text);
  }
`;
