import { css } from 'lit';

/**
 * The PDF viewer (loaded with the lesson stage). The text layer's rules are what PDF.js's
 * `TextLayer` expects of its container: transparent text over the canvas, placed by the
 * percentages and custom properties PDF.js sets on each span.
 */
export const pdfStyles = css`
  .pdf-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
    margin-block-end: var(--_space);
  }
  /* Page buttons and zoom buttons wrap as two groups on a narrow screen, never apart. */
  .pdf-bar .group {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
  }
  .pdf-bar .button,
  .pdf-pager .button {
    padding-inline: calc(var(--_space) * 0.75);
  }
  .pdf-bar .fit {
    min-inline-size: 4.2em;
    font-variant-numeric: tabular-nums;
  }
  .document [aria-disabled='true'] {
    opacity: 0.45;
    cursor: not-allowed;
  }
  .page-number {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    white-space: nowrap;
    color: var(--_c-text-muted);
    font-variant-numeric: tabular-nums;
  }
  .page-number input {
    inline-size: 3.2em;
    min-block-size: var(--_target);
    padding: 0 0.3em;
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    background: var(--_c-surface);
    color: var(--_c-text);
    text-align: center;
    appearance: textfield;
  }
  .page-number input::-webkit-inner-spin-button,
  .page-number input::-webkit-outer-spin-button {
    appearance: none;
    margin: 0;
  }
  .pdf-frame {
    position: relative;
    overflow-x: auto;
    overflow-y: hidden;
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    background: var(--_c-surface-raised);
    /* One finger scrolls as usual; two fingers pinch the page, not the whole site. */
    touch-action: pan-x pan-y;
    /* A page zoomed wider than the column scrolls here, never widens the column. */
    contain: inline-size;
  }
  .pdf-page {
    position: relative;
    inline-size: var(--_page-width, 100%);
    block-size: var(--_page-height, auto);
    margin-inline: auto;
    background: #fff;
    transform-origin: 0 0;
    scale: var(--_pinch, 1);
  }
  .pdf-page canvas {
    display: block;
    inline-size: 100%;
    block-size: 100%;
  }
  .pdf-text {
    position: absolute;
    inset: 0;
    overflow: clip;
  }
  .text-layer {
    position: absolute;
    inset: 0;
    line-height: 1;
    text-align: initial;
    text-size-adjust: none;
    -webkit-text-size-adjust: none;
    forced-color-adjust: none;
    --scale-round-x: 1px;
    --scale-round-y: 1px;
    --min-font-size: 1;
    --text-scale-factor: calc(var(--total-scale-factor) * var(--min-font-size));
    --min-font-size-inv: calc(1 / var(--min-font-size));
  }
  .text-layer :is(span, br) {
    position: absolute;
    color: transparent;
    white-space: pre;
    cursor: text;
    transform-origin: 0 0;
  }
  .text-layer > :not(.markedContent),
  .text-layer .markedContent span:not(.markedContent) {
    font-size: calc(var(--text-scale-factor) * var(--font-height, 0px));
    transform: rotate(var(--rotate, 0deg)) scaleX(var(--scale-x, 1)) scale(var(--min-font-size-inv));
  }
  .text-layer .markedContent {
    display: contents;
  }
  .text-layer ::selection {
    background: rgb(26 95 180 / 0.3);
  }
  .pdf-state {
    display: grid;
    place-content: center;
    justify-items: center;
    gap: var(--_space);
    min-block-size: min(70vh, 28em);
    padding: calc(var(--_space) * 2);
    color: var(--_c-text-muted);
    text-align: center;
  }
  .pdf-state[role='alert'] p {
    color: var(--_c-danger);
  }
  .spinner {
    inline-size: 2em;
    block-size: 2em;
    border: 3px solid var(--_c-border);
    border-block-start-color: var(--_c-primary);
    border-radius: 50%;
    animation: pdf-spin 0.9s linear infinite;
  }
  @keyframes pdf-spin {
    to {
      rotate: 1turn;
    }
  }
  .pdf-keys {
    margin-block-start: calc(var(--_space) * 0.5);
    color: var(--_c-text-muted);
    font-size: 0.85em;
  }
  .pdf-pager {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    margin-block-start: var(--_space);
  }
  .pdf-pager .of {
    color: var(--_c-text-muted);
    font-variant-numeric: tabular-nums;
  }
  /* A phone: no keyboard for the shortcuts. */
  @container (max-width: 30em) {
    .pdf-keys {
      display: none;
    }
  }
`;
