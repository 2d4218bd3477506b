#!/usr/bin/env node
// `npm start`: build what the demo serves if it is missing or older than its sources (the
// library bundle; the React and Vue host pages), then serve the demo portal and the API
// (the database is created and seeded on first run and kept).
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

/** Whether any of `outputs` is missing or older than the newest file under `sources`. */
function isStale(outputs, sources) {
  if (!outputs.every((file) => existsSync(file))) return true;
  const newestSource = Math.max(...sources.map((dir) => (statSync(dir).isDirectory() ? newestMtime(dir) : statSync(dir).mtimeMs)));
  return outputs.some((file) => statSync(file).mtimeMs < newestSource);
}

function build(what, args, failed) {
  console.log(`Building ${what} (npx ${args.join(' ')})…`);
  const result = spawnSync('npx', [...args, '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) console.log(`Note: ${failed}`);
}

if (isStale([bundle], [join(root, 'src')])) {
  build('the widget bundle', ['vite', 'build', '--mode', 'cdn'], 'the bundle could not be built yet; the demo pages will show widget placeholders.');
}

// The React 19 and Vue 3 host pages (/hosts/react/, /hosts/vue/) are apps with a build step
// of their own, as a site's would be; `npm run build:hosts` builds them alone.
const hostPages = ['react', 'vue'].map((name) => join(root, `dist/hosts/${name}/index.html`));
const hostSources = ['src', 'demo/hosts/react', 'demo/hosts/vue', 'fixtures/host-pages.ts', 'demo/hosts/vite.config.ts'].map((path) => join(root, path));
if (isStale(hostPages, hostSources)) {
  build('the React and Vue host pages', ['vite', 'build', '--config', 'demo/hosts/vite.config.ts'], 'the React and Vue host pages could not be built; /hosts/react/ and /hosts/vue/ say so.');
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
