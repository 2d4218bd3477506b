/**
 * Object URLs this page made for lessons saved on the device (`blob:`): safe where the
 * page shows a lesson, as the page made them from files it saved itself.
 */
export const deviceUrls = new Set<string>();

/**
 * A URL that came from the network, kept only when its scheme is on the allow-list
 * (http and https; mailto where a link may mail). Relative URLs resolve against the page.
 * Anything else (`javascript:`, `data:`, `vbscript:`, unparsable text) gives undefined,
 * so it never reaches an `href`, a `src` or a frame.
 *
 * @example html`<a href=${safeUrl(attachment.url) ?? nothing}>…</a>`
 */
export function safeUrl(value: string | null | undefined, schemes: readonly string[] = ['http:', 'https:']): string | undefined {
  if (!value) return undefined;
  if (deviceUrls.has(value)) return value;
  try {
    const url = new URL(value, document.baseURI);
    return schemes.includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
