/**
 * Screenshots for looking at what we built (`npx tsx scripts/screenshots.ts`):
 *   --storybook          every story of storybook-static (built first), in each locale and theme;
 *                        with --docs, the docs pages too
 *   --url <base> <path…> pages of a running server (the demo); --user demo-member signs in
 *                        first through its login page (password "demo")
 * Options: --widths 375,1280  --out screenshots/  --filter <story-id substring>
 *          --locales zh-CN,en  --themes light,dark,large-text
 */
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : fallback;
};
const widths = option('widths', '375,1280').split(',').map(Number);
const out = resolve(option('out', 'screenshots'));
const filter = option('filter', '');
mkdirSync(out, { recursive: true });

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };

function serveStatic(dir: string): Promise<{ url: string; close(): void }> {
  const server = createServer((req, res) => {
    let path = join(dir, decodeURIComponent(new URL(req.url!, 'http://x').pathname));
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(res);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({ url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, close: () => server.close() })));
}

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

// One context for every page, so a sign-in (--user) holds for all of them.
const context = await browser.newContext({ locale: 'zh-CN' });

async function signIn(base: string, username: string) {
  const page = await context.newPage();
  await page.goto(`${base}/login.html`);
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', 'demo');
  await Promise.all([page.waitForNavigation(), page.click('button[type="submit"]')]);
  await page.close();
}

async function shoot(url: string, name: string, width: number) {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(url, { waitUntil: 'load' });
  // Some states never go idle (a request that never ends), so wait a fixed while.
  await page.waitForTimeout(Number(option('wait', '1500')));
  // Content below the fold with `content-visibility: auto` is not painted in a full-page
  // shot: make the viewport as tall as the page first.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  if (height > 900) {
    await page.setViewportSize({ width, height });
    await page.waitForTimeout(300);
  }
  await page.screenshot({ path: join(out, `${name}-${width}.png`), fullPage: true });
  await page.close();
}

if (args.includes('--storybook')) {
  const site = await serveStatic(resolve('storybook-static'));
  const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8')) as { entries: Record<string, { type: string; id: string }> };
  const locales = option('locales', 'zh-CN,en').split(',');
  const themes = option('themes', 'light').split(',');
  for (const entry of Object.values(index.entries)) {
    if (!entry.id.includes(filter)) continue;
    if (entry.type === 'docs') {
      if (args.includes('--docs')) for (const width of widths) await shoot(`${site.url}/iframe.html?id=${entry.id}&viewMode=docs`, entry.id, width);
      continue;
    }
    for (const locale of locales)
      for (const theme of themes)
        for (const width of widths) {
          await shoot(`${site.url}/iframe.html?id=${entry.id}&viewMode=story&globals=locale:${locale};theme:${theme}`, `${entry.id}-${locale}-${theme}`, width);
        }
  }
  site.close();
} else {
  const i = args.indexOf('--url');
  const base = args[i + 1]!;
  if (args.includes('--user')) await signIn(base, option('user', 'demo-member'));
  for (const path of args.slice(i + 2).filter((a, k, all) => !a.startsWith('--') && !all[k - 1]?.startsWith('--'))) {
    for (const width of widths) await shoot(base + path, path.replace(/[^\w]+/g, '_') || 'root', width);
  }
}
await browser.close();
console.log(`screenshots in ${out}`);
