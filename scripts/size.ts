/**
 * The size budget (`npm run size`, also part of `npm test`): builds each budget entry the
 * way the CDN bundle is built (Vite, minified, css`…` minified), gzips the entry file at
 * level 9 (lazy chunks are not counted: they load only when used) and compares it with
 * its limit. An entry with `base` is measured as what it adds to that base.
 */
import { readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { minifyCssLiterals } from './minify-css-literals.js';

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

async function gzippedBytes(budget: Budget): Promise<number> {
  await build({
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
      rolldownOptions: { output: { minify: true, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' } },
    },
  });
  return gzipSync(readFileSync(resolve(outDir, `${budget.name}.js`)), { level: 9 }).length;
}

rmSync(outDir, { recursive: true, force: true });
const sizes = new Map<string, number>();
let over = 0;
for (const budget of budgets) {
  const bytes = await gzippedBytes(budget);
  sizes.set(budget.name, bytes);
  const counted = budget.base ? bytes - (sizes.get(budget.base) ?? 0) : bytes;
  const kb = counted / 1000;
  const ok = kb <= budget.limitKb;
  if (!ok) over++;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${budget.name.padEnd(22)} ${kb.toFixed(2).padStart(6)} kB${budget.base ? ` over ${budget.base}` : ''} (limit ${budget.limitKb} kB, min+gzip)${budget.what ? ` — ${budget.what}` : ''}`,
  );
}
console.log(`Size budget: ${budgets.length - over} of ${budgets.length} within their limits`);
process.exit(over ? 1 : 0);
