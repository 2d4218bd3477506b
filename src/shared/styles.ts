import { css } from 'lit';

/**
 * What every widget's shadow root starts from: the host as a block with our own font
 * size and colour, border-box sizing inside, visible focus, buttons that a hostile page
 * stylesheet cannot reach, and no motion for members who asked for none.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_c-text);
    text-align: start;
    -webkit-text-size-adjust: 100%;
    text-size-adjust: 100%;
    /*
     * Inherited text properties a portal sets on body or a table cell would otherwise
     * reach every text inside (nowrap, uppercase, bold, letter-spacing…). Font family and
     * colour are inherited on purpose (docs/host-pages.md); direction and visibility too,
     * so a right-to-left or hidden container still governs the widget.
     */
    font-style: normal;
    font-weight: normal;
    font-variant: normal;
    letter-spacing: normal;
    word-spacing: normal;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    word-break: normal;
    overflow-wrap: normal;
    hyphens: manual;
    cursor: auto;
  }
  /* What a widget hides stays hidden, whatever its class or a page's ::part() rule says
     (an important declaration in a shadow tree wins over the page's). */
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: var(--_focus-width) solid var(--_c-focus);
    outline-offset: 2px;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    cursor: pointer;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_space) * 0.75);
    min-block-size: var(--_target);
    min-inline-size: var(--_target);
    padding-block: 0;
    padding-inline: calc(var(--_space) * 2);
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    background: var(--_c-surface);
    color: var(--_c-text);
    font-weight: 500;
    text-decoration: none;
    white-space: nowrap;
  }
  .button:hover {
    border-color: var(--_c-primary-text);
  }
  .button.primary {
    background: var(--_c-primary);
    border-color: var(--_c-primary);
    color: var(--_c-on-primary);
  }
  .button.primary:hover {
    filter: brightness(1.08);
  }
  .button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
    }
  }
`;
