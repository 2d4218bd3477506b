import type { Rolldown } from 'vite';

/** Whether a module runs with the entry: an entry reaches it through static imports alone. */
function loadsWithEntry(id: string, ctx: Rolldown.ChunkingContext, seen = new Set<string>()): boolean {
  if (seen.has(id)) return false;
  seen.add(id);
  const info = ctx.getModuleInfo(id);
  return !!info && (info.isEntry || info.importers.some((importer) => loadsWithEntry(importer, ctx, seen)));
}

/**
 * A chunk's name in `chunks/`: its module's file name without `.lazy`. Every chunk there
 * but `main` loads on first use, so the suffix that marks such modules in the source tree
 * (`plan-section.lazy.ts`) would say nothing in a file name.
 */
export const chunkName = (name: string) => name.replace(/\.lazy$/, '');

/**
 * How the CDN bundle is bundled, shared by `vite build --mode cdn`, the size budget and
 * the benchmarks so they measure what a page loads.
 * - Everything the entry runs is one chunk (`main`), and the entry file only imports it:
 *   lazy chunks import what they share with it from `main`, never from the entry. A page
 *   that loads the entry as `party-building-widgets.js?v=3`, or renamed, would otherwise
 *   run it twice (a second lit, a second settings registry) when a lazy chunk imports
 *   `../party-building-widgets.js`. Without the group, that shared code became 20 small
 *   chunks the entry imports.
 * - The English strings of every widget are one chunk: a page that shows English fetches
 *   one file, not one per widget, and a page in Chinese fetches none.
 */
export const cdnRolldownOptions: Rolldown.RolldownOptions = {
  output: {
    minify: true,
    // Annotations (`/* @__PURE__ */`) served their purpose in tree-shaking; a page need not download them.
    comments: { annotation: false, jsdoc: false },
    entryFileNames: '[name].js',
    chunkFileNames: (chunk) => `chunks/${chunkName(chunk.name)}-[hash].js`,
    // Files imported for their URL (the PDF.js worker) sit with the chunks that use them.
    assetFileNames: 'chunks/[name]-[hash][extname]',
    codeSplitting: {
      groups: [
        { name: 'strings-en', test: /[\\/.]en\.ts$/ },
        { name: (id, ctx) => (loadsWithEntry(id, ctx) ? 'main' : null) },
      ],
    },
  },
};
