/**
 * `npm run bench:server`: the real server (its own process, a temp database) under
 * autocannon, 50 connections for 10 s each, on the progress POST (distinct idempotency keys,
 * valid heartbeat batches, many members) and the leaderboard GET.
 * Target for the POST on a 2-core machine: ≥ 2,000 req/s, p99 ≤ 50 ms, 0 errors.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { openDatabase } from '../../demo/server/db/database';
import { seedDatabase } from '../../demo/server/seed/seed';
import { loadAnonymityKey } from '../../demo/server/store/anonymity';
import { createAuthStore } from '../../demo/server/store/auth-store';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const LESSONS = [
  ['c-dangzhang', 'l-dangzhang-1'],
  ['c-dangzhang', 'l-dangzhang-2'],
  ['c-nongye', 'l-nongye-1'],
  ['c-lianzheng', 'l-lianzheng-1'],
  ['c-anquan', 'l-anquan-1'],
] as const;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

function startServer(dbPath: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [...(process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : []), '--import', 'tsx', join(ROOT, 'demo/server/main.ts')], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', PB_DB: dbPath, PB_QUIET: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('listening')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code})`)));
  });
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux). */
function cpuSeconds(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return null;
  }
}

interface Figures {
  name: string;
  /** Server CPU time per request in µs: what the server costs, whatever else runs on the box. */
  cpuMicros: number | null;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  total: number;
}

async function run(name: string, serverPid: number, options: autocannon.Options): Promise<Figures> {
  const cpuBefore = cpuSeconds(serverPid);
  const result = await autocannon({ connections: CONNECTIONS, duration: DURATION_S, ...options });
  const cpuAfter = cpuSeconds(serverPid);
  return {
    name,
    cpuMicros: cpuBefore === null || cpuAfter === null ? null : Math.round(((cpuAfter - cpuBefore) / result.requests.total) * 1e6),
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
  };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'pb-bench-'));
  const dbPath = join(dir, 'bench.sqlite');
  // Seed and issue one token per member before the server opens the file.
  const db = openDatabase(dbPath);
  seedDatabase(db, { now: Date.now(), anonymityKey: loadAnonymityKey(dbPath) });
  const auth = createAuthStore(db, Date.now);
  const memberIds = db.prepare('SELECT id FROM members ORDER BY id').pluck().all() as string[];
  const tokens = memberIds.map((id) => auth.issueToken(id, 'bench'));
  db.close();

  const port = await freePort();
  const server = await startServer(dbPath, port);
  const base = `http://127.0.0.1:${port}`;
  let n = 0;
  try {
    const progress = await run('POST progress', server.pid!, {
      url: base,
      requests: [
        {
          method: 'POST',
          setupRequest: (request) => {
            const i = n++;
            const [course, lesson] = LESSONS[i % LESSONS.length]!;
            request.path = `/api/v1/courses/${course}/lessons/${lesson}/progress`;
            request.headers = {
              'content-type': 'application/json',
              authorization: `Bearer ${tokens[i % tokens.length]}`,
              'idempotency-key': randomUUID(),
            };
            const start = (i % 4) * 5;
            request.body = JSON.stringify({ sessionId: randomUUID(), seq: 1, position: start + 5, intervals: [[start, start + 5]], activeSeconds: 0, ended: false });
            return request;
          },
        },
      ],
    });
    if (process.env.BENCH_ONLY === 'post') {
      console.log(`POST progress ${progress.requestsPerSecond} req/s p99 ${progress.p99} ms errors ${progress.errors} non2xx ${progress.non2xx} cpu ${progress.cpuMicros} µs/req`);
      return;
    }
    const leaderboard = await run('GET leaderboard', server.pid!, {
      url: `${base}/api/v1/leaderboard?metric=points&scope=members&period=month&limit=20`,
      headers: { authorization: `Bearer ${tokens[0]}` },
    });

    const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
    console.log(`\nautocannon, ${CONNECTIONS} connections, ${DURATION_S} s each, server in its own process (node ${process.version}, load average ${load})\n`);
    console.log('| endpoint | req/s | p50 ms | p99 ms | errors | non-2xx | requests | server CPU µs/req |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const f of [progress, leaderboard]) {
      console.log(`| ${f.name} | ${f.requestsPerSecond} | ${f.p50} | ${f.p99} | ${f.errors} | ${f.non2xx} | ${f.total} | ${f.cpuMicros ?? 'n/a'} |`);
    }
    const ok = progress.requestsPerSecond >= 2000 && progress.p99 <= 50 && progress.errors === 0 && progress.non2xx === 0;
    console.log(`\nprogress POST target (≥ 2000 req/s, p99 ≤ 50 ms, 0 errors): ${ok ? 'met' : 'NOT met'}`);
    process.exitCode = ok ? 0 : 1;
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
