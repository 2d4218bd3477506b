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
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const repoPath = (file: string) => relative(REPO, file).split(sep).join('/');

function files(dir: string, ending: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, ending) : ending.test(name) ? [path] : [];
  });
}

function resolveRelative(from: string, specifier: string): string {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, base.replace(/\.js$/, '.ts'), join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return base;
}

/** Every file or package a file names: `to` is a repository path, or the package's name. */
function edges(file: string): Array<{ from: string; to: string; bare: boolean }> {
  const text = readFileSync(file, 'utf8');
  const named = [
    ...ts.preProcessFile(text, true, true).importedFiles.map(({ fileName }) => fileName),
    ...[...text.matchAll(/new URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g)].map((m) => m[1]!),
  ];
  return named.map((name) => {
    const bare = !name.startsWith('.');
    return { from: repoPath(file), to: bare ? name : repoPath(resolveRelative(file, name)), bare };
  });
}

const source = files(join(REPO, 'src'), /\.ts$/).flatMap(edges);
const bin = files(join(REPO, 'bin'), /\.m?js$/).flatMap(edges);
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
    const impure = files(join(REPO, 'src/contract/rules'), /\.ts$/).flatMap((file) =>
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
