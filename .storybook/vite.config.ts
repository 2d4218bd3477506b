import { defineConfig, type Plugin } from 'vite';

/**
 * package.json's sideEffects describes the published files (only define entries register
 * tags). Stories register helper elements by importing them, so their modules are marked
 * as having side effects here.
 */
const storiesHaveSideEffects: Plugin = {
  name: 'pb-stories-have-side-effects',
  transform(code, id) {
    return id.includes('/stories/') ? { code, map: null, moduleSideEffects: true } : null;
  },
};

export default defineConfig({
  plugins: [storiesHaveSideEffects],
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
});
