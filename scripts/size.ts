/**
 * The size budget (`npm run size`, also part of `npm test`): builds each budget entry the
 * way the CDN bundle is built (Vite, minified, css`…` minified), gzips the entry file at
 * level 9 (lazy chunks are not counted: they load only when used) and compares it with
 * its limit. An entry with `base` is measured as what it adds to that base.
 */
import { readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';
import { minifyCssLiterals } from './minify-css-literals.js';
import { cdnRolldownOptions, chunkName } from './cdn-output.js';

interface Budget {
  name: string;
  entry: string;
  limitKb: number;
  base?: string;
  what?: string;
}

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, 'dist/size');
const budgets: Budget[] = JSON.parse(readFileSync(resolve(root, 'test/size/budget.json'), 'utf8'));

interface Measured {
  /** The entry with every chunk it imports statically: what a page loads for it. */
  bytes: number;
  /** Chunks it imports only dynamically (loaded on first use), each gzipped alone. */
  lazy: Array<{ name: string; bytes: number }>;
}

const gzip = (code: string) => gzipSync(code, { level: 9 }).length;

async function measure(budget: Budget): Promise<Measured> {
  const result = (await build({
    configFile: false,
    logLevel: 'silent',
    root,
    plugins: [minifyCssLiterals()],
    build: {
      target: 'es2022',
      outDir,
      emptyOutDir: false,
      minify: true,
      lib: { entry: { [budget.name]: resolve(root, budget.entry) }, formats: ['es'] },
      rolldownOptions: cdnRolldownOptions,
    },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  // An entry with a dynamic import is split: code it shares with the lazy chunk moves to
  // chunks the entry imports statically, and those load with it, so they count.
  const chunks = new Map<string, Rolldown.OutputChunk>();
  for (const output of [result].flat()) for (const item of output.output) if (item.type === 'chunk') chunks.set(item.fileName, item);
  const entry = [...chunks.values()].find((chunk) => chunk.isEntry && chunk.name === budget.name)!;
  const closure = (start: string[], seen = new Set<string>()) => {
    for (const file of start) {
      if (seen.has(file) || !chunks.has(file)) continue;
      seen.add(file);
      closure(chunks.get(file)!.imports, seen);
    }
    return seen;
  };
  const loaded = closure([entry.fileName]);
  const lazyFiles = new Set([...loaded].flatMap((file) => chunks.get(file)!.dynamicImports).filter((file) => !loaded.has(file)));
  return {
    bytes: gzip([...loaded].map((file) => chunks.get(file)!.code).join('\n')),
    lazy: [...lazyFiles].map((file) => ({ name: chunkName(chunks.get(file)!.name), bytes: gzip([...closure([file])].filter((f) => !loaded.has(f)).map((f) => chunks.get(f)!.code).join('\n')) })),
  };
}

rmSync(outDir, { recursive: true, force: true });
const sizes = new Map<string, number>();
let over = 0;
for (const budget of budgets) {
  const { bytes, lazy } = await measure(budget);
  sizes.set(budget.name, bytes);
  const counted = budget.base ? bytes - (sizes.get(budget.base) ?? 0) : bytes;
  const kb = counted / 1000;
  const ok = kb <= budget.limitKb;
  if (!ok) over++;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${budget.name.padEnd(22)} ${kb.toFixed(2).padStart(6)} kB${budget.base ? ` over ${budget.base}` : ''} (limit ${budget.limitKb} kB, min+gzip)${budget.what ? ` — ${budget.what}` : ''}`,
  );
  for (const chunk of lazy) console.log(`       lazy chunk ${chunk.name.padEnd(15)} ${(chunk.bytes / 1000).toFixed(2).padStart(6)} kB, loaded on first use (not counted)`);
}
console.log(`Size budget: ${budgets.length - over} of ${budgets.length} within their limits`);
process.exit(over ? 1 : 0);
