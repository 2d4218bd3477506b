import { css } from 'lit';

/*
 * Design tokens. Public `--pb-*` properties (set them on the page, a <pb-config> or one
 * element) feed private `--_*` ones that the widgets use. The theme's defaults sit in the
 * fallback of each `var()`, so a page's own `--pb-*` value always wins over the theme,
 * and nothing here leaks into the host page.
 *
 * Inherited font family and colour are the only things a host page changes without
 * meaning to; the font size is a pixel token so a page's `html { font-size: 10px }`
 * (Bootstrap 3) does not shrink the widgets.
 */

const dark = css`
  --_c-primary: var(--pb-color-primary, #c8161d);
  --_c-on-primary: var(--pb-color-on-primary, #ffffff);
  --_c-primary-text: var(--pb-color-primary-text, #ff8f87);
  --_c-accent: var(--pb-color-accent, #e8b84a);
  --_c-surface: var(--pb-color-surface, #1c1b1f);
  --_c-surface-raised: var(--pb-color-surface-raised, #2a2729);
  --_c-text: var(--pb-color-text, #ede6e1);
  --_c-text-muted: var(--pb-color-text-muted, #c0b7b1);
  --_c-border: var(--pb-color-border, #57504f);
  --_c-success: var(--pb-color-success, #7fd18b);
  --_c-warning: var(--pb-color-warning, #f2c14e);
  --_c-danger: var(--pb-color-danger, #ff8f87);
  --_c-focus: var(--pb-color-focus, #8ab4f8);
  --_c-skeleton: var(--pb-color-skeleton, #3a3537);
  color-scheme: dark;
`;

export const tokens = css`
  :host {
    --_c-primary: var(--pb-color-primary, #c8161d);
    --_c-on-primary: var(--pb-color-on-primary, #ffffff);
    --_c-primary-text: var(--pb-color-primary-text, #b3141a);
    --_c-accent: var(--pb-color-accent, #b8860b);
    --_c-surface: var(--pb-color-surface, #ffffff);
    --_c-surface-raised: var(--pb-color-surface-raised, #f8f5f1);
    --_c-text: var(--pb-color-text, #1f1b1a);
    --_c-text-muted: var(--pb-color-text-muted, #5c5552);
    --_c-border: var(--pb-color-border, #ddd5cc);
    --_c-success: var(--pb-color-success, #1b7a34);
    --_c-warning: var(--pb-color-warning, #8a5a00);
    --_c-danger: var(--pb-color-danger, #b3141a);
    --_c-focus: var(--pb-color-focus, #1a5fb4);
    --_c-skeleton: var(--pb-color-skeleton, #ece6df);

    --_font: var(--pb-font-family, inherit);
    --_font-size: var(--pb-font-size, 16px);
    --_line-height: var(--pb-line-height, 1.6);
    --_radius: var(--pb-radius, 6px);
    --_space: var(--pb-space, 8px);
    --_target: var(--pb-target-size, 40px);
    --_focus-width: var(--pb-focus-width, 2px);
    --_shadow: var(--pb-shadow, 0 1px 3px rgb(0 0 0 / 0.12));
    color-scheme: light;
  }

  :host([data-theme='dark']) {
    ${dark}
  }

  @media (prefers-color-scheme: dark) {
    :host([data-theme='auto']) {
      ${dark}
    }
  }

  /* 适老化: larger text, stronger contrast, bigger targets for older members. */
  :host([data-theme='large-text']) {
    --_c-primary: var(--pb-color-primary, #a50f15);
    --_c-primary-text: var(--pb-color-primary-text, #8c0d12);
    --_c-text: var(--pb-color-text, #000000);
    --_c-text-muted: var(--pb-color-text-muted, #2e2a28);
    --_c-border: var(--pb-color-border, #6b625c);
    --_c-success: var(--pb-color-success, #0d5c22);
    --_c-warning: var(--pb-color-warning, #6b4500);
    --_c-focus: var(--pb-color-focus, #0b3d91);
    --_font-size: var(--pb-font-size, 20px);
    --_line-height: var(--pb-line-height, 1.7);
    --_target: var(--pb-target-size, 48px);
    --_focus-width: var(--pb-focus-width, 3px);
  }
`;
