#!/usr/bin/env node
/**
 * `npm test`: every check, in order of cost, then one closing count line.
 *   npm test                 everything
 *   npm test -- browser      one group: static, node, browser, e2e, size
 *   npm test -- <file>…      only these test files: `*.browser.test.ts` (and the cross-cutting
 *                            test/browser suites) in Chromium, any other under node:test
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium } from './chromium.mjs';

const only = process.argv[2];
/** Test files named on the command line (`npm test -- src/dues/pb-dues-status/test/rules.test.ts`). */
const named = process.argv.slice(2).filter((arg) => /\.test\.[cm]?[jt]s$/.test(arg));
const results = [];

function filesUnder(dir, suffix) {
  let found = [];
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, name.name);
    if (name.isDirectory()) found = found.concat(filesUnder(path, suffix));
    else if (name.name.endsWith(suffix)) found.push(path);
  }
  return found.sort();
}

/** Runs a command, echoing its output, and returns its exit code and output. */
function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, FORCE_COLOR: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const echo = (stream) => (chunk) => {
      output += chunk;
      stream.write(chunk);
    };
    child.stdout.on('data', echo(process.stdout));
    child.stderr.on('data', echo(process.stderr));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

function record(group, passed, failed, note = '', failures = []) {
  results.push({ group, passed, failed, note, failures });
}

async function staticChecks() {
  console.log('\n── type check (tsc) ──');
  // The docs stories import custom-elements.json, which is generated (never committed).
  await run('npx', ['cem', 'analyze', '--quiet']);
  const tsc = await run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
  record('type check', tsc.code === 0 ? 1 : 0, tsc.code === 0 ? 0 : 1);
  // The reference server has its own tsconfig (Node types only, no DOM); the root one excludes it.
  console.log('\n── server type check (tsc, demo/server) ──');
  const server = await run('npx', ['tsc', '--noEmit', '-p', 'demo/server/tsconfig.json']);
  record('server types', server.code === 0 ? 1 : 0, server.code === 0 ? 0 : 1);
  // lit-analyzer's CSS check predates color-scheme and interpolated blocks; tsc and the
  // browser tests cover the CSS instead.
  console.log('\n── lint (lit-analyzer) ──');
  // The library's files only: the tests beside them (src/**/test/) bind wrong values on purpose.
  const library = filesUnder('src', '.ts').filter((file) => !file.split('/').includes('test'));
  const lint = await run('npx', ['lit-analyzer', ...library, '--strict', '--rules.no-invalid-css', 'off']);
  record('lint', lint.code === 0 ? 1 : 0, lint.code === 0 ? 0 : 1);
  // The React and Vue host pages against the typings generated from the manifest.
  console.log('\n── host page types (tsc, vue-tsc) ──');
  const react = await run('npx', ['tsc', '--noEmit', '-p', 'demo/hosts/react/tsconfig.json']);
  const vue = await run('npx', ['vue-tsc', '--noEmit', '-p', 'demo/hosts/vue/tsconfig.json']);
  const hostFailures = [react, vue].filter((r) => r.code !== 0).length;
  record('host types', 2 - hostFailures, hostFailures);
}

/**
 * Tests beside their subject (`src/<area>/<element>/test/`): `*.browser.test.ts` runs in
 * Chromium (web-test-runner), every other `*.test.ts` under node:test, without a browser.
 */
const runsInNode = (file) => !file.endsWith('.browser.test.ts') && !/^(\.\/)?test\/browser\//.test(file);

