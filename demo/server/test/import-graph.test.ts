/**
 * The server's rooms, read from its import graph: every import specifier (static, type-only,
 * re-export, dynamic) of every .ts file under demo/server, resolved to a file. The rules
 * say what each folder may lean on, so a newcomer can trust the layout:
 *
 * - rules/ are pure: they import other rules and the shared contract, nothing else (no
 *   store, db, http, routes, seed, no package, no Node module), and read no clock;
 * - http/ and store/ import no route file; store/ and db/ import nothing of http/;
 * - routes/ are mounted by app.ts alone;
 * - only shared-contract.ts reaches outside demo/server, into the contract part
 *   (src/contract/: types, shapes, rules), which itself leans on nothing else; no server file
 *   names a file under src/ in any other way. Tests may also import bin/, and seed/ the
 *   fixtures it shares with the stories and tests (fixtures/, plain data importing nothing).
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const SERVER = fileURLToPath(new URL('../', import.meta.url));
const REPO = resolve(SERVER, '../..');
const CONTRACT_DOOR = 'shared-contract.ts';

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : tsFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** A path relative to the server folder with forward slashes (`rules/calendar.ts`), or `../../src/…` outside it. */
const serverPath = (file: string) => relative(SERVER, file).split(sep).join('/');

/** The file a relative specifier names (`./calendar` → `calendar.ts`), as the bundler-style resolution finds it. */
function resolveRelative(from: string, specifier: string): string {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts'), base.replace(/\.js$/, '.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return base;
}

interface Edge {
  from: string;
  /** A server path for relative imports; the bare specifier (`hono`, `node:fs`) otherwise. */
  to: string;
  bare: boolean;
}

const files = tsFiles(SERVER);
const edges: Edge[] = files.flatMap((file) =>
  ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map(({ fileName }) => {
    const bare = !fileName.startsWith('.');
    return { from: serverPath(file), to: bare ? fileName : serverPath(resolveRelative(file, fileName)), bare };
  }),
);

const inFolder = (path: string, folder: string) => path.startsWith(`${folder}/`);
const outside = (path: string) => path.startsWith('../');
const isTest = (path: string) => inFolder(path, 'test');
const broken = (rule: (e: Edge) => boolean) =>
  edges
    .filter(rule)
    .map((e) => `${e.from} → ${e.to}`)
    .sort();

describe("the server's import graph", () => {
  it('reads every server file and finds the rooms', () => {
    assert.ok(files.length > 80, `only ${files.length} files`);
    for (const folder of ['rules', 'store', 'http', 'routes', 'db', 'seed', 'test']) {
      assert.ok(edges.some((e) => inFolder(e.from, folder)), `no imports found in ${folder}/`);
    }
  });

  it('rules/ import only rules and the shared contract: no store, db, http, routes, package or Node module', () => {
    assert.deepEqual(
      broken((e) => inFolder(e.from, 'rules') && (e.bare || !(inFolder(e.to, 'rules') || e.to === CONTRACT_DOOR))),
      [],
    );
  });

  it('rules/ take the clock and any randomness as arguments: no Date.now(), new Date(), Math.random() or process', () => {
    const impure = files
      .filter((file) => inFolder(serverPath(file), 'rules'))
      .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/Date\.now\(|new Date\(\)|Math\.random\(|\bprocess\./g)].map((m) => `${serverPath(file)}: ${m[0]}`));
    assert.deepEqual(impure, []);
  });

  it('http/ and store/ import no route file; store/ and db/ import nothing of http/', () => {
    assert.deepEqual(broken((e) => (inFolder(e.from, 'http') || inFolder(e.from, 'store')) && inFolder(e.to, 'routes')), []);
    assert.deepEqual(broken((e) => (inFolder(e.from, 'store') || inFolder(e.from, 'db')) && inFolder(e.to, 'http')), []);
  });

  it('routes/ are mounted by app.ts alone', () => {
    assert.deepEqual(broken((e) => inFolder(e.to, 'routes') && !inFolder(e.from, 'routes') && e.from !== 'app.ts'), []);
  });

  it('only shared-contract.ts imports from outside demo/server (tests may import bin/, the seed fixtures/), and what it takes is the contract part', (t) => {
    const allowedOutside = (e: Edge) =>
      e.from === CONTRACT_DOOR ||
      (isTest(e.from) && e.to.startsWith('../../bin/')) ||
      (inFolder(e.from, 'seed') && e.to.startsWith('../../fixtures/'));
    assert.deepEqual(broken((e) => !e.bare && outside(e.to) && !allowedOutside(e)), []);
    const taken = edges.filter((e) => e.from === CONTRACT_DOOR && outside(e.to)).map((e) => relative(REPO, resolve(SERVER, e.to)).split(sep).join('/'));
    t.diagnostic(`shared-contract.ts takes from outside demo/server: ${taken.join(', ')}`);
    // The contract part (src/contract/): its types, shapes and rules. The contract document
    // itself is read as a file (CONTRACT_PATH), never imported.
    assert.ok(taken.length > 0);
    assert.deepEqual(taken.filter((file) => !file.startsWith('src/contract/')), []);
  });

  it('the fixtures the seed shares import nothing (no library code reaches the server through them)', () => {
    const shared = [...new Set(edges.filter((e) => inFolder(e.from, 'seed') && e.to.startsWith('../../fixtures/')).map((e) => resolve(SERVER, e.to)))];
    assert.ok(shared.length > 0);
    const imports = shared.flatMap((file) => ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map(({ fileName }) => `${relative(REPO, file)} → ${fileName}`));
    assert.deepEqual(imports, []);
  });

  it('what the server takes from the contract part leans on nothing else: no file of it imports outside src/contract or a package', () => {
    const seen = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const { fileName } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
        assert.ok(fileName.startsWith('.'), `${relative(REPO, file)} imports the package ${fileName}`);
        const target = resolveRelative(file, fileName);
        assert.ok(relative(REPO, target).split(sep).join('/').startsWith('src/contract/'), `${relative(REPO, file)} → ${relative(REPO, target)}`);
        visit(target);
      }
    };
    for (const e of edges.filter((edge) => edge.from === CONTRACT_DOOR && outside(edge.to))) visit(resolve(SERVER, e.to));
    assert.ok(seen.size > 3, `only ${seen.size} files of the contract part`);
  });

  it('no server file but shared-contract.ts names a file under src/ (new URL(…, import.meta.url))', () => {
    const named = files
      .filter((file) => serverPath(file) !== CONTRACT_DOOR)
      .flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/new URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g)]
          .map((m) => relative(REPO, resolve(dirname(file), m[1]!)).split(sep).join('/'))
          .filter((target) => target === 'src' || target.startsWith('src/'))
          .map((target) => `${serverPath(file)} → ${target}`),
      );
    assert.deepEqual(named, []);
  });
});
