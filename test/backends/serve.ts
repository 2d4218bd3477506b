/**
 * Serves one stand-in backend under its real base path (/prod-api, /api, /jeecg-boot) on a
 * free port, together with the demo's assets (/assets/), the CDN bundle (/lib/, from
 * dist/cdn: run `npx vite build --mode cdn` first) and the style's host page at `/`.
 *
 *   node --import tsx test/backends/serve.ts ruoyi [port]
 *
 * E2E tests call `startBackend(name)` (as test/e2e/support/demo.ts does for the reference
 * server) and put the member's token where that style's frontend keeps it
 * (`tokenInitScript`), e.g. `await context.addInitScript(tokenInitScript('ruoyi', up.tokens.member))`.
 */
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { Hono, type MiddlewareHandler } from 'hono';
import type { Backend, BackendOptions } from './shared/db';
import { createRuoyiBackend } from './ruoyi/app';
import { createSatokenBackend } from './satoken/app';
import { createJeecgBackend } from './jeecg/app';

export const BACKENDS = { ruoyi: createRuoyiBackend, satoken: createSatokenBackend, jeecg: createJeecgBackend };
export type BackendName = keyof typeof BACKENDS;

/** Where each style's own frontend keeps the token (ruoyi-ui, a Sa-Token SPA, jeecg's Vue 2 UI). */
export const TOKEN_STORAGE: Record<BackendName, { kind: 'cookie' | 'localStorage'; key: string; note: string }> = {
  ruoyi: { kind: 'cookie', key: 'Admin-Token', note: 'js-cookie, sent as `Authorization: Bearer <token>`' },
  satoken: { kind: 'localStorage', key: 'satoken', note: 'the SaTokenInfo tokenValue under its tokenName, sent as header `satoken`' },
  jeecg: { kind: 'localStorage', key: 'pro__Access-Token', note: 'vue-ls JSON `{"value": token, "expire": null}`, sent as `X-Access-Token`' },
};

/** A script (for `addInitScript`) that stores `token` where that style's frontend would. */
export function tokenInitScript(name: BackendName, token: string, loginId?: string): string {
  const { kind, key } = TOKEN_STORAGE[name];
  if (kind === 'cookie') return `document.cookie = ${JSON.stringify(`${key}=${token}; path=/`)};`;
  const value = name === 'jeecg' ? JSON.stringify({ value: token, expire: null }) : token;
  // A Sa-Token front end keeps the login's loginId (the member's id for its paths) beside the token.
  const id = loginId ? `localStorage.setItem('loginId', ${JSON.stringify(loginId)});` : '';
  // Init scripts run in every frame, blank ones included, where there is no storage.
  return `if (self.localStorage) { localStorage.setItem(${JSON.stringify(key)}, ${JSON.stringify(value)});${id} }`;
}

const DEMO_ROOT = fileURLToPath(new URL('../../demo/', import.meta.url));
const LIB_ROOT = fileURLToPath(new URL('../../dist/cdn/', import.meta.url));
const MIME: Record<string, string> = { '.vtt': 'text/vtt; charset=utf-8', '.m4a': 'audio/mp4' };

/** The site: the backend under its base path, the assets, the bundle and the host page. */
export function siteApp(name: BackendName, backend: Backend): Hono {
  const site = new Hono();
  const page = fileURLToPath(new URL(`./${name}/page.html`, import.meta.url));
  site.all(`${backend.basePath}/*`, (c) => backend.app.fetch(c.req.raw));
  site.use('/assets/*', async (c, next) => {
    await next();
    const type = MIME[c.req.path.slice(c.req.path.lastIndexOf('.'))];
    if (type && c.res.status < 300) c.res.headers.set('content-type', type);
  });
  site.use('/assets/*', serveStatic({ root: DEMO_ROOT }));
  // The bundle may be built after the server starts, so look for it per request.
  let lib: MiddlewareHandler | null = null;
  site.use('/lib/*', (c, next) => {
    if (!existsSync(LIB_ROOT)) return next();
    lib ??= serveStatic({ root: LIB_ROOT, rewriteRequestPath: (p) => p.replace(/^\/lib/, '') });
    return lib(c, next);
  });
  // The page's settings block is the style's site.json (the file pb-verify --config reads too).
  const settings = fileURLToPath(new URL(`./${name}/site.json`, import.meta.url));
  const html = () => {
    const text = readFileSync(page, 'utf8');
    return existsSync(settings) ? text.replace('<script type="application/json" id="site">{}</script>', () => `<script type="application/json" id="site">\n${readFileSync(settings, 'utf8')}</script>`) : text;
  };
  site.get('/', (c) => c.html(html()));
  site.get('/page.html', (c) => c.html(html()));
  return site;
}

export interface RunningBackend {
  name: BackendName;
  /** http://127.0.0.1:<port>; the host page is `${url}/`. */
  url: string;
  backend: Backend;
  tokens: Backend['tokens'];
  close(): Promise<void>;
}

/** Starts one backend (a fresh seeded in-memory database unless `dbPath` says otherwise). */
export async function startBackend(name: BackendName, options: BackendOptions & { port?: number } = {}): Promise<RunningBackend> {
  const backend = BACKENDS[name](options);
  const site = siteApp(name, backend);
  const http = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const listening = serve({ fetch: site.fetch, port: options.port ?? 0, hostname: '127.0.0.1' }, () => resolve(listening));
  });
  const { port } = http.address() as { port: number };
  return {
    name,
    url: `http://127.0.0.1:${port}`,
    backend,
    tokens: backend.tokens,
    async close() {
      const closed = new Promise((resolve) => http.close(resolve));
      // Keep-alive sockets of the test's own fetches would hold close() for seconds.
      (http as Server).closeAllConnections();
      await closed;
      backend.close();
    },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const name = process.argv[2] as BackendName;
  if (!(name in BACKENDS)) {
    console.error(`usage: serve.ts <${Object.keys(BACKENDS).join('|')}> [port]`);
    process.exit(2);
  }
  const up = await startBackend(name, { port: Number(process.argv[3]) || 0 });
  const storage = TOKEN_STORAGE[name];
  console.log(`${name} backend at ${up.url}${up.backend.basePath}, host page ${up.url}/`);
  console.log(`member token ${up.tokens.member} (${storage.kind} ${storage.key}: ${storage.note})`);
}
