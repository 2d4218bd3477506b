import { openBenchPage } from './test/bench/assessment-harness';
const bench = await openBenchPage();
const load = await bench.page.evaluate(() => (window as any).bench.viewLoad());
const first = await bench.page.evaluate(() => (window as any).bench.chart(12, 365));
const second = await bench.page.evaluate(() => (window as any).bench.chart(12, 365));
console.log({ load, first, second });
await bench.close();
