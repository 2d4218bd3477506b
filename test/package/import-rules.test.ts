/**
 * The rooms around the contract part, read from the import graph: every import specifier
 * (static, type-only, re-export, dynamic) and every `new URL('…', import.meta.url)` of the
 * library, the contract part and pb-verify, resolved to a file. The server's side is
 * demo/server/test/import-graph.test.ts (it takes nothing under src/ but the contract part).
 *
 * - nothing under src/ reaches demo/server;
 * - the contract part (src/contract/) leans on nothing outside itself, not even a package,
 *   and its rules read no clock and no randomness;
 * - bin/ reaches the library only as its build (dist/verify/verify-site.js, or in the
 *   repository its sources run in its place) and the contract document.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { edgesOf, filesUnder, libraryFiles, REPO, repoPath } from './support/import-graph.js';

// The library is src/ without its test folders (a test may reach the server: the contract's
// rules are tested on both sides at once, src/contract/test/conditions.test.ts).
const source = libraryFiles().flatMap(edgesOf);
const bin = filesUnder(join(REPO, 'bin'), /\.m?js$/).flatMap(edgesOf);
const show = (list: Array<{ from: string; to: string }>) => list.map((e) => `${e.from} → ${e.to}`);

describe('the import rules around the contract part', () => {
  it('reads the library, the contract part and pb-verify', () => {
    assert.ok(source.length > 500 && source.some((e) => e.from.startsWith('src/contract/')));
    assert.ok(bin.some((e) => e.from === 'bin/pb-verify.mjs'));
  });

  it('nothing under src/ reaches demo/server', () => {
    assert.deepEqual(show(source.filter((e) => e.to.startsWith('demo/'))), []);
  });

  it('the contract part leans on nothing outside itself, not even a package', () => {
    assert.deepEqual(show(source.filter((e) => e.from.startsWith('src/contract/') && (e.bare || !e.to.startsWith('src/contract/')))), []);
  });

  it('its rules read no clock and no randomness: the caller gives them', () => {
    const impure = filesUnder(join(REPO, 'src/contract/rules'), /\.ts$/, true).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/Date\.now\(|new Date\(\)|Math\.random\(|\bprocess\./g)].map((m) => `${repoPath(file)}: ${m[0]}`),
    );
    assert.deepEqual(impure, []);
  });

  it('bin/ reaches the library only as its build (or its sources in the repository) and the contract document', () => {
    const allowed = new Set(['src/verify/verify-site.ts', 'dist/verify/verify-site.js', 'src/api/openapi.yaml']);
    assert.deepEqual(show(bin.filter((e) => !e.bare && !e.to.startsWith('bin/') && !allowed.has(e.to))), []);
    assert.deepEqual(bin.filter((e) => e.bare && !e.to.startsWith('node:')).map((e) => e.to).sort(), ['tsx/esm/api', 'yaml']);
  });
});
