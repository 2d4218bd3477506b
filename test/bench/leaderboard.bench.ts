/**
 * `npm run bench` (leaderboard): <pb-leaderboard> with 10,000 and 100,000 members against
 * a bare @lit-labs/virtualizer list of the same rows, in Chromium, from a minified build.
 *   first rows  – from adding the element to the first ranked row on screen (the widget
 *                 loads its first page, then its lazy long-list chunk);
 *   scroll      – the longest task (PerformanceObserver longtask) while scrolling steadily
 *                 through the list for 240 frames (0 = no task over 50 ms);
 *   to the end  – from jumping to the end until the last row shows (the widget follows the
 *                 opaque cursor page by page: 100 or 1,000 requests to an instant backend).
 * Targets: 10,000 ready within 20 % of the bare list; no task over 50 ms while scrolling.
 */
import { median, ms, openBenchPage } from './assessment-harness';

interface Figures {
  firstRowsMs: number;
  scrollEndMs: number;
  longestTaskMs: number;
}

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const bench = await openBenchPage();

async function measure(kind: 'leaderboard' | 'bare', total: number): Promise<Figures> {
  const runs: Figures[] = [];
  for (let i = 0; i < RUNS; i++) {
    runs.push(await bench.page.evaluate(([kind, total]) => (window as unknown as { bench: Record<string, (n: number) => Promise<Figures>> }).bench[kind]!(total), [kind, total] as const));
  }
  return {
    firstRowsMs: median(runs.map((r) => r.firstRowsMs)),
    scrollEndMs: median(runs.map((r) => r.scrollEndMs)),
    longestTaskMs: Math.max(...runs.map((r) => r.longestTaskMs)),
  };
}

try {
  console.log(`Chromium, minified build, median of ${RUNS} runs (longest task: worst run)\n`);
  console.log('| list | entries | first rows | longest task while scrolling | to the end |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  const results: Record<string, Figures> = {};
  for (const total of (process.env.BENCH_TOTALS ?? '10000,100000').split(',').map(Number)) {
    for (const kind of ['bare', 'leaderboard'] as const) {
      const f = (results[`${kind} ${total}`] = await measure(kind, total));
      console.log(`| ${kind === 'bare' ? 'bare virtualizer' : '<pb-leaderboard>'} | ${total.toLocaleString('en')} | ${ms(f.firstRowsMs)} | ${f.longestTaskMs ? ms(f.longestTaskMs) : '< 50 ms'} | ${ms(f.scrollEndMs)} |`);
    }
  }
  const [widget, plain] = [results['leaderboard 10000'], results['bare 10000']];
  if (widget && plain) {
    const ratio = widget.firstRowsMs / plain.firstRowsMs;
    console.log(`\n10,000 ready: ${(ratio * 100).toFixed(0)} % of the bare list's time (target ≤ 120 %): ${ratio <= 1.2 ? 'met' : 'NOT met'}`);
  }
  const longest = results['leaderboard 100000']?.longestTaskMs;
  if (longest !== undefined) console.log(`100,000 scrolling: longest task ${longest ? ms(longest) : 'under 50 ms'} (target: none over 50 ms): ${longest <= 50 ? 'met' : 'NOT met'}`);
} finally {
  await bench.close();
}
