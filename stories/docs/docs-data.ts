/// <reference types="vite/client" />
/**
 * What the documentation pages show, read from the sources of truth so the pages cannot
 * drift from the code: custom-elements.json (elements, events, parts, CSS properties), the
 * operations table of the client, and the interfaces of the event details.
 */
import manifest from '../../custom-elements.json' with { type: 'json' };
import { defaultRetryPolicy } from '../../src/api/retry.js';
import { operations } from '../../src/api/operations.js';
import { tokens as tokensCss } from '../../src/theme/tokens.js';

export interface Item {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
  fieldName?: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  inheritedFrom?: { name: string };
}

export interface ElementDoc {
  tagName: string;
  name: string;
  summary?: string;
  description?: string;
  attributes?: Item[];
  members?: Item[];
  events?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
  slots?: Item[];
}

type Declaration = ElementDoc & { customElement?: boolean };
const declarations = (manifest as { modules: Array<{ declarations?: Declaration[] }> }).modules.flatMap((m) => m.declarations ?? []);

/** Every element, `<pb-config>` first, then in the order a portal uses them. */
const order = ['pb-config', 'pb-course-catalog', 'pb-course-player', 'pb-questionnaire', 'pb-dues-status', 'pb-dues-summary', 'pb-study-summary', 'pb-questionnaire-results', 'pb-leaderboard', 'pb-stat-chart'];
export const elements: ElementDoc[] = declarations
  .filter((d): d is Declaration & { tagName: string } => Boolean(d.customElement && d.tagName))
  .sort((a, b) => (order.indexOf(a.tagName) + 1 || 99) - (order.indexOf(b.tagName) + 1 || 99));

/** The theme tokens: the CSS properties every widget inherits from its base class. */
export const tokens: Item[] = declarations.find((d) => d.name === 'PbElement')?.cssProperties ?? [];
const tokenNames = new Set(tokens.map((t) => t.name));
/** Parts that every widget has (the shared loading, empty and error states). */
export const sharedParts: Item[] = declarations.find((d) => d.name === 'PbElement')?.cssParts ?? [];
const sharedPartNames = new Set(sharedParts.map((p) => p.name));

/** An element's own CSS properties and parts, without the tokens and shared states. */
export const ownCssProperties = (element: ElementDoc) => (element.cssProperties ?? []).filter((p) => !tokenNames.has(p.name));
export const ownParts = (element: ElementDoc) => (element.cssParts ?? []).filter((p) => !sharedPartNames.has(p.name));

/**
 * Default values of the tokens per theme, read from the style sheet the widgets use (the
 * `var()` fallbacks of tokens.ts, after its interpolations), not from its source text.
 */
export function tokenDefaults(): Map<string, { light?: string; dark?: string; 'large-text'?: string }> {
  const text = tokensCss.cssText;
  // The first rule with each selector (the dark one also appears again inside @media).
  const block = (selector: RegExp) => {
    const match = selector.exec(text);
    if (!match) return '';
    const open = match.index + match[0].length;
    return text.slice(open, text.indexOf('}', open));
  };
  const blocks = {
    light: block(/:host\s*\{/),
    dark: block(/:host\(\[data-theme=.dark.\]\)\s*\{/),
    'large-text': block(/:host\(\[data-theme=.large-text.\]\)\s*\{/),
  };
  const defaults = new Map<string, { light?: string; dark?: string; 'large-text'?: string }>();
  for (const [theme, declarations] of Object.entries(blocks) as Array<[keyof typeof blocks, string]>) {
    for (const [, name, value] of declarations.matchAll(/var\((--pb-[a-z-]+),\s*(.+?)\);/g)) {
      const entry = defaults.get(name!) ?? {};
      entry[theme] = value!.trim();
      defaults.set(name!, entry);
    }
  }
  return defaults;
}

export interface EventDoc {
  name: string;
  element: string;
  description: string;
  detailType: string;
  /** The detail interface as declared in the source, when it is a named interface. */
  detail: string | undefined;
}

const detailSources = import.meta.glob(['../../src/**/events.ts', '../../src/**/pb-*.ts', '../../src/dues/pb-dues-status/pay-controller.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** `export interface Name { … }` from the sources, with its comments. */
function interfaceText(name: string): string | undefined {
  for (const source of Object.values(detailSources)) {
    const match = new RegExp(`export interface ${name} \\{[\\s\\S]*?\\n\\}`).exec(source);
    if (match) return match[0].replace(/^export /, '');
  }
  return undefined;
}

export const events: EventDoc[] = elements.flatMap((element) =>
  (element.events ?? []).map((event) => {
    const detailType = event.type?.text ?? 'unknown';
    return {
      name: event.name,
      element: element.tagName,
      description: event.description ?? '',
      detailType,
      detail: /^\w+$/.test(detailType) ? interfaceText(detailType) : `type Detail = ${detailType};`,
    };
  }),
);

export interface OperationDoc {
  name: string;
  method: string;
  path: string;
  query: string[];
}

export const operationRows: OperationDoc[] = Object.entries(operations).map(([name, [endpoint, ...query]]) => {
  const [method, path] = endpoint.split(' ') as [string, string];
  return { name, method, path, query };
});

export const retryDefaults = defaultRetryPolicy;

/** An attribute's or property's default value as the manifest gives it. */
export const defaultOf = (item: Item) => item.default ?? '';
