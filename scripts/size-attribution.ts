/**
 * Where the bytes of a size entry come from, per source file: builds the entry as
 * `scripts/size.ts` does (Vite, minified, css`…` minified) with sourcemaps, gives each
 * stretch of the output to the file it came from, and prints per file the minified
 * characters, their gzip alone, and the marginal gzip (the whole minus the whole without
 * that file: what removing it would save; gzip shares repeated text, so this is the
 * honest column). `DUMP=<file>` prints that file's minified output instead.
 *
 * @example npx tsx scripts/size-attribution.ts test/size/core.ts
 * @example npx tsx scripts/size-attribution.ts test/size/all.ts pkg   (grouped by package / folder)
 */
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';
import { minifyCssLiterals } from './minify-css-literals.js';
import { SourceMapConsumer } from 'source-map-js';
import { cdnRolldownOptions } from './cdn-output.js';

const root = resolve(import.meta.dirname, '..');
const entry = process.argv[2] ?? 'test/size/core.ts';
const result = (await build({
  configFile: false, logLevel: 'silent', root, plugins: [minifyCssLiterals()],
  build: { target: 'es2022', write: false, minify: true, sourcemap: true,
    lib: { entry: { e: resolve(root, entry) }, formats: ['es'] },
    rolldownOptions: cdnRolldownOptions },
})) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
const chunks = [...[result].flat()].flatMap((o) => o.output).filter((c): c is Rolldown.OutputChunk => c.type === 'chunk');
const e = chunks.find((c) => c.isEntry)!;
const closure = new Set<string>(); const walk = (f: string) => { if (closure.has(f)) return; closure.add(f); chunks.find((c) => c.fileName === f)!.imports.forEach(walk); }; walk(e.fileName);
const per = new Map<string, string>();
const segs: Array<[string, string]> = [];
let total = '';
for (const f of closure) {
  const c = chunks.find((x) => x.fileName === f)!;
  total += c.code + '\n';
  if (!c.map) { segs.push(['(facade)', c.code]); continue; } // the entry facade only imports the main chunk
  const smc = new SourceMapConsumer(c.map as any);
  const lines = c.code.split('\n');
  // Collect mappings sorted by position; each segment belongs to the source of its mapping.
  const maps: Array<{ line: number; col: number; src: string }> = [];
  smc.eachMapping((m) => maps.push({ line: m.generatedLine, col: m.generatedColumn, src: m.source ?? '?' }));
  maps.sort((a, b) => a.line - b.line || a.col - b.col);
  for (let i = 0; i < maps.length; i++) {
    const m = maps[i]; const n = maps[i + 1];
    const text = n && n.line === m.line ? lines[m.line - 1].slice(m.col, n.col) : lines[m.line - 1].slice(m.col);
    let src = m.src.replace(/^.*node_modules\//, 'nm/').replace(/^.*\/work\/main\//, '').replace(/^(\.\.\/)+/, '');
    per.set(src, (per.get(src) ?? '') + text);
    segs.push([src, text]);
  }
}
if (process.env.DUMP) { console.log(per.get(process.env.DUMP)); process.exit(0); }
const group = process.argv[3] === 'pkg';
const agg = new Map<string, string>();
for (const [k, v] of per) { const key = group ? (k.startsWith('nm/') ? k.split('/').slice(0, k.startsWith('nm/@') ? 3 : 2).join('/') : k.split('/').slice(0, 2).join('/')) : k; agg.set(key, (agg.get(key) ?? '') + v); }
const keyOf = (k: string) => group ? (k.startsWith('nm/') ? k.split('/').slice(0, k.startsWith('nm/@') ? 3 : 2).join('/') : k.split('/').slice(0, 2).join('/')) : k;
const full = gzipSync(segs.map((x) => x[1]).join(''), { level: 9 }).length;
const rows = [...agg].map(([k, v]) => ({ k, min: v.length, gz: gzipSync(v, { level: 9 }).length, marg: full - gzipSync(segs.filter((x) => keyOf(x[0]) !== k).map((x) => x[1]).join(''), { level: 9 }).length })).sort((a, b) => b.gz - a.gz);
const totalGz = gzipSync(total, { level: 9 }).length;
console.log(`${entry}: ${total.length} characters minified, ${totalGz} bytes gzipped`);
console.log('file'.padEnd(60), 'min'.padStart(7), 'gz-alone'.padStart(8), 'marginal'.padStart(8));
for (const r of rows.sort((a, b) => b.marg - a.marg)) console.log(`${r.k.padEnd(60)} ${String(r.min).padStart(7)} ${String(r.gz).padStart(8)} ${String(r.marg).padStart(8)}`);
