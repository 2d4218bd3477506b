/**
 * `<pb-questionnaire>` in Chromium with a generated 200-question definition (single,
 * multiple, rating and text in turn, 20 questions shown only after an earlier answer),
 * all on one page: the worst case a definition can ask for. Reports
 *   - first render: the `definition` set → every question on screen (checking the
 *     definition, restoring the draft, rendering, the next frame), on a page that loaded
 *     the library before (which, registering its tags, let the browser load its date and
 *     number data in idle time, as on any page: a page whose first widget renders before
 *     the browser is ever idle pays 50–90 ms more here for its first formatted date);
 *   - answer → next frame: a click on a choice that other questions depend on → the
 *     element updated (conditions re-evaluated, 200 questions re-rendered) → the next
 *     animation frame; and the same for a keystroke in a text field. A frame comes every
 *     ~16.7 ms whatever the work, so the share painted in the very next frame (against an
 *     idle frame interval measured the same way) is what "within one frame" means.
 *     Each answer is a change (every driver "是", then every one "否", …);
 *   - the tasks over 50 ms until the page is quiet after the first render: rendering, and
 *     the scans of the form Chrome's autofill makes 100 ms after fields are added.
 * The page is the production build (Vite, minified) served from a temporary folder.
 * Run with `npm run bench` (or `npx tsx test/bench/questionnaire.bench.ts`). It measures; it
 * never fails a build.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '../..');
const out = mkdtempSync(join(tmpdir(), 'pb-bench-questionnaire-'));
const RUNS = Number(process.env['BENCH_RUNS'] ?? 7);
const ANSWERS = 40;

const entry = `
import '${root}/src/define/pb-questionnaire.ts';
import { checkDefinition } from '${root}/src/survey/pb-questionnaire/internal/load.ts';
import { generatedDefinition } from '${root}/fixtures/questionnaires.ts';
window.benchDefinition = generatedDefinition(200, 20);
window.benchCheck = () => checkDefinition(window.benchDefinition);
`;

writeFileSync(join(out, 'entry.ts'), entry);
await build({
  configFile: false,
  logLevel: 'silent',
  root,
  build: {
    target: 'es2022',
    outDir: out,
    emptyOutDir: true,
    minify: true,
    lib: { entry: join(out, 'entry.ts'), formats: ['es'], fileName: () => 'bench.js' },
    rolldownOptions: { output: { codeSplitting: false } },
  },
});
// A host page as a party-building portal's: Chinese text on it before the widget, so its
// font is loaded already (the first CJK text of a fresh browser costs tens of ms of layout).
writeFileSync(join(out, 'index.html'), '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><body><h1>青山镇党建网 · 问卷调查</h1><script type="module" src="bench.js"></script></body></html>');

const server = createServer(async (req, res) => {
  const path = join(out, new URL(req.url!, 'http://x').pathname.replace(/\/$/, '/index.html'));
  try {
    const body = await readFile(path);
    res.writeHead(200, { 'Content-Type': extname(path) === '.js' ? 'text/javascript' : 'text/html' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;

const browser = await chromium.launch({
  executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'],
});

interface Figures {
  firstRender: number;
  firstQuestions: number;
  allRendered: number;
  settled: number[];
  check: number;
  questions: number;
  answerWork: number[];
  answerFrame: number[];
  typeFrame: number[];
  idleFrame: number[];
}

/**
 * One fresh page: first render, then answers and keystrokes, all timed inside the page.
 * In a fresh browser profile the first render also creates the IndexedDB database for
 * drafts (a first visit); in `returning` (one profile for all runs) it opens it.
 */
