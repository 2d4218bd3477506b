// A/B: first render of the 200-question bench, build A = current tree, build B = tree with PATCH applied to pb-element (warm disabled); alternating runs.
import { mkdtempSync, writeFileSync, readFileSync, cpSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
const root = resolve(import.meta.dirname, '..');
const out = mkdtempSync(join(tmpdir(), 'qab-'));
async function bundle(name: string, patch: boolean) {
  writeFileSync(join(out, `${name}.ts`), `
import '${root}/src/define/pb-questionnaire.ts';
import { generatedDefinition } from '${root}/stories/survey/fixtures.ts';
window.benchDefinition = generatedDefinition(200, 20);`);
  await build({ configFile: false, logLevel: 'silent', root, plugins: patch ? [{ name: 'p', transform(code: string, id: string) { return id.endsWith('pb-element.ts') ? code.replace('warmFormats(this.settings.locale);', '') : null; } }] : [],
    build: { target: 'es2022', outDir: join(out, name), emptyOutDir: true, minify: true, lib: { entry: join(out, `${name}.ts`), formats: ['es'], fileName: () => 'bench.js' }, rolldownOptions: { output: { codeSplitting: false } } } });
  writeFileSync(join(out, name, 'index.html'), '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><body><h1>青山镇党建网 · 问卷调查</h1><script type="module" src="bench.js"></script></body></html>');
}
await bundle('a', false); await bundle('b', true);
const server = createServer(async (req, res) => { const path = join(out, new URL(req.url!, 'http://x').pathname.replace(/\/$/, '/index.html'));
  try { const b = await readFile(path); res.writeHead(200, { 'Content-Type': extname(path) === '.js' ? 'text/javascript' : 'text/html' }).end(b); } catch { res.writeHead(404).end(); } });
await new Promise<void>((d) => server.listen(0, '127.0.0.1', d));
const url = `http://127.0.0.1:${(server.address() as any).port}/`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const times: Record<string, number[]> = { a: [], b: [] };
for (let r = 0; r < 24; r++) {
  const name = r % 2 ? 'b' : 'a';
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript({ content: 'window.__name = (fn) => fn;' });
  await page.goto(url + name + '/');
  await page.waitForFunction(() => 'benchDefinition' in window && customElements.get('pb-questionnaire'));
  const t = await page.evaluate(async () => {
    const el: any = document.createElement('pb-questionnaire'); el.setAttribute('api-base', '');
    const s = performance.now(); el.definition = (window as any).benchDefinition; document.body.append(el);
    while (!el.shadowRoot?.querySelector('form')) await new Promise((d) => setTimeout(d, 0));
    await new Promise((d) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = d; c.port2.postMessage(0); }));
    return performance.now() - s; });
  if (r >= 2) times[name]!.push(t);
  await page.close();
}
const med = (v: number[]) => [...v].sort((x, y) => x - y)[Math.floor(v.length / 2)]!;
console.log('A (current) median', med(times.a!).toFixed(1), 'all', times.a!.map((x) => x.toFixed(0)).join(' '));
console.log('B (patched) median', med(times.b!).toFixed(1), 'all', times.b!.map((x) => x.toFixed(0)).join(' '));
await browser.close(); server.close();
