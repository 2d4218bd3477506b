#!/usr/bin/env node
/**
 * `npm run bench`: runs every browser benchmark in test/bench/ (*.bench.ts, except the
 * server's, which is `npm run bench:server`) one after another and prints their figures.
 * Benchmarks measure; they never pass or fail a build.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const files = readdirSync('test/bench')
  .filter((file) => file.endsWith('.bench.ts') && file !== 'server.bench.ts')
  .sort();
if (!files.length) console.log('No browser benchmarks yet.');
for (const file of files) {
  console.log(`\n── ${file} ──`);
  const { status } = spawnSync('npx', ['tsx', `test/bench/${file}`], { stdio: 'inherit' });
  if (status !== 0) process.exitCode = status ?? 1;
}
