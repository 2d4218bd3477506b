/**
 * Shared by the assessment benchmarks: builds test/bench/assessment-page.ts the way the
 * CDN bundle is built (minified, lit in production mode, lazy chunks), serves it on
 * 127.0.0.1 and opens it in Chromium (playwright-core). Figures are medians of runs.
 */
import { createReadStream, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { minifyCssLiterals } from '../../scripts/minify-css-literals.js';
import { cdnRolldownOptions } from '../../scripts/cdn-output.js';

const root = resolve(import.meta.dirname, '../..');

const page = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>assessment bench</title>
<style>
  body { margin: 16px; font: 16px system-ui, sans-serif; width: 720px; }
  .bare { height: 26em; }
  .row { display: grid; grid-template-columns: 3.4em 1fr 6.5em 4.2em; min-height: 40px; padding: 4px 8px; border-bottom: 1px solid #ddd; }
</style>
<script type="module" src="./assessment-page.js"></script></head><body><div id="stage"></div></body></html>`;

export interface BenchPage {
  page: Page;
  /** Another page in a fresh browser context (empty cache), as on a member's first visit; closed with `close`. */
  fresh(): Promise<Page>;
  close(): Promise<void>;
}

export async function openBenchPage(): Promise<BenchPage> {
  const out = mkdtempSync(join(tmpdir(), 'pb-bench-assessment-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    root,
    plugins: [minifyCssLiterals()],
    build: {
      target: 'es2022',
      outDir: out,
      minify: true,
      lib: { entry: { 'assessment-page': resolve(root, 'test/bench/assessment-page.ts') }, formats: ['es'] },
      rolldownOptions: cdnRolldownOptions,
    },
  });
  writeFileSync(join(out, 'index.html'), page);
  const server: Server = createServer((request, response) => {
    const path = join(out, new URL(request.url!, 'http://x').pathname.replace(/\/$/, '/index.html'));
    if (!existsSync(path)) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': extname(path) === '.html' ? 'text/html' : 'text/javascript' });
    createReadStream(path).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
  });
  const open = async () => {
    const tab = await browser.newPage({ viewport: { width: 800, height: 900 } });
    tab.on('pageerror', (error) => console.error('page error:', error.message));
    await tab.goto(`http://127.0.0.1:${(server.address() as { port: number }).port}/`);
    await tab.waitForFunction(() => 'bench' in window);
    return tab;
  };
  return {
    page: await open(),
    fresh: open,
    async close() {
      await browser.close();
      server.close();
      rmSync(out, { recursive: true, force: true });
    },
  };
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
export const ms = (value: number) => `${Math.round(value)} ms`;
