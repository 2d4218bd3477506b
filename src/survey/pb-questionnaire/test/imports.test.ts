import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';

/**
 * The questionnaire's folder as an import graph: the machinery under `internal/` never
 * reaches back to the element's class (no circles), and the machine stays a pure module.
 * Edges are every import: static, type-only and `import()`.
 */

const folder = resolve(import.meta.dirname, '..');
const src = resolve(folder, '../..');

interface Edge {
  to: string;
  typeOnly: boolean;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test' ? [] : sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

function importsOf(file: string): Edge[] {
  const text = readFileSync(file, 'utf8');
  const edges: Edge[] = [];
  const pattern = /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const match of text.matchAll(pattern)) {
    const spec = match[3] ?? match[4]!;
    if (!spec.startsWith('.')) {
      edges.push({ to: spec, typeOnly: !!match[2] });
      continue;
    }
    edges.push({ to: resolve(dirname(file), spec).replace(/\.js$/, '.ts'), typeOnly: !!match[2] });
  }
  return edges;
}

const files = sources(folder);
const graph = new Map(files.map((file) => [file, importsOf(file)]));
const name = (file: string) => relative(src, file);

describe('the questionnaire folder: imports', () => {
  it('reads every file of the folder (the test sees the graph it checks)', () => {
    assert.ok(files.length > 40);
    assert.ok(graph.get(join(folder, 'internal/machine.ts'))!.some((e) => e.to.endsWith('internal/navigation.ts')));
  });

  it("no file but the element itself imports the element's class (the define entry, outside, does)", () => {
    const element = join(folder, 'pb-questionnaire.ts');
    const importers = files.filter((file) => graph.get(file)!.some((e) => e.to === element)).map(name);
    assert.deepEqual(importers, []);
  });

  it('has no import circles, type-only and lazy imports included', () => {
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') return void circles.push([...path.slice(path.indexOf(file)), file].map(name).join(' → '));
      state.set(file, 'open');
      for (const edge of graph.get(file) ?? []) if (graph.has(edge.to)) visit(edge.to, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    assert.deepEqual(circles, []);
  });

  it('the machine is a pure module: no DOM, no Lit, no timers, no clock or randomness of its own (the quiz’s part of it too)', () => {
    for (const machine of [join(folder, 'internal/machine.ts'), join(folder, 'internal/quiz/quiz-machine.ts')]) {
      const closure = new Set<string>();
      const walk = (file: string) => {
        if (closure.has(file)) return;
        closure.add(file);
        for (const edge of importsOf(file)) {
          assert.ok(edge.to.startsWith('/'), `${name(file)} imports the package ${edge.to}`);
          if (!edge.typeOnly) walk(edge.to);
        }
      };
      walk(machine);
      for (const file of closure) {
        const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
        for (const word of ['document', 'window', 'HTMLElement', 'setTimeout', 'setInterval', 'requestAnimationFrame', 'localStorage', 'indexedDB', 'fetch(']) {
          assert.ok(!code.includes(word), `${name(file)}, which the machine runs, uses ${word}`);
        }
      }
      const own = readFileSync(machine, 'utf8');
      for (const word of ['Date.now', 'new Date(', 'Math.random', 'randomId(']) assert.ok(!own.includes(word), `the machine reads ${word} instead of taking it as an input`);
    }
  });

  it('the machinery leans on the session host and the part requests, not on the element', () => {
    const internal = files.filter((file) => file.includes('/internal/'));
    const typed = internal.filter((file) => /\bPbQuestionnaire\b/.test(readFileSync(file, 'utf8'))).map(name);
    assert.deepEqual(typed, []);
  });
});
