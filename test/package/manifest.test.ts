/**
 * custom-elements.json documents every public attribute, property, event, part and CSS custom
 * property of every element: what the source uses is compared with what the manifest says,
 * so an undocumented addition fails here instead of going missing from Storybook, the editor
 * data and the framework typings that are generated from the manifest.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { before, describe, it } from 'node:test';

interface Documented {
  name: string;
  description?: string;
  type?: { text: string };
  privacy?: string;
  static?: boolean;
  kind?: string;
  attribute?: string;
  fieldName?: string;
}
interface Declaration extends Documented {
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  attributes?: Documented[];
  members?: Documented[];
  events?: Documented[];
  cssParts?: Documented[];
  cssProperties?: Documented[];
  slots?: Documented[];
}
interface Manifest {
  modules: Array<{ path: string; declarations?: Declaration[] }>;
}

/** Regenerates the manifest when a source file is newer, so the test checks the source. */
function freshManifest(): Manifest {
  const newest = (dir: string): number => {
    let time = 0;
    for (const line of execFileSync('find', [dir, '-name', '*.ts'], { encoding: 'utf8' }).split('\n').filter(Boolean)) {
      time = Math.max(time, statSync(line).mtimeMs);
    }
    return time;
  };
  if (!existsSync('custom-elements.json') || statSync('custom-elements.json').mtimeMs < newest('src')) {
    execFileSync('npx', ['cem', 'analyze'], { stdio: 'ignore' });
  }
  return JSON.parse(readFileSync('custom-elements.json', 'utf8')) as Manifest;
}

/** The source files an element's module reaches through relative imports, static or lazy. */
function reachable(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [, spec] of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)\.js['"]/g)) {
      visit(join(dirname(file), `${spec}.ts`));
    }
  };
  visit(entry);
  return [...seen];
}

