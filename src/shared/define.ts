import { warmFormats } from '../i18n/format.js';
import { defaultLocale, matchLocale } from '../i18n/locale.js';
import { VERSION } from '../version.js';

/** What a registered class says about the copy of the library it came from. */
interface Versioned {
  readonly pbVersion?: string;
}

let warnedAboutOtherCopy = false;

/**
 * Registers `tag` unless another copy of the library already did.
 *
 * Two copies on one page (a CMS plugin and a theme, say) must not break the page: the
 * first registration wins, and this copy says so once, naming both versions, instead of
 * throwing `NotSupportedError` into the host page.
 *
 * @example defineElement('pb-config', PbConfig);
 */
export function defineElement(tag: string, element: CustomElementConstructor & Versioned): void {
  const existing = customElements.get(tag) as (CustomElementConstructor & Versioned) | undefined;
  if (!existing) {
    customElements.define(tag, element);
    // A page that registers widgets will format numbers and dates: load the browser's
    // locale data now, in idle time, not in the first render of a widget added later.
    warmFormats(matchLocale(document.documentElement.lang) ?? defaultLocale);
    return;
  }
  if (existing === element || warnedAboutOtherCopy) return;
  warnedAboutOtherCopy = true;
  console.warn(
    `[party-building-widgets] <${tag}> is already defined by version ${existing.pbVersion ?? 'unknown'}; ` +
      `this copy (version ${VERSION}) registers no tags. Load the library once per page.`,
  );
}
