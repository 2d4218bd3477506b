/**
 * The course player's folder, read from its import graph (every import, export-from and
 * dynamic import, type-only ones too): what is the element and what is machinery.
 *
 * - nothing in the folder imports the element's class (pb-course-player.ts): the stage, the
 *   saving code and the parts know the player through `internal/player-host.ts`, so there
 *   is no circle through the element; and no other circle inside the folder;
 * - nothing outside the folder but its define entry and the package's exports reaches the
 *   class's file, and nothing under src/ outside it (tests aside) reaches `internal/`;
 * - the machines (`internal/player-machine.ts`, `internal/stage/study-machine.ts`) are pure:
 *   they take only types and other pure modules, and read no DOM, clock or randomness;
 * - each `strings/en.ts` takes only the type of its zh-CN table.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const REPO = fileURLToPath(new URL('../../../../', import.meta.url));
const FOLDER = 'src/education/pb-course-player/';
const ELEMENT = `${FOLDER}pb-course-player.ts`;
const repoPath = (file: string) => relative(REPO, file).split(sep).join('/');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.ts$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveRelative(from: string, specifier: string): string {
  const base = resolve(dirname(from), specifier.split('?')[0]!);
  for (const candidate of [base.replace(/\.js$/, '.ts'), `${base}.ts`, base]) if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return base;
}

interface Edge {
  from: string;
  to: string;
  /** Erased when compiled: `import type`, `export type`, `typeof import()` in a type. */
  typeOnly: boolean;
}

/** Every module a file names, with whether only its types are taken. */
function edges(file: string): Edge[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: Edge[] = [];
  const add = (specifier: string, typeOnly: boolean) =>
    found.push({ from: repoPath(file), to: specifier.startsWith('.') ? repoPath(resolveRelative(file, specifier)) : specifier, typeOnly });
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly = !!clause && (clause.isTypeOnly || (!clause.name && !!clause.namedBindings && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      add(node.moduleSpecifier.text, typeOnly);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node.moduleSpecifier.text, node.isTypeOnly);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      add(node.argument.literal.text, true);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && ts.isStringLiteral(node.arguments[0]!)) {
      add((node.arguments[0] as ts.StringLiteral).text, false);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const folder = files(join(REPO, FOLDER)).filter((f) => !repoPath(f).startsWith(`${FOLDER}test/`));
const inFolder = folder.flatMap(edges);
// Tests are left out: a test beside its subject may drive the player's machinery directly.
const elsewhere = files(join(REPO, 'src'))
  .filter((f) => !repoPath(f).startsWith(FOLDER) && !repoPath(f).split('/').includes('test'))
  .flatMap(edges);
const show = (list: Edge[]) => list.map((e) => `${e.from} → ${e.to}`);

/** The circles among the folder's files (each reported once, from its smallest file). */
function circles(list: Edge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const e of list) if (e.to.startsWith(FOLDER)) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  const found: string[][] = [];
  const walk = (start: string, at: string, path: string[], seen: Set<string>) => {
    for (const to of next.get(at) ?? []) {
      if (to === start) found.push([...path, to]);
      else if (to > start && !seen.has(to)) walk(start, to, [...path, to], seen.add(to));
    }
  };
  for (const start of [...next.keys()].sort()) walk(start, start, [start], new Set([start]));
  return found;
}

describe('the course player’s folder', () => {
  it('reads the folder: the element, its machinery under internal/, its lazy chunks', () => {
    assert.ok(inFolder.some((e) => e.from === ELEMENT));
    for (const chunk of ['internal/stage/stage.lazy.ts', 'internal/saved/saved-lesson.lazy.ts', 'internal/pdf/pdf-viewer.lazy.ts']) assert.ok(folder.map(repoPath).includes(FOLDER + chunk), chunk);
    const top = folder.map(repoPath).filter((f) => !f.slice(FOLDER.length).includes('/'));
    assert.deepEqual(top.sort(), [`${FOLDER}events.ts`, `${FOLDER}pb-course-player.styles.ts`, ELEMENT].sort(), 'only the element, its styles and its events at the top');
  });

  it('has no file that imports the element’s class, not even for its type', () => {
    assert.deepEqual(show(inFolder.filter((e) => e.to === ELEMENT)), []);
  });

  it('has no import circle', () => {
    assert.deepEqual(circles(inFolder), []);
  });

  it('is reached from the rest of src/ only through the class (define entry, exports, framework types) and its events', () => {
    const reaching = elsewhere.filter((e) => e.to.startsWith(FOLDER));
    assert.ok(reaching.some((e) => e.from === 'src/define/pb-course-player.ts'));
    assert.deepEqual(show(reaching.filter((e) => e.to !== ELEMENT && e.to !== `${FOLDER}events.ts`)), []);
  });

  it('keeps its machines pure: types and pure modules only, no DOM, clock or randomness', () => {
    const machines = [`${FOLDER}internal/player-machine.ts`, `${FOLDER}internal/stage/study-machine.ts`];
    const pure = new Set([...machines, `${FOLDER}internal/lessons.ts`, `${FOLDER}internal/intervals.ts`, 'src/contract/rules/lessons.ts', 'src/contract/rules/intervals.ts']);
    for (const file of pure) {
      const text = readFileSync(join(REPO, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      assert.doesNotMatch(text, /\b(document|window|globalThis|navigator|performance|Date\.now|new Date|Math\.random|setTimeout|setInterval|queueMicrotask|customElements)\b/, file);
      const taken = edges(join(REPO, file)).filter((e) => !e.typeOnly);
      assert.deepEqual(
        taken.filter((e) => !pure.has(e.to)).map((e) => e.to),
        [],
        `${file} takes only pure modules at run time`,
      );
    }
  });

  it('gives each English table only the type of its zh-CN table', () => {
    const english = inFolder.filter((e) => e.from.endsWith('/strings/en.ts'));
    assert.equal(new Set(english.map((e) => e.from)).size, 3);
    assert.deepEqual(show(english.filter((e) => !e.typeOnly || !e.to.endsWith('/strings/zh-CN.ts'))), []);
  });
});
