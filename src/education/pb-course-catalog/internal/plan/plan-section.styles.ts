import { css } from 'lit';
import { planStyles } from '../../../study-plan/plan.styles.js';

/** 为你安排's own sheet, brought by its chunk (its `styles`, which `lazy()` adds to the catalog): a raised box above the toolbar. */
export const planSectionStyles = [
  planStyles,
  css`
    /* The veteran's "larger text": the large-text theme's sizes, the page's colours kept. */
    :host([data-larger-text]) {
      --_font-size: calc(var(--pb-font-size, 16px) * 1.25);
      --_line-height: var(--pb-line-height, 1.7);
      --_target: var(--pb-target-size, 48px);
      --_focus-width: var(--pb-focus-width, 3px);
    }
    .plan {
      display: grid;
      gap: var(--_space);
      margin-block-end: calc(var(--_space) * 2);
      padding: calc(var(--_space) * 1.5);
      border: 1px solid var(--_c-border);
      border-radius: var(--_radius);
      background: var(--_c-surface-raised);
    }
    .plan p,
    .plan ol {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .plan-head {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0 var(--_space);
    }
    .plan-title {
      margin: 0;
      font-size: 1.15em;
    }
    .muted {
      color: var(--_c-text-muted);
      font-size: 0.9em;
    }
    .plan-hours,
    .plan-course {
      border-inline-start: 4px solid var(--_status);
      border-radius: var(--_radius);
      background: var(--_c-surface);
    }
    .plan-hours {
      display: grid;
      gap: 0.25em;
      padding: var(--_space) calc(var(--_space) * 1.5);
    }
    .plan-hours-head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25em var(--_space);
    }
    .plan-hours-head .badge {
      margin-inline-start: auto;
    }
    .plan-hours progress {
      inline-size: 100%;
      block-size: 0.6em;
    }
    .plan-list {
      display: grid;
      gap: calc(var(--_space) * 0.75);
    }
    /* One line a course at a desk: status, title, when, progress; stacked on a phone. */
    .plan-course {
      display: grid;
      grid-template-columns: 7em minmax(0, 1fr) auto 9em;
      align-items: center;
      gap: 0.25em var(--_space);
      padding: calc(var(--_space) * 0.75) var(--_space);
    }
    .plan-name a,
    .plan-name button {
      display: inline-flex;
      align-items: center;
      min-block-size: var(--_target);
      padding: 0;
      border: 0;
      background: none;
      color: var(--_c-primary-text);
      font: inherit;
      font-weight: 600;
      text-align: start;
    }
    .plan-course[data-status='done'] .plan-name a,
    .plan-course[data-status='done'] .plan-name button {
      color: var(--_c-text);
      font-weight: 500;
    }
    .plan-when {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.5em;
      align-items: baseline;
    }
    .plan-progress {
      display: flex;
      align-items: center;
      gap: 0.5em;
      font-size: 0.9em;
    }
    .plan-progress progress {
      flex: 1;
      min-inline-size: 3em;
      block-size: 0.5em;
    }
    .plan-progress span {
      min-inline-size: 2.6em;
      text-align: end;
    }
    .plan-tip {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space);
      font-size: 0.95em;
    }
    .plan-tip .button[aria-pressed='true'] {
      border-color: var(--_c-primary-text);
      color: var(--_c-primary-text);
    }
    @container (max-width: 40em) {
      .plan-course {
        grid-template-columns: minmax(0, 1fr) auto;
      }
      .plan-course .badge {
        grid-row: 1;
        grid-column: 2;
      }
      .plan-name {
        grid-row: 1;
        grid-column: 1;
      }
      .plan-when,
      .plan-progress {
        grid-column: 1 / -1;
      }
    }
  `,
];
