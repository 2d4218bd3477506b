/**
 * Serves the demo portal and the API over HTTP: `PORT` (8787) and `HOST` (127.0.0.1),
 * database at `PB_DB` (default .data/demo.sqlite; created and seeded on first run),
 * `TRUST_PROXY=1` behind a reverse proxy that ends TLS.
 */
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { DEFAULT_DB_PATH } from './paths';
import { DEMO_ACCOUNTS } from './seed/seed';

const port = Number(process.env.PORT ?? 8787);
const host = process.env.HOST ?? '127.0.0.1';
const dbPath = process.env.PB_DB ?? DEFAULT_DB_PATH;
const quiet = process.env.PB_QUIET === '1';

// PB_DIALECT=ruoyi also serves the RuoYi-like API under /prod-api and /hosts/ruoyi.html.
const dialect = process.env.PB_DIALECT === 'ruoyi' ? 'ruoyi' : undefined;
// TRUST_PROXY=1 behind a reverse proxy that ends TLS (see AppOptions.trustProxy); off by default.
const trustProxy = process.env.TRUST_PROXY === '1' || process.env.TRUST_PROXY === 'true';
const server = createApp({ dbPath, backgroundCheckpoints: process.env.PB_BG_CHECKPOINT !== '0', trustProxy, ...(dialect ? { dialect } : {}) });
const http = serve({ fetch: server.app.fetch, port, hostname: host }, (info) => {
  if (quiet) {
    console.log(`listening ${info.port}`);
    return;
  }
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${info.port}`;
  console.log(`\n党建组件演示站  ${url}/   (API ${url}/api/v1)\n`);
  if (dialect) console.log(`RuoYi dialect  ${url}/prod-api   demo page ${url}/hosts/ruoyi.html\n`);
  console.log('Demo accounts (password / bearer token):');
  for (const a of DEMO_ACCOUNTS) console.log(`  ${a.username.padEnd(16)} ${a.password}   token ${a.token.padEnd(22)} ${a.description}`);
  console.log(`\nDatabase ${dbPath}  (npm run db:reset starts over)\nCtrl-C to stop.\n`);
});

let stopping = false;
function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  if (!quiet) console.log(`\n${signal}: stopping…`);
  // Stop accepting connections, let open requests finish, then close the database cleanly
  // (the WAL is checkpointed on close).
  const exit = () => void server.close().finally(() => process.exit(0));
  http.close(exit);
  (http as unknown as { closeIdleConnections?: () => void }).closeIdleConnections?.();
  setTimeout(exit, 3000).unref();
}
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
