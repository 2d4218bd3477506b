/**
 * The package root exports what the docs list, and nothing else: `src/index.ts` against
 * `docs/javascript-api.md`, both ways, and every element of custom-elements.json with the
 * detail type of each event it fires. An internal (a ranking class, an interval helper)
 * exported by accident fails here, as does a documented name that went missing.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';

interface Module {
  path: string;
  declarations?: Array<{ name: string; tagName?: string; customElement?: boolean; events?: Array<{ name: string; type?: { text: string } }> }>;
}

/** The manifest is generated (never committed): analyze again when a source file is newer. */
function freshManifest(): { modules: Module[] } {
  const sources = execFileSync('find', ['src', '-name', '*.ts'], { encoding: 'utf8' }).split('\n').filter(Boolean);
  const newest = Math.max(...sources.map((file) => statSync(file).mtimeMs));
  if (!existsSync('custom-elements.json') || statSync('custom-elements.json').mtimeMs < newest) {
    execFileSync('npx', ['cem', 'analyze'], { stdio: 'ignore' });
  }
  return JSON.parse(readFileSync('custom-elements.json', 'utf8'));
}

/** The names a module exports by name (`export { a, type B as C } from …`), and its `export type *` sources. */
function exportsOf(file: string): { names: string[]; typeStars: string[] } {
  const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
  const names: string[] = [];
  const typeStars: string[] = [];
  for (const [statement] of text.matchAll(/^export\b[\s\S]*?;/gm)) {
    const named = /^export\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'[^']+';$/.exec(statement);
    const star = /^export\s+type\s+\*\s+from\s+'([^']+)';$/.exec(statement);
    if (named) {
      for (const item of named[1]!.split(',').map((part) => part.trim()).filter(Boolean)) names.push(item.replace(/^type\s+/, '').split(/\s+as\s+/).pop()!);
    } else if (star) {
      typeStars.push(join(dirname(file), star[1]!.replace(/\.js$/, '.ts')));
    } else {
      assert.fail(`${file}: export a documented name with \`export { … } from\`, not \`${statement.split('\n')[0]}\``);
    }
  }
  return { names, typeStars };
}

/** The names the docs page lists: each bullet starts with them, in backticks, before its dash. */
function documented(): string[] {
  const names: string[] = [];
  for (const line of readFileSync('docs/javascript-api.md', 'utf8').split('\n')) {
    const head = /^- ((?:`[^`]+`(?:, )?)+) — /.exec(line);
    if (head) for (const [, name] of head[1]!.matchAll(/`([A-Za-z_$][\w$]*)/g)) names.push(name!);
  }
  return names;
}

const duplicates = (names: string[]) => names.filter((name, i) => names.indexOf(name) !== i);

describe('the package root exports what the docs list', () => {
  const root = exportsOf('src/index.ts');
  const listed = documented();

  it('each name in src/index.ts is on docs/javascript-api.md, and each name there is exported', () => {
    assert.deepEqual(duplicates(root.names), [], 'exported twice');
    assert.deepEqual(duplicates(listed), [], 'listed twice');
    assert.deepEqual(root.names.filter((name) => !listed.includes(name)), [], 'exported but not documented (an internal?)');
    assert.deepEqual(listed.filter((name) => !root.names.includes(name)), [], 'documented but not exported');
  });

  it('the only names exported wholesale are the contract’s types, taken from openapi.yaml', () => {
    assert.equal(root.typeStars.length, 1);
    assert.match(readFileSync(root.typeStars[0]!, 'utf8'), /openapi\.yaml/);
    assert.match(readFileSync('docs/javascript-api.md', 'utf8'), /The contract's data types/);
  });

  it('each element of custom-elements.json, and the detail type of each event it fires', () => {
    const elements = freshManifest().modules.flatMap((module) => (module.declarations ?? []).filter((d) => d.customElement && d.tagName));
    assert.ok(elements.length >= 10, 'the manifest lists the elements');
    const missing: string[] = [];
    for (const element of elements) {
      if (!root.names.includes(element.name)) missing.push(`${element.name} (<${element.tagName}>)`);
      for (const event of element.events ?? []) {
        const detail = event.type?.text ?? '';
        assert.match(detail, /^[A-Z]\w*$/, `<${element.tagName}>'s ${event.name} names its detail type in @fires`);
        if (!root.names.includes(detail)) missing.push(`${detail} (${event.name})`);
      }
    }
    assert.deepEqual(missing, []);
  });

  it('the CDN bundle exports a part of the same', () => {
    const cdn = exportsOf('src/cdn.ts');
    assert.deepEqual(cdn.typeStars, []);
    assert.deepEqual(cdn.names.filter((name) => !root.names.includes(name)), []);
  });

  it('the check itself reads both sides (a guard against a pattern that matches nothing)', () => {
    for (const name of ['configure', 'PbElement', 'PbLeaderboard', 'LeaderboardChangeDetail', 'InferShape']) {
      assert.ok(root.names.includes(name) && listed.includes(name), name);
    }
    for (const internal of ['RankList', 'mergeIntervals', 'PlayRecorder', 'checkPage', 'rankChange']) assert.ok(!root.names.includes(internal), internal);
  });
});
