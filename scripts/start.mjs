#!/usr/bin/env node
// `npm start`: build the library bundle if it is missing or older than src/, then serve the
// demo portal and the API (the database is created and seeded on first run and kept).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist/cdn/party-building-widgets.js');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function bundleIsStale() {
  if (!existsSync(bundle)) return true;
  return statSync(bundle).mtimeMs < newestMtime(join(root, 'src'));
}

if (bundleIsStale()) {
  console.log('Building the widget bundle (npx vite build --mode cdn)…');
  const build = spawnSync('npx', ['vite', 'build', '--mode', 'cdn', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.log('Note: the bundle could not be built yet; the demo pages will show widget placeholders.');
  }
}

const server = spawn(process.execPath, ['--import', 'tsx', join(root, 'demo/server/main.ts')], {
  cwd: root,
  stdio: 'inherit',
  env: process.env,
});

// Ctrl-C reaches the whole process group already; forwarding covers `kill <pid>` of this script.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (server.exitCode === null) server.kill(signal);
  });
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
