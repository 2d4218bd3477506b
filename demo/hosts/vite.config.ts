/**
 * The React 19 and Vue 3 host pages (demo/hosts/react, demo/hosts/vue), built like a
 * site's own app would build them: the library imported by package name (here from
 * src/, as from node_modules), the framework plugin, output in dist/hosts/ for the
 * reference server's /hosts/ (demo/server/http/host-pages.ts).
 *   npx vite build --config demo/hosts/vite.config.ts
 */
import react from '@vitejs/plugin-react';
import vue from '@vitejs/plugin-vue';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { minifyCssLiterals } from '../../scripts/minify-css-literals.js';

const here = import.meta.dirname;
const src = resolve(here, '../../src');

export default defineConfig({
  root: here,
  base: '/hosts/',
  publicDir: false,
  logLevel: 'warn',
  plugins: [
    react(),
    // Tags with a dash that start with pb- are the library's elements, not Vue components.
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('pb-') } } }),
    minifyCssLiterals(),
  ],
  resolve: {
    alias: [
      { find: /^party-building-widgets\/define\/(.+)\.js$/, replacement: `${src}/define/$1.ts` },
      { find: /^party-building-widgets$/, replacement: `${src}/index.ts` },
    ],
  },
  build: {
    target: 'es2022',
    outDir: resolve(here, '../../dist/hosts'),
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: { checks: { pluginTimings: false }, input: { react: resolve(here, 'react/index.html'), vue: resolve(here, 'vue/index.html') } },
  },
});
