import { css, unsafeCSS } from 'lit';

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

/** The colour tokens: `--_c-<name>: var(--pb-color-<name>, <theme default>)`. */
const colorNames = 'primary on-primary primary-text accent surface surface-raised text text-muted border success warning danger focus skeleton'.split(' ');

/**
 * One theme's colour defaults, in the order of `colorNames` (`-`: the theme keeps the
 * light value). Generated rather than written out: the declarations are ~1 kB of
 * near-identical text in every page's bundle.
 */
const colors = (hexes: string) =>
  unsafeCSS(
    hexes
      .split(' ')
      .map((hex, i) => (hex === '-' ? '' : `--_c-${colorNames[i]}:var(--pb-color-${colorNames[i]},#${hex});`))
      .join(''),
  );

const light = colors('c8161d fff b3141a b8860b fff f8f5f1 1f1b1a 5c5552 ddd5cc 1b7a34 8a5a00 b3141a 1a5fb4 ece6df');
const dark = css`
  ${colors('c8161d fff ff8f87 e8b84a 1c1b1f 2a2729 ede6e1 c0b7b1 57504f 7fd18b f2c14e ff8f87 8ab4f8 3a3537')}
  color-scheme: dark;
`;
/* 适老化: larger text, stronger contrast, bigger targets for older members. */
const largeText = colors('a50f15 - 8c0d12 - - - 000 2e2a28 6b625c 0d5c22 6b4500 - 0b3d91 -');

export const tokens = css`
  :host {
    ${light}
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

  :host([data-theme='large-text']) {
    ${largeText}
    --_font-size: var(--pb-font-size, 20px);
    --_line-height: var(--pb-line-height, 1.7);
    --_target: var(--pb-target-size, 48px);
    --_focus-width: var(--pb-focus-width, 3px);
  }
`;
