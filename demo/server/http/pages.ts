/**
 * The demo portal's pages, login and logout: what a host site already has. Every page the
 * server sends gets the session's CSRF token in `<meta name="csrf-token">`, which the
 * widgets echo in X-CSRF-Token on writes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Context, Hono } from 'hono';
import type { GroupCommit } from '../db/group-commit';
import { deleteCookie, setCookie } from 'hono/cookie';
import { safeEqual, SESSION_TTL_MS, type AuthStore } from '../store/auth-store';
import { escapeHtml, htmlResponse, safeNext } from './html';
import { identifyCaller, SESSION_COOKIE } from './request-auth';

const PROTECTED_PAGES = ['index.html', 'study.html', 'survey.html', 'dues.html', 'news.html', 'notices.html', 'open.html'];
const CSRF_META = /<meta name="csrf-token" content="[^"]*">/;

export function renderPage(demoRoot: string, file: string, csrfToken: string): Response {
  const html = readFileSync(join(demoRoot, file), 'utf8');
  const meta = `<meta name="csrf-token" content="${escapeHtml(csrfToken)}">`;
  return htmlResponse(CSRF_META.test(html) ? html.replace(CSRF_META, meta) : html.replace('</head>', `${meta}\n</head>`));
}

async function formField(c: Context, name: string): Promise<string> {
  const type = c.req.header('content-type') ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded') && !type.startsWith('multipart/form-data')) return '';
  const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
  const value = (body as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : '';
}

/** The CSRF check of the server's own HTML forms (logout, payment page). */
export async function checkFormCsrf(c: Context, auth: AuthStore) {
  const caller = identifyCaller(c, auth);
  if (!caller || caller.via !== 'session') return null;
  const sent = await formField(c, '_csrf');
  return caller.csrfToken && safeEqual(sent, caller.csrfToken) ? caller : null;
}

/** `extraPages`: more pages that need a signed-in member (a dialect's demo page). */
export function mountPages(app: Hono, auth: AuthStore, demoRoot: string, batch: GroupCommit, extraPages: readonly string[] = []): void {
  app.get('/login.html', (c) => {
    const caller = identifyCaller(c, auth);
    return renderPage(demoRoot, 'login.html', caller?.csrfToken ?? '');
  });

  for (const file of [...PROTECTED_PAGES, ...extraPages]) {
    const handler = (c: Context) => {
      const caller = identifyCaller(c, auth);
      if (!caller || caller.via !== 'session') {
        const next = encodeURIComponent(c.req.path + (new URL(c.req.url).search || ''));
        return c.redirect(`/login.html?next=${next}`, 302);
      }
      return renderPage(demoRoot, file, caller.csrfToken ?? '');
    };
    app.get(`/${file}`, handler);
    if (file === 'index.html') app.get('/', handler);
  }

  app.post('/login', async (c) => {
    const type = c.req.header('content-type') ?? '';
    if (!type.startsWith('application/x-www-form-urlencoded')) return c.text('Unsupported Media Type', 415);
    const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const field = (name: string) => (typeof body[name] === 'string' ? (body[name] as string).slice(0, 200) : '');
    const next = safeNext(field('next'));
    const memberId = await auth.checkCredentials(field('username'), field('password'));
    const session = memberId ? batch.run(() => auth.startSession(memberId)) : null;
    await batch.settled();
    if (!session) return c.redirect(`/login.html?error=1&next=${encodeURIComponent(next)}`, 303);
    setCookie(c, SESSION_COOKIE, session.id, {
      httpOnly: true,
      sameSite: 'Lax',
      path: '/',
      maxAge: SESSION_TTL_MS / 1000,
      secure: new URL(c.req.url).protocol === 'https:',
    });
    return c.redirect(next, 303);
  });

  app.post('/logout', async (c) => {
    const caller = await checkFormCsrf(c, auth);
    if (!caller) return c.text('Forbidden: missing or wrong CSRF token', 403);
    batch.run(() => auth.logout(caller.sessionId!));
    await batch.settled();
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.redirect('/login.html', 303);
  });
}
