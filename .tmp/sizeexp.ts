import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';
import { minifyCssLiterals } from '../scripts/minify-css-literals.js';
// @ts-ignore
import { minify } from '/tmp/tersertest/node_modules/terser/main.js';
const root = resolve(import.meta.dirname, '..');
const gz = (s: string) => gzipSync(s, { level: 9 }).length;
async function closureCode(entryFile: string, name: string, min: boolean) {
  const result = (await build({ configFile: false, logLevel: 'silent', root, plugins: [minifyCssLiterals()],
    build: { write: false, target: 'es2022', minify: min, lib: { entry: { [name]: resolve(root, entryFile) }, formats: ['es'] },
      rolldownOptions: { output: { minify: min, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' } } } })) as any;
  const chunks = new Map<string, Rolldown.OutputChunk>();
  for (const o of [result].flat()) for (const i of o.output) if (i.type === 'chunk') chunks.set(i.fileName, i);
  const entry = [...chunks.values()].find((c) => c.isEntry && c.name === name)!;
  const seen = new Set<string>(); const walk = (f: string) => { if (seen.has(f) || !chunks.has(f)) return; seen.add(f); chunks.get(f)!.imports.forEach(walk); }; walk(entry.fileName);
  return [...seen].map((f) => chunks.get(f)!.code);
}
const props = process.argv[3];
for (const [file, name] of [['test/size/core.ts','core'],['test/size/dues.ts','dues'],['test/size/questionnaire-shown.ts','qs']]) {
  if (process.argv[2] && process.argv[2] !== name) continue;
  const oxc = gz((await closureCode(file, name, true)).join('\n'));
  const raw = await closureCode(file, name, false);
  const t = await Promise.all(raw.map((c) => minify(c, { module: true, ecma: 2022, compress: { passes: 3, unsafe_arrows: true, unsafe_methods: true }, mangle: props ? { properties: { regex: new RegExp(props) } } : true })));
  const ter = gz(t.map((x: any) => x.code).join('\n'));
  console.log(name, 'oxc', oxc, 'terser', ter);
}
