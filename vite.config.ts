import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type LibraryOptions } from 'vite';
import { minifyCssLiterals } from './scripts/minify-css-literals.js';
import { cdnRolldownOptions } from './scripts/cdn-output.js';
import { cdnBanner, ownPackage, thirdPartyNotices } from './scripts/third-party-notices.js';

const root = import.meta.dirname;
const defineEntries = Object.fromEntries(
  readdirSync(resolve(root, 'src/define'))
    .filter((file) => file.endsWith('.ts'))
    .map((file) => [`define/${file.replace(/\.ts$/, '')}`, resolve(root, 'src/define', file)]),
);

/**
 * Two builds of the library:
 * - `vite build`: the npm build in dist/, one ES module per source file (so bundlers
 *   take only what a page uses), dependencies left as imports; `verify/verify-site` is
 *   what `pb-verify --config` runs in Node (the client and site module, no elements);
 * - `vite build --mode cdn`: dist/cdn/party-building-widgets.js for one
 *   `<script type="module">`, everything bundled and every tag registered; code only some
 *   widgets need (Chart.js, hls.js, the QR code) stays in chunks loaded on first use.
 * Type declarations come from `tsc -p tsconfig.build.json`.
 */
export default defineConfig(({ mode }) => {
  const cdn = mode === 'cdn';
  const own = ownPackage(root);
  const entry: Record<string, string> = cdn
    ? { 'party-building-widgets': resolve(root, 'src/cdn.ts') }
    : { index: resolve(root, 'src/index.ts'), ...defineEntries, 'verify/verify-site': resolve(root, 'src/verify/verify-site.ts') };
  return {
    // Files a module asks for by URL (the PDF.js worker) are found beside it, wherever the
    // bundle is served from: `new URL('…', import.meta.url)`, not a path from the site root.
    base: './',
    publicDir: false,
    plugins: cdn ? [minifyCssLiterals(), thirdPartyNotices(own)] : [minifyCssLiterals()],
    build: {
      target: 'es2022',
      outDir: cdn ? 'dist/cdn' : 'dist',
      emptyOutDir: true,
      sourcemap: true,
      minify: cdn,
      copyPublicDir: false,
      lib: { entry, formats: ['es'] } satisfies LibraryOptions,
      rolldownOptions: cdn
        ? { ...cdnRolldownOptions, output: { ...cdnRolldownOptions.output, postBanner: (chunk) => (chunk.isEntry ? cdnBanner(own) : '') } }
        : {
            // Bare imports are the package's dependencies; the compiler's own helpers are
            // not, so they are bundled into dist instead, and neither is a file imported for
            // its URL (`?url`: the PDF.js worker), which is copied into dist beside its user.
            external: (id: string) => /^[@a-z]/i.test(id) && !id.startsWith('@oxc-project/runtime') && !id.includes('?'),
            // A copied worker goes with the other assets, not under a node_modules path a
            // consumer's tools would take for a stray copy of the dependency.
            output: {
              preserveModules: true,
              preserveModulesRoot: 'src',
              // The `?url` module that names it is kept with it, under assets/ as well.
              entryFileNames: (chunk) => (chunk.name.includes('node_modules/') ? `assets/${chunk.name.split('/').pop()!.replace(/\W.*$/, '')}-url.js` : '[name].js'),
              assetFileNames: 'assets/[name]-[hash][extname]',
            },
          },
    },
  };
});
