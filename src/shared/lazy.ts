import type { CSSResult, ReactiveElement } from 'lit';

/**
 * Adds the styles a lazy chunk brought (a pay flow, a chart view, a quiz's parts) to an
 * element's shadow root, after the element's own. As constructed sheets, so a page whose
 * policy forbids inline styles allows them; appended, never replaced, so parts loaded in
 * any order keep each other's; a sheet already there is skipped.
 */
export function adoptLazyStyles(element: ReactiveElement, ...styles: Array<CSSResult | undefined>): void {
  const root = element.renderRoot;
  if (!(root instanceof ShadowRoot)) return;
  const added = styles.map((style) => style?.styleSheet).filter((sheet): sheet is CSSStyleSheet => !!sheet && !root.adoptedStyleSheets.includes(sheet));
  if (added.length) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...added];
}
