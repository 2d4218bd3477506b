/** Generates custom-elements.json (Storybook docs, editor data, the package's customElements field). */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/api/schema.gen.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
};
