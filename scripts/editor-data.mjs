#!/usr/bin/env node
/**
 * Editor data generated from custom-elements.json (run by `npm run build`, after Vite, which
 * empties dist/):
 *   dist/vscode.html-custom-data.json  VS Code `html.customData`: tags, attributes, values
 *   dist/vscode.css-custom-data.json   VS Code `css.customData`: the --pb-* properties
 *   dist/web-types.json                JetBrains IDEs (package.json `web-types`): tags,
 *                                      attributes, properties, events, slots, parts, CSS properties
 * Only what the manifest says goes in, so the editors and Storybook never disagree.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const outDir = process.argv[2] ?? 'dist';

const elements = manifest.modules
  .flatMap((module) => (module.declarations ?? []).map((declaration) => ({ ...declaration, modulePath: module.path })))
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

const text = (item) => [item.summary, item.description].filter(Boolean).join('\n\n').trim();

/**
 * The manifest names types as written (`ThemeName`); the string-literal unions among them are
 * read from the sources so an editor can offer `light`, `dark`… as values.
 */
const aliases = new Map([['RequestCredentials', "'include' | 'same-origin' | 'omit'"]]);
const declared = execFileSync('grep', ['-rhoE', "^export type [A-Za-z]+ = '[^;]+;", 'src'], { encoding: 'utf8' });
for (const [, name, union] of declared.matchAll(/^export type (\w+) = ('[^;]+);$/gm)) aliases.set(name, union);

/** `'light' | 'dark'` and the like as a list of values an editor can offer. */
function literalValues(typeText = '') {
  const parts = typeText
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined')
    .flatMap((part) => (aliases.has(part) ? aliases.get(part).split('|').map((p) => p.trim()) : [part]));
  if (!parts.length || !parts.every((part) => /^(['"]).*\1$/.test(part))) return undefined;
  return parts.map((part) => part.slice(1, -1));
}

/** Attributes worth offering: public, with their field's type. */
const attributesOf = (element) =>
  (element.attributes ?? []).map((attribute) => {
    const member = (element.members ?? []).find((m) => m.name === attribute.fieldName);
    return { ...attribute, typeText: attribute.type?.text ?? member?.type?.text ?? 'string' };
  });

const publicProperties = (element) =>
  (element.members ?? []).filter((member) => member.kind === 'field' && !member.privacy && !member.static && member.description);

const vscodeHtml = {
  $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
  version: 1.1,
  tags: elements.map((element) => ({
    name: element.tagName,
    description: {
      kind: 'markdown',
      value: [
        text(element),
        element.events?.length ? `**Events:** ${element.events.map((e) => `\`${e.name}\` — ${e.description ?? ''}`).join('; ')}` : '',
        element.slots?.length ? `**Slots:** ${element.slots.map((s) => `\`${s.name || '(default)'}\` — ${s.description ?? ''}`).join('; ')}` : '',
        element.cssParts?.length ? `**Parts:** ${element.cssParts.map((p) => `\`${p.name}\``).join(', ')}` : '',
      ]
        .filter(Boolean)
        .join('\n\n'),
    },
    attributes: attributesOf(element).map((attribute) => {
      const values = literalValues(attribute.typeText);
      return {
        name: attribute.name,
        description: attribute.description ?? '',
        ...(values ? { values: values.map((name) => ({ name })) } : attribute.typeText === 'boolean' ? { valueSet: 'v' } : {}),
      };
    }),
  })),
};

const cssProperties = new Map();
for (const element of elements) {
  for (const property of element.cssProperties ?? []) {
    if (!cssProperties.has(property.name)) cssProperties.set(property.name, property.description ?? '');
  }
}
const vscodeCss = {
  $schema: 'https://raw.githubusercontent.com/microsoft/vscode-css-languageservice/main/docs/customData.schema.json',
  version: 1.1,
  properties: [...cssProperties].sort(([a], [b]) => a.localeCompare(b)).map(([name, description]) => ({ name, description })),
};

const webTypes = {
  $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
  name: pkg.name,
  version: pkg.version,
  'description-markup': 'markdown',
  'js-types-syntax': 'typescript',
  contributions: {
    html: {
      elements: elements.map((element) => ({
        name: element.tagName,
        description: text(element),
        source: { module: pkg.name, symbol: element.name },
        attributes: attributesOf(element).map((attribute) => ({
          name: attribute.name,
          description: attribute.description ?? '',
          value: { type: attribute.typeText, required: false, ...(attribute.typeText === 'boolean' ? { kind: 'no-value' } : {}) },
          ...(attribute.default !== undefined ? { default: attribute.default } : {}),
        })),
        slots: (element.slots ?? []).map((slot) => ({ name: slot.name, description: slot.description ?? '' })),
        events: (element.events ?? []).map((event) => ({ name: event.name, description: event.description ?? '', type: event.type?.text })),
        js: {
          properties: publicProperties(element).map((member) => ({
            name: member.name,
            description: member.description,
            value: { type: member.type?.text ?? 'unknown' },
          })),
          events: (element.events ?? []).map((event) => ({ name: event.name, description: event.description ?? '' })),
        },
        css: {
          parts: (element.cssParts ?? []).map((part) => ({ name: part.name, description: part.description ?? '' })),
          properties: (element.cssProperties ?? []).map((property) => ({ name: property.name, description: property.description ?? '' })),
        },
      })),
    },
  },
};

mkdirSync(outDir, { recursive: true });
const write = (name, data) => writeFileSync(`${outDir}/${name}`, `${JSON.stringify(data, null, 2)}\n`);
write('vscode.html-custom-data.json', vscodeHtml);
write('vscode.css-custom-data.json', vscodeCss);
write('web-types.json', webTypes);
console.log(`editor data: ${elements.length} elements, ${cssProperties.size} CSS properties → ${outDir}/`);