async function run(returning?: BrowserContext): Promise<Figures> {
  const page = returning ? await returning.newPage() : await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // tsx names the functions it compiles with a `__name` helper that the page lacks.
  await page.addInitScript({ content: 'window.__name = (fn) => fn;' });
  await page.goto(url);
  await page.waitForFunction(() => 'benchDefinition' in window && customElements.get('pb-questionnaire'));
  const figures = await page.evaluate(async (answers) => {
    type El = HTMLElement & { definition: unknown; updateComplete: Promise<boolean> };
    const frame = () => new Promise<number>((done) => requestAnimationFrame(() => done(performance.now())));
    // The definition check alone, on a warm page (the element does the same once).
    const c0 = performance.now();
    (window as unknown as { benchCheck: () => void }).benchCheck();
    const check = performance.now() - c0;
    const element = document.createElement('pb-questionnaire') as El;
    // An empty api-base: no backend, so only the element's own work is timed.
    element.setAttribute('api-base', '');
    const afterPaint = () => new Promise<number>((done) => requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(performance.now());
      channel.port2.postMessage(0);
    }));
    const longTasks: number[] = [];
    new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((entry) => entry.duration))).observe({ type: 'longtask' });
    let firstPaint: Promise<number> | undefined;
    const started = performance.now();
    element.definition = (window as unknown as { benchDefinition: unknown }).benchDefinition;
    document.body.append(element);
    const root = () => element.shadowRoot!;
    // The frame that first shows questions: caught as soon as the form is in the DOM.
    const observer = new MutationObserver(() => {
      if (!firstPaint && root().querySelector('form')) firstPaint = afterPaint();
    });
    observer.observe(root(), { childList: true, subtree: true });
    while (!firstPaint) await new Promise((done) => setTimeout(done, 0));
    const firstRender = (await firstPaint) - started;
    observer.disconnect();
    const firstQuestions = root().querySelectorAll('[part~="question"]').length;
    // Long pages render their first questions at once and the rest over the next frames.
    const shown = () => root().querySelectorAll('[part~="question"]:not([hidden])').length;
    while (shown() < 180) await frame();
    const allRendered = (await afterPaint()) - started;
    const questions = shown();
    // The tasks over 50 ms until the page is quiet: rendering, and the form scans Chrome's
    // autofill makes after fields are added (each one a forced layout of the whole form).
    await new Promise((done) => setTimeout(done, 1500));
    const settled = longTasks.splice(0);

    // The single-choice questions that conditions depend on: each answered "是", then each "否", and so on.
    type Def = { pages: { questions: { visibleIf?: { question: string } }[] }[] };
    const definition = (window as unknown as { benchDefinition: Def }).benchDefinition;
    const drivers = [...new Set(definition.pages.flatMap((p) => p.questions).flatMap((q) => (q.visibleIf ? [q.visibleIf.question] : [])))];
    const answerWork: number[] = [];
    const answerFrame: number[] = [];
    for (let i = 0; i < answers; i++) {
      const id = drivers[i % drivers.length]!;
      const input = root().querySelector<HTMLInputElement>(`[data-question="${id}"] input[value="${Math.floor(i / drivers.length) % 2 ? 'no' : 'yes'}"]`)!;
      await frame();
      const t0 = performance.now();
      input.click();
      await element.updateComplete;
      const t1 = performance.now();
      const t2 = await frame();
      answerWork.push(t1 - t0);
      answerFrame.push(t2 - t0);
    }
    // The same measure with no work: the frame interval, what "the next frame" costs anyway.
    const idleFrame: number[] = [];
    for (let i = 0; i < 20; i++) {
      await frame();
      const t0 = performance.now();
      idleFrame.push((await frame()) - t0);
    }
    const text = root().querySelector<HTMLInputElement>('[data-type="text"] input')!;
    const typeFrame: number[] = [];
    for (let i = 0; i < answers; i++) {
      await frame();
      const t0 = performance.now();
      text.value += '党';
      text.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await element.updateComplete;
      typeFrame.push((await frame()) - t0);
    }
    return { firstRender, firstQuestions, allRendered, settled, check, questions, answerWork, answerFrame, typeFrame, idleFrame };
  }, ANSWERS);
  await page.close();
  return figures;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.95))]!;
const ms = (value: number) => `${value.toFixed(1)} ms`;

try {
  await run(); // warm-up: compile caches, fonts
  const runs: Figures[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await run());
  const all = (pick: (f: Figures) => number[]) => runs.flatMap(pick);
  const profile = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await run(profile); // creates the drafts database
  const returning: number[] = [];
  for (let i = 0; i < RUNS; i++) returning.push((await run(profile)).firstRender);
  await profile.close();
  console.log(`<pb-questionnaire>, 200 questions (20 conditional) on one page, ${RUNS} runs, Chromium headless`);
  console.log(`  first render (definition set → first questions painted), first visit: median ${ms(median(runs.map((r) => r.firstRender)))}, worst ${ms(Math.max(...runs.map((r) => r.firstRender)))}`);
  console.log(`  first render, returning member (drafts database there): median ${ms(median(returning))}, worst ${ms(Math.max(...returning))}`);
  console.log(`  all ${runs[0]!.questions} visible questions rendered:                  median ${ms(median(runs.map((r) => r.allRendered)))}`);
  console.log(`    checking the 200-question definition alone:  median ${ms(median(runs.map((r) => r.check)))}`);
  console.log(`    tasks over 50 ms until quiet (render + autofill scans): median ${median(runs.map((r) => r.settled.length))}, longest median ${ms(median(runs.map((r) => Math.max(0, ...r.settled))))}, total median ${ms(median(runs.map((r) => r.settled.reduce((a, b) => a + b, 0))))}`);
  console.log(`  answer with dependants → element updated:       median ${ms(median(all((r) => r.answerWork)))}, p95 ${ms(p95(all((r) => r.answerWork)))}`);
  console.log(`  answer with dependants → next frame:            median ${ms(median(all((r) => r.answerFrame)))}, p95 ${ms(p95(all((r) => r.answerFrame)))}`);
  console.log(`  keystroke in a text field → next frame:         median ${ms(median(all((r) => r.typeFrame)))}, p95 ${ms(p95(all((r) => r.typeFrame)))}`);
  // "Within one frame": the update is painted in the frame right after the input, not later.
  const interval = median(all((r) => r.idleFrame));
  const nextFrame = (values: number[]) => `${((100 * values.filter((v) => v < interval * 1.5).length) / values.length).toFixed(0)} %`;
  console.log(`  painted in the very next frame (interval ${ms(interval)}): answers ${nextFrame(all((r) => r.answerFrame))}, keystrokes ${nextFrame(all((r) => r.typeFrame))}`);
} finally {
  await browser.close();
  server.close();
  rmSync(out, { recursive: true, force: true });
}
