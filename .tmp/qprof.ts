import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
const root = resolve(import.meta.dirname, '..');
const out = mkdtempSync(join(tmpdir(), 'qprof-'));
writeFileSync(join(out, 'entry.ts'), `
import '${root}/src/define/pb-questionnaire.ts';
import { generatedDefinition } from '${root}/stories/survey/fixtures.ts';
window.benchDefinition = generatedDefinition(200, 20);`);
await build({ configFile: false, logLevel: 'silent', root, build: { target: 'es2022', outDir: out, emptyOutDir: true, minify: false,
  lib: { entry: join(out, 'entry.ts'), formats: ['es'], fileName: () => 'bench.js' }, rolldownOptions: { output: { codeSplitting: false } } } });
writeFileSync(join(out, 'index.html'), '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><body><h1>青山镇党建网 · 问卷调查</h1><script type="module" src="bench.js"></script></body></html>');
const server = createServer(async (req, res) => { const path = join(out, new URL(req.url!, 'http://x').pathname.replace(/\/$/, '/index.html'));
  try { const b = await readFile(path); res.writeHead(200, { 'Content-Type': extname(path) === '.js' ? 'text/javascript' : 'text/html' }).end(b); } catch { res.writeHead(404).end(); } });
await new Promise<void>((d) => server.listen(0, '127.0.0.1', d));
const url = `http://127.0.0.1:${(server.address() as any).port}/`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (let r = 0; r < 3; r++) {
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.addInitScript({ content: 'window.__name = (fn) => fn;' });
await page.goto(url);
await page.waitForFunction(() => 'benchDefinition' in window && customElements.get('pb-questionnaire'));
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
const t = await page.evaluate(async () => {
  const el: any = document.createElement('pb-questionnaire'); el.setAttribute('api-base', '');
  const s = performance.now(); el.definition = (window as any).benchDefinition; document.body.append(el);
  while (!el.shadowRoot?.querySelector('form')) await new Promise((d) => setTimeout(d, 0));
  await new Promise((d) => requestAnimationFrame(() => setTimeout(d, 0)));
  return performance.now() - s; });
const { profile } = await cdp.send('Profiler.stop');
const self = new Map<string, number>(); const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
const dt = profile.timeDeltas; 
profile.samples.forEach((id: number, i: number) => { const n: any = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0) / 1000); });
console.log('run', r, 'first render', t.toFixed(1));
if (r === 2) console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${v.toFixed(1).padStart(7)} ${k}`).join('\n'));
await page.close(); }
await browser.close(); server.close();
