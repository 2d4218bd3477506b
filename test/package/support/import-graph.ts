/**
 * The import graph of the repository's TypeScript and JavaScript, read with TypeScript's
 * parser: every import and re-export (type-only ones marked), every `import()`, `require()` and
 * `import('…')` type, and every `new URL('…', import.meta.url)`, relative ones resolved to a file.
 * Test folders (`test/` beside a subject, `*.test.ts`) are not the library: they are left out
 * of `libraryFiles`, as they are of dist and the manifest.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const REPO = fileURLToPath(new URL('../../..', import.meta.url));
export const repoPath = (file: string) => relative(REPO, file).split(sep).join('/');

export interface Edge {
  /** The importing file, from the repository's root (`src/api/client.ts`). */
  from: string;
  /** The file imported, from the root, or the package's name for a bare specifier. */
  to: string;
  bare: boolean;
  /** `import type`, `export type`, every named binding `type`, or an `import('…')` type. */
  typeOnly: boolean;
  /** `import('…')`: loaded on first use (a lazy chunk). */
  dynamic: boolean;
}

/** Every file under `dir` whose name matches `ending`; `skipTests` leaves out test folders and test files. */
export function filesUnder(dir: string, ending: RegExp, skipTests = false): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return skipTests && name === 'test' ? [] : filesUnder(path, ending, skipTests);
    return ending.test(name) && !(skipTests && /\.test\.[cm]?[jt]s$/.test(name)) ? [path] : [];
  });
}

/** The library's own modules: `src/**` without its test folders. */
export const libraryFiles = () => filesUnder(join(REPO, 'src'), /\.ts$/, true);

function resolveRelative(from: string, specifier: string): string {
  const base = resolve(dirname(from), specifier.split('?')[0]!);
  for (const candidate of [base, `${base}.ts`, base.replace(/\.js$/, '.ts'), join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return base;
}

/** The imports of one file. */
export function edgesOf(file: string): Edge[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: Edge[] = [];
  const add = (name: string, typeOnly: boolean, dynamic: boolean) => {
    const bare = !name.startsWith('.');
    found.push({ from: repoPath(file), to: bare ? name : repoPath(resolveRelative(file, name)), bare, typeOnly, dynamic });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      const allTypes = !!bindings && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
      add(node.moduleSpecifier.text, !!clause && (clause.isTypeOnly || (!clause.name && allTypes)), false);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node.moduleSpecifier.text, node.isTypeOnly, false);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [first] = node.arguments;
      if (first && ts.isStringLiteralLike(first)) add(first.text, false, true);
    } else if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'require') {
      const [first] = node.arguments;
      if (first && ts.isStringLiteralLike(first)) add(first.text, false, false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      add(node.argument.literal.text, true, false);
    } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'URL') {
      const [first, second] = node.arguments ?? [];
      if (first && ts.isStringLiteralLike(first) && second?.getText(source) === 'import.meta.url') add(first.text, false, false);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * The import cycles among `edges` (each a strongly connected set of files), each given as
 * one closed path through it (`a.ts → b.ts → a.ts`) and the set of its files.
 */
export function cyclesOf(edges: Edge[]): Array<{ files: string[]; path: string[] }> {
  const next = new Map<string, string[]>();
  for (const e of edges) if (!e.bare) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  // Tarjan's algorithm, written with an explicit stack so a deep graph cannot overflow.
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const groups: string[][] = [];
  for (const root of next.keys()) {
    if (index.has(root)) continue;
    const work: Array<{ node: string; i: number }> = [{ node: root, i: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length) {
      const top = work[work.length - 1]!;
      const targets = next.get(top.node) ?? [];
      if (top.i < targets.length) {
        const to = targets[top.i++]!;
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push({ node: to, i: 0 });
        } else if (onStack.has(to)) low.set(top.node, Math.min(low.get(top.node)!, index.get(to)!));
        continue;
      }
      work.pop();
      if (work.length) low.set(work[work.length - 1]!.node, Math.min(low.get(work[work.length - 1]!.node)!, low.get(top.node)!));
      if (low.get(top.node) === index.get(top.node)) {
        const group: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          group.push(member);
        } while (member !== top.node);
        if (group.length > 1) groups.push(group.sort());
      }
    }
  }
  return groups.map((files) => ({ files, path: closedPath(files[0]!, new Set(files), next) }));
}

/** The shortest way from `start` back to itself inside one cycle, by breadth-first search. */
function closedPath(start: string, inside: Set<string>, next: Map<string, string[]>): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const node = queue.shift()!;
    for (const to of next.get(node) ?? []) {
      if (!inside.has(to)) continue;
      if (to === start) {
        const path = [start];
        for (let at: string | undefined = node; at !== undefined && at !== start; at = cameFrom.get(at)) path.splice(1, 0, at);
        return [...path, start];
      }
      if (!cameFrom.has(to)) {
        cameFrom.set(to, node);
        queue.push(to);
      }
    }
  }
  return [start];
}
