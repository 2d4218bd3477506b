/**
 * The host pages of demo/hosts/: the same widgets inside other kinds of sites, each
 * behind the demo login like the portal pages.
 *   /hosts/legacy.html       a jQuery-era portal with a hostile global stylesheet
 *   /hosts/strict.html       served with a strict CSP that requires Trusted Types
 *   /hosts/two-copies.html   the CDN bundle loaded twice (the second from /hosts/second-copy/)
 *   /hosts/react/, /hosts/vue/   React 19 and Vue 3 apps, built into dist/hosts/ by
 *                            `npm start` (when missing or stale) or `npm run build:hosts`
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Context, Hono, MiddlewareHandler } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { REPO_ROOT } from '../paths';
import type { AuthStore } from '../store/auth-store';
import { htmlResponse } from './html';
import { renderPage } from './pages';
import { identifyCaller } from './request-auth';

/**
 * The policy of a site that allows nothing but its own files and requires Trusted Types
 * for every HTML and script sink. Our policies: `party-building-widgets` (DOMPurify's
 * parsing) and Lit's `lit-html` (templates).
 */
export const STRICT_HOST_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types party-building-widgets lit-html',
].join('; ');

const PAGES: Record<string, { file: string; built?: boolean; csp?: string }> = {
  '/hosts/legacy.html': { file: 'legacy.html' },
  '/hosts/strict.html': { file: 'strict.html', csp: STRICT_HOST_CSP },
  '/hosts/two-copies.html': { file: 'two-copies.html' },
  '/hosts/react/': { file: 'react/index.html', built: true },
  '/hosts/vue/': { file: 'vue/index.html', built: true },
};

export function mountHostPages(app: Hono, auth: AuthStore, demoRoot: string, libRoot: string, buildRoot = join(REPO_ROOT, 'dist/hosts')): void {
  const hostsRoot = join(demoRoot, 'hosts');
  for (const [path, page] of Object.entries(PAGES)) {
    app.get(path, (c: Context) => {
      const caller = identifyCaller(c, auth);
      if (!caller || caller.via !== 'session') return c.redirect(`/login.html?next=${encodeURIComponent(path)}`, 302);
      const root = page.built ? buildRoot : hostsRoot;
      if (!existsSync(join(root, page.file))) {
        return htmlResponse(
          '<!doctype html><meta charset="utf-8"><title>未构建 / Not built</title><p>此页面尚未构建。This page is not built yet: <code>npm start</code> builds it, or run <code>npm run build:hosts</code>, then reload.</p>',
          404,
        );
      }
      const response = renderPage(root, page.file, caller.csrfToken ?? '');
      if (page.csp) response.headers.set('content-security-policy', page.csp);
      return response;
    });
  }
  for (const name of ['react', 'vue']) app.get(`/hosts/${name}`, (c) => c.redirect(`/hosts/${name}/`, 301));
  // The "second copy" is the CDN bundle again, under another URL, as a second plugin would ship it.
  app.use('/hosts/second-copy/*', serveStatic({ root: libRoot, rewriteRequestPath: (p) => p.replace(/^\/hosts\/second-copy/, '') }));
  // The React and Vue builds may appear while the server runs (the e2e tests build them
  // first): look for them per request, as for the library bundle.
  let builtStatic: MiddlewareHandler | undefined;
  app.use('/hosts/assets/*', (c, next) => {
    if (!existsSync(buildRoot)) return next();
    builtStatic ??= serveStatic({ root: buildRoot, rewriteRequestPath: (p) => p.replace(/^\/hosts/, '') });
    return builtStatic(c, next);
  });
  // The plain pages' own scripts and styles; never the TypeScript sources or configs beside them.
  const hostStatic = serveStatic({ root: hostsRoot, rewriteRequestPath: (p) => p.replace(/^\/hosts/, '') });
  app.use('/hosts/*', (c, next) => (/^\/hosts\/[\w-]+\.(?:js|css)$/.test(c.req.path) ? hostStatic(c, next) : next()));
}