/** node:test files (server, pure logic and other Node-side tests), counted from the spec reporter. */
async function nodeTests(group, dirs, given) {
  const files = given ?? dirs.flatMap((dir) => {
    try {
      return statSync(dir).isDirectory() ? filesUnder(dir, '.test.ts').filter(runsInNode) : [];
    } catch {
      return [];
    }
  });
  if (!files.length) return;
  console.log(`\n── ${group} tests (node:test, ${files.length} files) ──`);
  const { code, output } = await run('node', ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=1', ...files]);
  const count = (name) => Number(output.match(new RegExp(`^[ℹ#] ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
  const passed = count('pass');
  const failed = count('fail') + (code !== 0 && count('fail') === 0 ? 1 : 0);
  // node:test repeats each failure under "failing tests" at the end of the spec output.
  const failing = output.split(/^✖ failing tests:$/m)[1] ?? '';
  const failures = [...failing.matchAll(/^\s*✖ (.+?)(?: \([\d.]+m?s\))?\n\s*(.*)$/gm)].map((m) => `${m[1]}: ${m[2]}`);
  record(group, passed, failed, '', failures);
}

async function browserTests(chromium, files = []) {
  console.log('\n── browser tests (web-test-runner, Chromium) ──');
  rmSync('test-results/browser.json', { force: true });
  const { code } = await run('npx', ['wtr', ...files.flatMap((file) => ['--files', file])], { CHROME_PATH: chromium });
  let counts = { passed: 0, failed: 1 };
  try {
    counts = JSON.parse(readFileSync('test-results/browser.json', 'utf8'));
  } catch {
    // No result file: the runner itself failed; counted as one failure.
  }
  record('browser', counts.passed, counts.failed + (code !== 0 && !counts.failed ? 1 : 0), '', counts.failures ?? []);
}

async function sizeBudget() {
  console.log('\n── size budget ──');
  const { code, output } = await run('npx', ['tsx', 'scripts/size.ts']);
  const [, within = '0', all = '1'] = /Size budget: (\d+) of (\d+)/.exec(output) ?? [];
  record('size budget', Number(within), code === 0 ? 0 : Math.max(1, Number(all) - Number(within)));
}

const groups = {
  static: staticChecks,
  // Pure logic beside its subject (src/, scripts/), the package as a whole (test/package/),
  // the reference server and the test backends.
  node: () => nodeTests('node', ['src', 'scripts', 'test/package', 'test/node', 'demo/server/test', 'test/backends/test']),
  browser: async () => {
    const chromium = ensureChromium();
    if (!chromium) return record('browser', 0, 1, 'no Chromium');
    await browserTests(chromium);
  },
  e2e: async () => {
    const chromium = ensureChromium();
    if (!chromium) return record('e2e', 0, 1, 'no Chromium');
    process.env.CHROME_PATH = chromium;
    // The demo pages load the CDN bundle, so the e2e tests run against a fresh build of it.
    const build = await run('npx', ['vite', 'build', '--mode', 'cdn', '--logLevel', 'warn']);
    if (build.code !== 0) return record('e2e', 0, 1, 'the CDN bundle did not build');
    await nodeTests('e2e', ['test/e2e']);
  },
  size: sizeBudget,
};

if (named.length) {
  const inNode = named.filter(runsInNode);
  const inBrowser = named.filter((file) => !runsInNode(file));
  // The demo pages of the end-to-end tests load the CDN bundle: build it first, as the group does.
  if (inNode.some((file) => /(^|\/)test\/e2e\//.test(file))) {
    const chromium = process.env.CHROME_PATH ?? ensureChromium();
    if (chromium) process.env.CHROME_PATH = chromium;
    await run('npx', ['vite', 'build', '--mode', 'cdn', '--logLevel', 'warn']);
  }
  if (inNode.length) await nodeTests('node', [], inNode);
  if (inBrowser.length) {
    const chromium = ensureChromium();
    if (!chromium) record('browser', 0, 1, 'no Chromium');
    else await browserTests(chromium, inBrowser);
  }
} else {
  for (const [name, group] of Object.entries(groups)) {
    if (!only || only === name) await group();
  }
}

const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log('\n── summary ──');
for (const r of results) {
  console.log(`  ${r.group.padEnd(12)} ${r.passed} passed, ${r.failed} failed${r.note ? ` (${r.note})` : ''}`);
  for (const failure of r.failures) console.log(`    ✖ ${failure}`);
}
const ok = failed === 0 && passed > 0;
console.log(`\nTests: ${passed} passed, ${failed} failed${passed === 0 ? ' — no test ran, which counts as a failure' : ''}`);
process.exit(ok ? 0 : 1);
