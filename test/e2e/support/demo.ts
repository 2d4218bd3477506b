/**
 * End-to-end support: the real reference server (its own temporary database, seeded) on a
 * free port, serving the demo pages and the CDN bundle, and a real Chromium driven by
 * playwright-core. The bundle is built by `npm test` before the e2e group runs; run
 * `npx vite build --mode cdn` first when running a file alone.
 */
import { serve } from '@hono/node-server';
import { after, before } from 'node:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createApp, type AppOptions, type ServerApp } from '../../../demo/server/app';

export interface Demo {
  url: string;
  server: ServerApp;
  close(): Promise<void>;
}

/** Starts the reference server with a fresh seeded database. */
export async function startDemo(options: Partial<AppOptions> = {}): Promise<Demo> {
  const dir = mkdtempSync(join(tmpdir(), 'pb-e2e-'));
  const server = createApp({ dbPath: join(dir, 'demo.sqlite'), ...options });
  const http = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const listening = serve({ fetch: server.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(listening));
  });
  const { port } = http.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    async close() {
      await new Promise((resolve) => http.close(resolve));
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A fresh demo server and a Chromium for the tests of one `describe`, closed after them;
 * `use` receives both once they are up (before the block's own `before` hooks run).
 *
 * @example let demo: Demo; let browser: Browser; withDemo((up) => ({ demo, browser } = up));
 */
export function withDemo(use: (up: { demo: Demo; browser: Browser }) => void, options: Partial<AppOptions> = {}): void {
  let up: { demo: Demo; browser: Browser } | undefined;
  before(async () => {
    const demo = await startDemo(options);
    up = { demo, browser: await launchChromium() };
    use(up);
  });
  after(async () => {
    await up?.browser.close();
    await up?.demo.close();
  });
}

/**
 * Adds a test-only course with the shortest heartbeat the contract allows (5 s), over the
 * demo's 24 s video, before the server first reads its catalog.
 */
export function addShortHeartbeatCourse(demo: Demo, course: { id: string; title: string }, lesson: { id: string; title: string }): void {
  const db = demo.server.db;
  const video = db.prepare("SELECT media FROM lessons WHERE id = 'l-dangzhang-1'").pluck().get() as string;
  const policy = { allowSeek: 'watched', maxPlaybackRate: 1.5, sequential: false, pauseWhenHidden: false, completionCoverage: 0.9, heartbeatSeconds: 5 };
  db.prepare('INSERT INTO courses (id, sort, title, description, category, required, cover_url, credit_hours, policy) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
    course.id, 99, course.title, '仅用于测试。', '测试', 0, null, 0.5, JSON.stringify(policy),
  );
  db.prepare(
    'INSERT INTO lessons (id, course_id, sort, title, kind, duration_seconds, min_reading_seconds, media, document, article_html, attachments) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(lesson.id, course.id, 1, lesson.title, 'video', 24, null, video, null, null, '[]');
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--autoplay-policy=no-user-gesture-required'],
  });
}

/** A new browser context signed in as a demo account through the portal's login form. */
export async function signIn(browser: Browser, demo: Demo, username: 'demo-member' | 'demo-secretary' | string, password = 'demo'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${demo.url}/login.html`);
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', password);
  await Promise.all([page.waitForNavigation(), page.click('button[type="submit"]')]);
  return { context, page };
}

/** Collects uncaught page errors and console errors, to assert a page stayed clean. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}
