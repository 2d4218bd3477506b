/**
 * Sends requests to a test server in a child process with a small heap and a time limit,
 * for requests that once took the server down: a regression then fails one test instead of
 * hanging the test run or growing it to gigabytes.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface IsolatedResult {
  /** One per request, in order: status, body text (cut to 2 KB) and time taken. */
  responses: { status: number; body: string; ms: number }[];
  /** The child's resident memory before the first request and at its highest, in MB. */
  rssBeforeMb: number;
  rssPeakMb: number;
}

export interface IsolatedRun {
  result: IsolatedResult | null;
  /** Why there is no result: the child's exit, signal or timeout, and its last words. */
  failure: string | null;
}

const SELF = fileURLToPath(import.meta.url);

/** GET requests as the demo member (bearer token). */
export function requestInIsolation(paths: string[], options: { heapMb?: number; timeoutMs?: number } = {}): Promise<IsolatedRun> {
  const { heapMb = 256, timeoutMs = 20_000 } = options;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${heapMb}`, '--import', 'tsx', SELF, JSON.stringify(paths)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const line = stdout.split('\n').find((l) => l.startsWith('{'));
      if (code === 0 && line) return resolve({ result: JSON.parse(line) as IsolatedResult, failure: null });
      const why = signal === 'SIGKILL' ? `killed after ${timeoutMs} ms` : `exit ${code ?? signal}`;
      resolve({ result: null, failure: `${why}: ${stderr.split('\n').filter((l) => /error|heap|memory/i.test(l)).slice(0, 3).join(' | ')}` });
    });
  });
}

async function main(paths: string[]) {
  const { TestServer } = await import('./harness');
  const t = new TestServer();
  const rss = () => process.memoryUsage().rss / 2 ** 20;
  const rssBeforeMb = rss();
  let rssPeakMb = rssBeforeMb;
  const sampler = setInterval(() => (rssPeakMb = Math.max(rssPeakMb, rss())), 5);
  const responses: IsolatedResult['responses'] = [];
  for (const path of paths) {
    const start = performance.now();
    const res = await t.app.request(path, { headers: { authorization: 'Bearer demo-member-token' } });
    const body = (await res.text()).slice(0, 2048);
    responses.push({ status: res.status, body, ms: Math.round(performance.now() - start) });
  }
  clearInterval(sampler);
  rssPeakMb = Math.max(rssPeakMb, rss());
  await t.close();
  console.log(JSON.stringify({ responses, rssBeforeMb: Math.round(rssBeforeMb), rssPeakMb: Math.round(rssPeakMb) } satisfies IsolatedResult));
}

if (process.argv[1] === SELF) void main(JSON.parse(process.argv[2]!) as string[]);
