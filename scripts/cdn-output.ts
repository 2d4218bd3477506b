import type { Rolldown } from 'vite';

/**
 * How the CDN bundle's files are written, shared by `vite build --mode cdn`, the size
 * budget and the benchmarks so they measure what a page loads. The English strings of
 * every widget are one chunk: a page that shows English fetches one file, not one per
 * widget, and a page in Chinese fetches none.
 */
export const cdnOutput: Rolldown.OutputOptions = {
  minify: true,
  entryFileNames: '[name].js',
  chunkFileNames: 'chunks/[name]-[hash].js',
  codeSplitting: { groups: [{ name: 'strings-en', test: /[\\/.]en\.ts$/ }] },
};
