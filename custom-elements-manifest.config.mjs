/**
 * The analyzer reads `dispatchEvent(new CustomEvent(name, …))` inside a generic helper as an
 * event literally called "name"; the real events are the `pb-*` ones declared with `@fires`.
 */
const onlyNamedEvents = {
  name: 'pb-only-named-events',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.events) declaration.events = declaration.events.filter((event) => event.name?.startsWith('pb-'));
      }
    }
  },
};

/** Generates custom-elements.json (Storybook docs, editor data, the package's customElements field). */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/test/**', 'src/**/*.test.ts', 'src/contract/schema.gen.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [onlyNamedEvents],
};
