import type { Rolldown } from 'vite';

/**
 * How the CDN bundle is bundled, shared by `vite build --mode cdn`, the size budget and
 * the benchmarks so they measure what a page loads.
 * - The entry may export more than its own exports (`allow-extension`), so the code it
 *   shares with a lazy chunk stays in the entry and the chunk imports it from there. With
 *   Vite's library default (`strict`) that shared code became 20 small chunks the entry
 *   imports: 21 requests and their import lists instead of one file.
 * - The English strings of every widget are one chunk: a page that shows English fetches
 *   one file, not one per widget, and a page in Chinese fetches none.
 */
export const cdnRolldownOptions: Rolldown.RolldownOptions = {
  preserveEntrySignatures: 'allow-extension',
  output: {
    minify: true,
    // Annotations (`/* @__PURE__ */`) served their purpose in tree-shaking; a page need not download them.
    comments: { annotation: false, jsdoc: false },
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    codeSplitting: { groups: [{ name: 'strings-en', test: /[\\/.]en\.ts$/ }] },
  },
};
