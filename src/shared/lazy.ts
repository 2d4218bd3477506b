import type { CSSResult, ReactiveElement } from 'lit';

/** What a lazily loaded module of ours may bring besides its code: its own styles. */
interface LazyModule {
  styles?: CSSResult | readonly CSSResult[];
}

/**
 * A module loaded on first use (a `*.lazy.ts` file: a chunk of its own in the CDN bundle).
 * Calling it fetches the module once and gives the same promise to every caller; a fetch
 * that failed (offline, a deploy that replaced the chunk) is forgotten, so the next call
 * fetches again instead of failing until the page reloads. Given a host, it adds the
 * module's `styles` to the host's shadow root.
 */
export type Lazy<M> = (host?: Pick<ReactiveElement, 'renderRoot'>) => Promise<M>;

/**
 * The one way a widget loads code on first use.
 *
 * @example
 * const planSection = lazy(() => import('./plan/plan-section.lazy.js'));
 * // in a Resource's load: the data and the section arrive together, its styles added to this element
 * const [data, parts] = await Promise.all([backend.getMyStudyPlan({ signal }), planSection(this)]);
 */
export function lazy<M extends object>(importer: () => Promise<M>): Lazy<M> {
  let loading: Promise<M> | undefined;
  return (host) => {
    loading ??= importer().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return host ? loading.then((module) => (adoptLazyStyles(host, (module as LazyModule).styles), module)) : loading;
  };
}

/**
 * Adds the styles a lazy chunk brought (a pay flow, a chart view, a quiz's parts) to an
 * element's shadow root, after the element's own. As constructed sheets, so a page whose
 * policy forbids inline styles allows them; appended, never replaced, so parts loaded in
 * any order keep each other's; a sheet already there is skipped. `lazy()` calls it for a
 * module's `styles`; call it directly only for a part that brings more sheets later.
 */
export function adoptLazyStyles(element: Pick<ReactiveElement, 'renderRoot'>, ...styles: Array<CSSResult | readonly CSSResult[] | undefined>): void {
  const root = element.renderRoot;
  if (!(root instanceof ShadowRoot)) return;
  const added = styles.flat().map((style) => style?.styleSheet).filter((sheet): sheet is CSSStyleSheet => !!sheet && !root.adoptedStyleSheets.includes(sheet));
  if (added.length) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...added];
}
