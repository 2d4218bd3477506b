/**
 * Framework typings from custom-elements.json, so a React 19 or Vue 3 host page gets
 * checked props and events for every `pb-*` tag:
 *   src/frameworks/react.ts  augments React's `JSX.IntrinsicElements` (module 'react')
 *   src/frameworks/vue.ts    augments Vue's `GlobalComponents` (module 'vue')
 * Run after `cem analyze` (`npm run analyze` does both); `--check` exits 1 when the files
 * on disk differ from what the manifest gives (a test runs that).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, 'src/frameworks');

interface Member {
  kind: string;
  name: string;
  static?: boolean;
  readonly?: boolean;
  privacy?: string;
  attribute?: string;
}
interface Declaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  members?: Member[];
  attributes?: { name: string; fieldName?: string }[];
  events?: { name?: string }[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
}

export interface ElementInfo {
  tag: string;
  className: string;
  /** Import specifier of the class, relative to src/frameworks/. */
  from: string;
  /** Public, writable properties: what a framework may set. */
  properties: string[];
  /** Attributes that are not also a property of the same name (kebab-case ones). */
  attributes: string[];
  events: string[];
}

/** The public surface of each `pb-*` element, sorted by tag, from the manifest. */
export function elementsOf(manifest: Manifest): ElementInfo[] {
  const elements: ElementInfo[] = [];
  for (const mod of manifest.modules) {
    for (const decl of mod.declarations ?? []) {
      if (!decl.customElement || !decl.tagName?.startsWith('pb-')) continue;
      const properties = (decl.members ?? [])
        .filter((m) => m.kind === 'field' && !m.static && !m.readonly && (m.privacy ?? 'public') === 'public')
        .map((m) => m.name);
      const attributes = (decl.attributes ?? []).map((a) => a.name).filter((name) => !properties.includes(name));
      // Only real event names: the analyzer also reports `dispatchEvent(new CustomEvent(name…))` helpers.
      const events = (decl.events ?? []).map((e) => e.name ?? '').filter((name) => /^pb-[a-z]+(?:-[a-z]+)*$/.test(name));
      const from = relative(outDir, resolve(root, mod.path)).replace(/\\/g, '/').replace(/\.ts$/, '.js');
      elements.push({
        tag: decl.tagName,
        className: decl.name,
        from: from.startsWith('.') ? from : `./${from}`,
        properties: [...new Set(properties)].sort(),
        attributes: [...new Set(attributes)].sort(),
        events: [...new Set(events)].sort(),
      });
    }
  }
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}

const header = (what: string) => `/**
 * ${what}
 * Generated from custom-elements.json by scripts/gen-framework-types.ts: do not edit;
 * run \`npm run analyze\` after changing an element's public API.
 */
`;

const union = (names: string[]) => (names.length ? names.map((n) => `'${n}'`).join(' | ') : 'never');
const imports = (elements: ElementInfo[]) => elements.map((e) => `import type { ${e.className} } from '${e.from}';`).join('\n');

export function reactTypes(elements: ElementInfo[]): string {
  const body = elements
    .map((e) => {
      const attrs = e.attributes.map((a) => `'${a}'?: string | number | boolean;`);
      const events = e.events.map((ev) => `'on${ev}'?: (event: PbEvent<'${ev}'>) => void;`);
      return `      '${e.tag}': PbReactProps<${e.className}, ${union(e.properties)}> & {\n${[...attrs, ...events].map((l) => `        ${l}`).join('\n')}\n      };`;
    })
    .join('\n');
  return `${header(
    'React 19 typings for the pb-* elements: properties (React 19 sets a property when the\n * element has one), kebab-case attributes, and `on<event-name>` listeners, e.g.\n * `<pb-questionnaire definition={def} onpb-questionnaire-submit={(e) => e.detail.answers} />`.\n * Use: `import type {} from \'party-building-widgets/frameworks/react\'` once in the app.',
  )}import type { DetailedHTMLProps, HTMLAttributes } from 'react';
${imports(elements)}

/** The event a \`pb-*\` name dispatches, as declared in GlobalEventHandlersEventMap. */
type PbEvent<K extends string> = K extends keyof GlobalEventHandlersEventMap ? GlobalEventHandlersEventMap[K] : CustomEvent<unknown>;
type PbReactProps<E extends HTMLElement, P extends keyof E> = DetailedHTMLProps<HTMLAttributes<E>, E> & Partial<Pick<E, P>>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${body}
    }
  }
}
`;
}

export function vueTypes(elements: ElementInfo[]): string {
  const body = elements
    .map((e) => {
      const events = e.events.map((ev) => `'${ev}': PbEvent<'${ev}'>`).join('; ');
      const attrs = e.attributes.map((a) => `'${a}'?: string | number | boolean`).join('; ');
      return `    '${e.tag}': PbCustomElement<${e.className}, { ${events} }, ${union(e.properties)}, { ${attrs} }>;`;
    })
    .join('\n');
  return `${header(
    'Vue 3 typings for the pb-* elements in templates (the pattern of the Vue guide, "Web\n * Components: advanced types"): props, kebab-case attributes and `@pb-…` listeners are\n * checked by vue-tsc. Object properties on an element defined later need `.prop`:\n * `<pb-questionnaire :definition.prop="def" @pb-questionnaire-submit="onSubmit" />`.\n * Use: `import type {} from \'party-building-widgets/frameworks/vue\'` once in the app.',
  )}import type { AllowedComponentProps, ComponentCustomProps, EmitFn, HTMLAttributes, VNodeProps } from 'vue';
${imports(elements)}

/** The event a \`pb-*\` name dispatches, as declared in GlobalEventHandlersEventMap. */
type PbEvent<K extends string> = K extends keyof GlobalEventHandlersEventMap ? GlobalEventHandlersEventMap[K] : CustomEvent<unknown>;
type EventHandlers<Events extends Record<string, Event>> = {
  [K in keyof Events as \`on\${Capitalize<CamelCase<K & string>>}\`]?: (event: Events[K]) => void;
};
type CamelCase<S extends string> = S extends \`\${infer Head}-\${infer Tail}\` ? \`\${Head}\${Capitalize<CamelCase<Tail>>}\` : S;
type PbCustomElement<E extends HTMLElement, Events extends Record<string, Event>, P extends keyof E, Attrs> = new () => E & {
  /** @deprecated For template type checking only; not a property of the element. */
  $props: HTMLAttributes & Partial<Pick<E, P>> & Attrs & EventHandlers<Events> & ComponentCustomProps & AllowedComponentProps & VNodeProps;
  /** @deprecated For template type checking only; not a property of the element. */
  $emit: EmitFn<{ [K in keyof Events]: (event: Events[K]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
${body}
  }
}
`;
}

function main() {
  const manifest = JSON.parse(readFileSync(resolve(root, 'custom-elements.json'), 'utf8')) as Manifest;
  const elements = elementsOf(manifest);
  const files = { [resolve(outDir, 'react.ts')]: reactTypes(elements), [resolve(outDir, 'vue.ts')]: vueTypes(elements) };
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [file, text] of Object.entries(files)) {
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      // Missing counts as stale.
    }
    if (current === text) continue;
    if (check) {
      stale += 1;
      console.error(`${relative(root, file)} is out of date with custom-elements.json: run \`npm run analyze\`.`);
    } else {
      writeFileSync(file, text);
      console.log(`wrote ${relative(root, file)} (${elements.length} elements)`);
    }
  }
  if (stale) process.exit(1);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main();
}