/** What the source of one element uses. */
function usedBy(entry: string) {
  const files = reachable(entry);
  const sources = files.map((file) => readFileSync(file, 'utf8'));
  const all = sources.join('\n');
  const own = readFileSync(entry, 'utf8');
  const parts = new Set<string>();
  for (const [, value] of all.matchAll(/\bpart="([^"]*)"/g)) {
    for (const token of value!.replace(/\$\{[^}]*\}/g, ' ').split(/\s+/)) if (token) parts.add(token);
  }
  for (const [, expression] of all.matchAll(/\bpart=\$\{([^}]*)\}/g)) {
    for (const [, literal] of expression!.matchAll(/'([a-z-]+)'/g)) parts.add(literal!);
  }
  const events = new Set<string>();
  // `emit(this, 'pb-…', …)` (src/shared/emit.ts), a port's `emit('pb-…', …)`, or a bare `new CustomEvent('pb-…')`.
  // Not in comments: the helper's own @example names an event every element reaches.
  const code = all.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const [, name] of code.matchAll(/\b(?:CustomEvent|emit)(?:<[^>(]*>)?\(\s*(?:[\w.]+,\s*)?['"](pb-[a-z-]+)['"]/g)) events.add(name!);
  const cssProperties = new Set<string>();
  for (const [, name] of all.matchAll(/var\((--pb-[a-z0-9-]*[a-z0-9])(?![a-z0-9-]|\$\{)/g)) cssProperties.add(name!);
  // Names built by interpolation (`var(--pb-color-${name}, …)`) are read from the CSS itself.
  const generated = files.filter((_, i) => /var\(--pb-[a-z0-9-]*\$\{/.test(sources[i]!));
  const properties = new Set<string>();
  for (const [, options, name] of own.matchAll(/@property\(([^)]*)\)\s*(?:override\s+)?(?:declare\s+)?(\w+)/g)) {
    properties.add(`${name}${/attribute:\s*false/.test(options!) ? '' : ' (attribute)'}`);
  }
  return { files, parts, events, cssProperties, properties, generated };
}

/** The `--pb-*` names in the CSS a module exports (lit's `css` runs in Node). */
async function generatedCssProperties(files: string[]): Promise<Set<string>> {
  const names = new Set<string>();
  for (const file of files) {
    const module = (await import(resolve(file))) as Record<string, unknown>;
    for (const value of Object.values(module)) {
      const text = (value as { cssText?: unknown } | null)?.cssText;
      if (typeof text === 'string') for (const [, name] of text.matchAll(/var\((--pb-[a-z0-9-]+)/g)) names.add(name!);
    }
  }
  return names;
}

const described = (item: Documented | undefined) => Boolean(item?.description?.trim());

/** Collects every gap, so one run lists all that is missing rather than the first. */
function gaps(collect: (report: (ok: boolean, problem: string) => void) => void): void {
  const problems: string[] = [];
  collect((ok, problem) => {
    if (!ok) problems.push(problem);
  });
  assert.deepEqual(problems, []);
}

describe('custom-elements.json documents every element', () => {
  let elements: Array<{ path: string; declaration: Declaration }> = [];
  let manifest: Manifest;

  before(() => {
    manifest = freshManifest();
    elements = manifest.modules.flatMap((module) =>
      (module.declarations ?? []).filter((d) => d.customElement && d.tagName).map((declaration) => ({ path: module.path, declaration })),
    );
  });

  it('lists every tag the define entries register, each with a summary', () => {
    const defined = execFileSync('grep', ['-rhoE', '--exclude-dir=test', "defineElement\\('pb-[a-z-]+'", 'src/define'], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((line) => line.slice("defineElement('".length, -1))
      .sort();
    assert.deepEqual(elements.map((e) => e.declaration.tagName).sort(), defined);
    for (const { declaration } of elements) assert.ok(declaration.summary?.trim(), `<${declaration.tagName}> has no @summary`);
  });

  it('every public property and attribute, with a description', () => {
    gaps((report) => {
    for (const { path, declaration } of elements) {
      const tag = declaration.tagName;
      const members = new Map((declaration.members ?? []).map((m) => [m.name, m]));
      const attributes = new Map((declaration.attributes ?? []).map((a) => [a.fieldName ?? a.name, a] as const));
      for (const entry of usedBy(path).properties) {
        const [name, isAttribute] = entry.split(' ');
        report(described(members.get(name!)), `<${tag}>.${name} is not documented in the manifest`);
        if (isAttribute) report(described(attributes.get(name!)), `<${tag}>'s attribute for ${name} is not documented`);
      }
      for (const member of members.values()) {
        if (member.kind !== 'field' || member.privacy || member.static) continue;
        report(described(member), `<${tag}>.${member.name} is public but has no description`);
      }
      for (const attribute of declaration.attributes ?? []) {
        report(described(attribute), `<${tag}> attribute ${attribute.name} has no description`);
      }
    }
    });
  });

  it('every pb-* event it dispatches, with its detail type and a description', () => {
    gaps((report) => {
    for (const { path, declaration } of elements) {
      const documented = new Map((declaration.events ?? []).map((e) => [e.name, e]));
      for (const name of usedBy(path).events) {
        const event = documented.get(name);
        report(described(event), `<${declaration.tagName}> dispatches ${name} without a documented @fires`);
        report(Boolean(event?.type?.text), `<${declaration.tagName}>'s ${name} has no detail type`);
      }
      for (const event of documented.values()) {
        report(/^pb-[a-z]+(-[a-z]+)*$/.test(event.name), `<${declaration.tagName}> lists an event named ${event.name}`);
      }
    }
    });
  });

  it('every part in its templates', () => {
    gaps((report) => {
    for (const { path, declaration } of elements) {
      const documented = new Map((declaration.cssParts ?? []).map((p) => [p.name, p]));
      for (const name of usedBy(path).parts) {
        report(described(documented.get(name)), `<${declaration.tagName}> renders part="${name}" without a @csspart`);
      }
    }
    });
  });

  it('every --pb-* custom property its styles read', async () => {
    const read = new Map<string, Set<string>>();
    for (const { path } of elements) {
      const used = usedBy(path);
      read.set(path, new Set([...used.cssProperties, ...(await generatedCssProperties(used.generated))]));
    }
    gaps((report) => {
    for (const { path, declaration } of elements) {
      const documented = new Map((declaration.cssProperties ?? []).map((p) => [p.name, p]));
      for (const name of read.get(path)!) {
        report(described(documented.get(name)), `<${declaration.tagName}> reads ${name} without a @cssprop`);
      }
    }
    });
  });

  it('every slot it renders', () => {
    gaps((report) => {
    for (const { path, declaration } of elements) {
      const source = usedBy(path).files.map((file) => readFileSync(file, 'utf8')).join('\n');
      const slots = new Map((declaration.slots ?? []).map((s) => [s.name, s]));
      for (const [, name = ''] of source.matchAll(/<slot(?:\s+name="([^"]+)")?[\s>]/g)) {
        report(described(slots.get(name)), `<${declaration.tagName}> renders ${name ? `slot "${name}"` : 'a default slot'} without a @slot`);
      }
    }
    });
  });

  it('the README and the docs pages use only real tags, attributes and events in their examples', () => {
    const byTag = new Map(elements.map((e) => [e.declaration.tagName!, e.declaration]));
    const allEvents = new Set(elements.flatMap((e) => (e.declaration.events ?? []).map((event) => event.name)));
    const pages = ['README.md', ...execFileSync('find', ['stories/docs', '-name', '*.mdx'], { encoding: 'utf8' }).split('\n').filter(Boolean)];
    gaps((report) => {
      for (const page of pages) {
        const text = readFileSync(page, 'utf8');
        for (const [, name] of text.matchAll(/addEventListener\(\s*['"](pb-[a-z-]+)['"]/g)) {
          report(allEvents.has(name!), `${page} listens to ${name}, which no element fires`);
        }
        for (const [, tag, attributes = ''] of text.matchAll(/<(pb-[a-z-]+)((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*>/g)) {
          const declaration = byTag.get(tag!);
          report(Boolean(declaration), `${page} uses <${tag}>, which does not exist`);
          for (const [, attribute] of attributes.matchAll(/\s([a-z-]+)(?==|\s|$)/g)) {
            report(!declaration || (declaration.attributes ?? []).some((a) => a.name === attribute), `${page}: <${tag}> has no attribute ${attribute}`);
          }
        }
      }
    });
  });

  it('the check itself sees the sources (a guard against a regex that matches nothing)', async () => {
    const leaderboard = elements.find((e) => e.declaration.tagName === 'pb-leaderboard')!;
    const used = usedBy(leaderboard.path);
    assert.ok(used.parts.has('row') && used.parts.has('base'));
    assert.ok(used.events.has('pb-leaderboard-change'));
    assert.ok(used.cssProperties.has('--pb-leaderboard-height') && used.cssProperties.has('--pb-font-size'));
    assert.ok((await generatedCssProperties(used.generated)).has('--pb-color-primary'), 'the generated colour tokens are not seen');
    assert.ok(used.properties.has('metric (attribute)'));
    assert.ok(used.files.some((file) => relative('src', file).startsWith('shared')));
  });
});
