import { css } from 'lit';

/** The frame, in the element itself: it shows while the rest of the widget loads. */
export const frameStyles = css`
  :host {
    --_accent: var(--pb-questionnaire-accent, var(--_c-primary));
    --_gap: var(--pb-questionnaire-gap, calc(var(--_space) * 3));
    --_tint: color-mix(in srgb, var(--_accent) 9%, var(--_c-surface));
    container-type: inline-size;
  }
  .base {
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    background: var(--_c-surface);
  }
`;
