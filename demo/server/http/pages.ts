/**
 * The demo portal's pages, login and logout: what a host site already has. Every page the
 * server sends gets the session's CSRF token in `<meta name="csrf-token">`, which the
 * widgets echo in X-CSRF-Token on writes. The login form refuses posts from other sites
 * and throttles failed attempts (store/login-throttle.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Context, Hono } from 'hono';
import type { GroupCommit } from '../db/group-commit';
import { deleteCookie, setCookie } from 'hono/cookie';
import { safeEqual, SESSION_TTL_MS, type AuthStore } from '../store/auth-store';
import type { LoginThrottle } from '../store/login-throttle';
import { clientAddress, isHttps, isSameOriginPost } from './client-info';
import { escapeHtml, htmlResponse, safeNext } from './html';
import { identifyCaller, SESSION_COOKIE } from './request-auth';

const PROTECTED_PAGES = ['index.html', 'study.html', 'survey.html', 'dues.html', 'meetings.html', 'news.html', 'notices.html', 'open.html'];
const CSRF_META = /<meta name="csrf-token" content="[^"]*">/;

export function renderPage(demoRoot: string, file: string, csrfToken: string, edit = (html: string) => html, status = 200): Response {
  const html = readFileSync(join(demoRoot, file), 'utf8');
  const meta = `<meta name="csrf-token" content="${escapeHtml(csrfToken)}">`;
  return htmlResponse(edit(CSRF_META.test(html) ? html.replace(CSRF_META, meta) : html.replace('</head>', `${meta}\n</head>`)), status);
}

/** The login page answering a throttled attempt: the form as it was, with the reason shown. */
function throttledLoginPage(demoRoot: string, next: string, waitSeconds: number): Response {
  const message = `登录尝试次数过多，请 ${Math.ceil(waitSeconds / 60)} 分钟后再试。`;
  const edit = (html: string) =>
    html
      .replace(/<p class="error" id="login-error"[^>]*>[^<]*<\/p>/, `<p class="error" id="login-error" role="alert">${message}</p>`)
      .replace(/<input type="hidden" name="next" value="[^"]*">/, `<input type="hidden" name="next" value="${escapeHtml(next)}">`);
  const response = renderPage(demoRoot, 'login.html', '', edit, 429);
  response.headers.set('retry-after', String(waitSeconds));
  return response;
}

const FOREIGN_LOGIN = '<!doctype html><meta charset="utf-8"><title>403</title><p>这个登录请求来自其他网站，已拒绝。请从本站登录页登录：<a href="/login.html">党员登录</a></p>';

/** What the login form needs besides the session store. */
export interface LoginOptions {
  throttle: LoginThrottle;
  now: () => number;
  /** Believe X-Forwarded-For and X-Forwarded-Proto (AppOptions.trustProxy). */
  trustProxy: boolean;
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
export function mountPages(app: Hono, auth: AuthStore, demoRoot: string, batch: GroupCommit, login: LoginOptions, extraPages: readonly string[] = []): void {
  const { throttle, now, trustProxy } = login;
  app.get('/login.html', (c) => {
    const caller = identifyCaller(c, auth);
    return renderPage(demoRoot, 'login.html', caller?.csrfToken ?? '');
  });

  // Anyone may check a certificate's code (the public verifyCertificate), signed in or not.
  app.get('/verify.html', (c) => renderPage(demoRoot, 'verify.html', identifyCaller(c, auth)?.csrfToken ?? ''));

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
    // Login CSRF: another site must not sign the member in (to an account of its choosing).
    if (!isSameOriginPost(c, trustProxy)) return htmlResponse(FOREIGN_LOGIN, 403);
    const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const field = (name: string) => (typeof body[name] === 'string' ? (body[name] as string).slice(0, 200) : '');
    const next = safeNext(field('next'));
    const username = field('username');
    const address = clientAddress(c, trustProxy);
    const wait = batch.run(() => throttle.begin(username, address, now()));
    if (wait) {
      await batch.settled();
      return throttledLoginPage(demoRoot, next, wait);
    }
    const memberId = await auth.checkCredentials(username, field('password'));
    const session = memberId
      ? batch.run(() => {
          throttle.succeeded(username, address);
          return auth.startSession(memberId);
        })
      : null;
    await batch.settled();
    if (!session) return c.redirect(`/login.html?error=1&next=${encodeURIComponent(next)}`, 303);
    setCookie(c, SESSION_COOKIE, session.id, {
      httpOnly: true,
      sameSite: 'Lax',
      path: '/',
      maxAge: SESSION_TTL_MS / 1000,
      // Behind a proxy that ends TLS the request itself is http: only TRUST_PROXY lets its header say https.
      secure: isHttps(c, trustProxy),
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
