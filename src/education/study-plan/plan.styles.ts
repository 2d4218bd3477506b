import { css } from 'lit';

/**
 * What both study-plan widgets draw the same way: status colours (with a shape each, see
 * `status.ts`), the status badge, line icons and the share bars (a track of fixed length,
 * so bars compare whatever the numbers beside them).
 */
export const planStyles = css`
  :host {
    --_overdue: var(--pb-plan-overdue-color, var(--_c-danger));
    --_due-soon: var(--pb-plan-due-soon-color, var(--_c-warning));
    --_done: var(--pb-plan-done-color, var(--_c-success));
  }
  [data-status='overdue'] {
    --_status: var(--_overdue);
  }
  [data-status='due-soon'] {
    --_status: var(--_due-soon);
  }
  [data-status='on-track'] {
    --_status: var(--_c-text-muted);
  }
  [data-status='done'] {
    --_status: var(--_done);
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
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    color: var(--_status);
    font-weight: 600;
    white-space: nowrap;
  }
  .bar {
    display: inline-block;
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
    inline-size: calc(var(--_share, 0) * 100%);
    background: var(--_status, var(--_c-primary));
  }
`;

/**
 * Bars are sized through the CSSOM (a style attribute would be blocked by a strict CSP):
 * every `[data-share]` under `root` gets `--_share`. Call after each render.
 */
export function sizeBars(root: ParentNode): void {
  for (const bar of root.querySelectorAll<HTMLElement>('[data-share]')) bar.style.setProperty('--_share', bar.dataset['share']!);
}
