/**
 * Helpers do not hold their element, and no module of the library comes back to itself,
 * read from the import graph of src/ (test folders left out; see ./support/import-graph.ts).
 *
 * The rule: an element's class file (`src/<area>/pb-<name>/pb-<name>.ts`) is imported only
 * by what registers or publishes it: the define entries (`src/define/*`, `all.ts` among
 * them), the package's entries (`src/index.ts`, `src/cdn.ts`), and, as types, the framework
 * typings (`src/frameworks/*`) and the element's own `events.ts` (an event detail may name
 * its target). Nothing else, not even `import type`: a helper typed to the concrete class
 * can call any of its members, which is how a controller ends up holding its element. Its
 * machinery (internal/, parts, controllers, lazy chunks, strings/) takes a small host
 * interface instead, and sends requests up as events (STYLE.md, "Controllers know a small
 * host"). An element may use another element's tag, never its class.
 *
 * And no import cycle: counting type-only imports and `import()` of a lazy chunk too, since
 * a chunk that imports its loader back, or a table typed by the table that loads it, is the
 * same knot for a reader (issue 17 counted 15 strings ↔ strings.en circles).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cyclesOf, edgesOf, libraryFiles, type Edge } from './support/import-graph.js';

const edges = libraryFiles().flatMap(edgesOf);

/** `src/<area>/pb-<name>/pb-<name>.ts`: the element's class (the base, src/shared/pb-element.ts, is not one). */
const elementClass = (file: string) => /(^|\/)(pb-[a-z-]+)\/\2\.ts$/.exec(file)?.[2];

function mayImportClass(edge: Edge): boolean {
  const name = elementClass(edge.to)!;
  if (edge.from.startsWith('src/define/') || edge.from === 'src/index.ts' || edge.from === 'src/cdn.ts') return true;
  if (!edge.typeOnly) return false;
  return edge.from.startsWith('src/frameworks/') || edge.from === edge.to.replace(`${name}.ts`, 'events.ts');
}

const show = (edge: Edge) => `${edge.from} → ${edge.to}`;

describe('the import graph of src/', () => {
  it('reads every element class and its importers', () => {
    const classes = new Set(edges.map((e) => elementClass(e.to)).filter(Boolean));
    assert.ok(classes.size >= 10, `element classes found: ${[...classes].join(', ')}`);
    assert.ok(edges.some((e) => e.from === 'src/define/pb-leaderboard.ts' && elementClass(e.to) === 'pb-leaderboard'));
  });

  it('no module imports an element class but its define entry, the package entries, the framework typings and its events.ts', () => {
    assert.deepEqual(edges.filter((e) => elementClass(e.to) && !mayImportClass(e)).map(show), []);
  });

  it('has no import cycle (type-only imports and lazy chunks counted)', () => {
    assert.deepEqual(cyclesOf(edges).map((c) => c.path.join(' → ')), []);
  });

  it('finds a cycle and a class import when there is one (the reader itself)', () => {
    const made = (from: string, to: string, typeOnly = false): Edge => ({ from, to, bare: false, typeOnly, dynamic: false });
    const cycle = cyclesOf([made('a.ts', 'b.ts'), made('b.ts', 'c.ts', true), made('c.ts', 'a.ts'), made('c.ts', 'd.ts')]);
    assert.deepEqual(cycle.map((c) => c.path), [['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
    const helper = made('src/dues/pb-dues-status/internal/selection.ts', 'src/dues/pb-dues-status/pb-dues-status.ts', true);
    assert.equal(mayImportClass(helper), false);
    assert.equal(mayImportClass({ ...helper, from: 'src/dues/pb-dues-status/events.ts' }), true);
    assert.equal(mayImportClass({ ...helper, from: 'src/dues/pb-dues-status/events.ts', typeOnly: false }), false);
  });
});
