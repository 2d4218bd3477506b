/**
 * The library's one Trusted Types policy, for pages served with
 * `require-trusted-types-for 'script'`. DOMPurify parses the markup it cleans through an
 * HTML sink; without a policy of ours, each private DOMPurify instance would create its
 * own `dompurify` policy, and the second one breaks a page whose `trusted-types`
 * directive does not say `'allow-duplicates'`. So every sanitizer of ours passes this one
 * (DOMPurify's `TRUSTED_TYPES_POLICY`). It stays in this module: the pass-through is only
 * ever given DOMPurify's input, and Lit's own `lit-html` policy covers our templates.
 * Script URLs pass only when our own code named them first (`trustedScriptUrl`: the PDF
 * worker, a file of this library's build).
 *
 * A page with a `trusted-types` allow-list names `party-building-widgets lit-html`.
 */
import type { Config } from 'dompurify';

export const TRUSTED_TYPES_POLICY_NAME = 'party-building-widgets';

/** A Trusted Types policy, as DOMPurify takes it. */
export type SanitizerPolicy = NonNullable<Config['TRUSTED_TYPES_POLICY']>;

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createHTML(input: string): string; createScriptURL(input: string): string }): SanitizerPolicy;
}

let policy: SanitizerPolicy | null | undefined;
/** The script URLs our own code asked for; nothing else becomes a script URL. */
const scriptUrls = new Set<string>();

/**
 * The policy for DOMPurify, created on first use; `undefined` where the browser has no
 * Trusted Types or the page's allow-list refuses our name (DOMPurify then tries its own).
 *
 * @example purify.sanitize(dirty, { TRUSTED_TYPES_POLICY: sanitizerPolicy() })
 */
export function sanitizerPolicy(): SanitizerPolicy | undefined {
  if (policy === undefined) {
    const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
    try {
      policy = factory?.createPolicy(TRUSTED_TYPES_POLICY_NAME, {
        createHTML: (input) => input,
        // DOMPurify asks for this hook to exist; it never gets a URL of ours.
        createScriptURL: (input) => {
          if (scriptUrls.has(input)) return input;
          throw new TypeError(`${TRUSTED_TYPES_POLICY_NAME} does not create script URLs`);
        },
      }) ?? null;
    } catch {
      policy = null;
    }
  }
  return policy ?? undefined;
}

/**
 * A script of this library's own build (a worker) as a URL the page's Trusted Types
 * accept for `new Worker()`; the plain URL where the browser or the page has no policy.
 *
 * @example new Worker(trustedScriptUrl(new URL('pdf.worker.mjs', import.meta.url).href), { type: 'module' })
 */
export function trustedScriptUrl(url: string): string {
  scriptUrls.add(url);
  const made = (sanitizerPolicy() as { createScriptURL?: (input: string) => unknown } | undefined)?.createScriptURL?.(url);
  // A TrustedScriptURL, which `new Worker()` takes as it is.
  return (made as string | undefined) ?? url;
}
