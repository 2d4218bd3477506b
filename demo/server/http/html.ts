/** Escaping and the security headers every HTML response of the demo carries. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

/**
 * The demo must work the way a strict host site would run it: scripts only from the
 * site itself (no inline script), no plugins, no framing by other sites.
 */
export const PAGE_SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; '),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'cache-control': 'no-store',
};

export function htmlResponse(html: string, status = 200): Response {
  return new Response(html, { status, headers: { 'content-type': 'text/html; charset=utf-8', ...PAGE_SECURITY_HEADERS } });
}

/** Only same-site paths may be redirect targets (no open redirect through ?next=). */
export function safeNext(next: string | undefined | null, fallback = '/'): string {
  return next && /^\/(?![/\\])[\x21-\x7E]*$/.test(next) ? next : fallback;
}
