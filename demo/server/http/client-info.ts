/**
 * What the request says about the client: its address, whether it came over https and the
 * host it asked for. Behind a reverse proxy the socket only shows the proxy, and the proxy
 * tells the rest in X-Forwarded-* headers, which anyone else can forge: they are believed
 * only with `trustProxy` (TRUST_PROXY=1), and then only the entry the proxy itself added.
 */
import type { Context } from 'hono';

/** The last entry of a comma-separated forwarding header: the one our proxy appended. */
function lastForwarded(c: Context, name: string): string | undefined {
  const value = c.req.header(name);
  const last = value?.split(',').pop()?.trim();
  return last ? last : undefined;
}

/** The socket's peer (Node server); tests calling app.request may pass it as env.incoming. */
function peerAddress(c: Context): string | undefined {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress;
}

export function clientAddress(c: Context, trustProxy: boolean): string {
  return (trustProxy ? lastForwarded(c, 'x-forwarded-for') : undefined) ?? peerAddress(c) ?? 'unknown';
}

export function isHttps(c: Context, trustProxy: boolean): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  return trustProxy && lastForwarded(c, 'x-forwarded-proto')?.toLowerCase() === 'https';
}

/** The host the browser asked for (`host:port` as in an Origin). */
export function requestHost(c: Context, trustProxy: boolean): string {
  return (trustProxy ? lastForwarded(c, 'x-forwarded-host') : undefined) ?? new URL(c.req.url).host;
}

/**
 * Whether a form post comes from this site's own pages. Browsers say where a request
 * comes from in Sec-Fetch-Site (current ones) or Origin (all since about 2020); a post
 * from another site, a sibling subdomain or a sandboxed frame is refused. A request with
 * neither header comes from a script or a very old browser, which a cross-site page
 * cannot drive, and is let through.
 */
export function isSameOriginPost(c: Context, trustProxy: boolean): boolean {
  const site = c.req.header('sec-fetch-site');
  if (site) return site === 'same-origin' || site === 'none';
  const origin = c.req.header('origin');
  if (origin === undefined) return true;
  try {
    return origin !== 'null' && new URL(origin).host === requestHost(c, trustProxy);
  } catch {
    return false;
  }
}
