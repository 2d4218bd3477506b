/**
 * What `npm pack` would publish: what a site's bundler, a CDN and an editor find in the
 * package. Builds once when dist/ lacks a file the check needs, otherwise reuses the build.
 */
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { startBackend } from '../backends/serve';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const defineNames = readdirSync('src/define')
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.replace(/\.ts$/, ''));

/** Tags and their element modules, from the manifest (`src/<area>/pb-x/pb-x.ts`). */
function elementModules(): Array<{ tag: string; module: string }> {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  return manifest.modules.flatMap((module: { path: string; declarations?: Array<{ tagName?: string; customElement?: boolean }> }) =>
    (module.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ tag: d.tagName!, module: module.path })),
  );
}

const needed = [
  'custom-elements.json',
  'dist/index.js',
  'dist/index.d.ts',
  'dist/cdn/party-building-widgets.js',
  'dist/cdn/THIRD-PARTY-NOTICES.txt',
  'LICENSE',
  'dist/web-types.json',
  'dist/vscode.html-custom-data.json',
  ...defineNames.flatMap((name) => [`dist/define/${name}.js`, `dist/define/${name}.d.ts`]),
  'dist/verify/verify-site.js',
];

/** A package.json glob (`./dist/define/*.js`) as a test on a packed path. */
const globTest = (glob: string) => new RegExp(`^${glob.replace(/^\.\//, '').replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);

describe('npm pack', () => {
  let files: string[] = [];
  const packed = (path: string) => files.includes(path.replace(/^\.\//, ''));

  before(() => {
    if (needed.some((file) => !existsSync(file))) execFileSync('npm', ['run', 'build'], { stdio: 'ignore' });
    const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts', '--offline'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
    files = (report.files as Array<{ path: string }>).map((file) => file.path).sort();
  });

  it('has the package root, each define entry and each element as its own ES module with declarations', () => {
    for (const file of ['dist/index.js', 'dist/index.d.ts']) assert.ok(packed(file), `${file} is not packed`);
    for (const name of defineNames) {
      assert.ok(packed(`dist/define/${name}.js`), `define entry ${name}.js is not packed`);
      assert.ok(packed(`dist/define/${name}.d.ts`), `define entry ${name}.d.ts is not packed`);
    }
    const elements = elementModules();
    assert.ok(elements.length >= 8);
    for (const { tag, module } of elements) {
      const base = module.replace(/^src\//, 'dist/').replace(/\.ts$/, '');
      assert.ok(packed(`${base}.js`), `<${tag}>'s module ${base}.js is not packed`);
      assert.ok(packed(`${base}.d.ts`), `<${tag}>'s declarations ${base}.d.ts are not packed`);
      assert.ok(defineNames.includes(tag), `<${tag}> has no define entry`);
    }
    const root = readFileSync('dist/index.js', 'utf8');
    assert.ok(/^export\b|\nexport\b/.test(root), 'dist/index.js is not an ES module');
  });

  it('every exports target, types and main are in the package', () => {
    const targets: string[] = [];
    const walk = (value: unknown) => {
      if (typeof value === 'string') targets.push(value);
      else if (value && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk(pkg.exports);
    for (const target of [...targets, pkg.main, pkg.types]) {
      if (target.includes('*')) assert.ok(files.some((file) => globTest(target).test(file)), `nothing packed matches ${target}`);
      else assert.ok(packed(target), `${target} (package.json) is not packed`);
    }
  });

  it('the manifest (customElements), the VS Code custom data and the JetBrains web-types, all for every tag', () => {
    const tags = elementModules().map((e) => e.tag).sort();
    assert.ok(packed(pkg.customElements), 'customElements does not point to a packed file');
    assert.ok(packed(pkg['web-types']), 'web-types does not point to a packed file');
    const webTypes = JSON.parse(readFileSync(pkg['web-types'], 'utf8'));
    assert.equal(webTypes.name, pkg.name);
    assert.equal(webTypes.version, pkg.version);
    const jetBrains = webTypes.contributions.html.elements as Array<{ name: string; attributes: unknown[]; css: { parts: unknown[] } }>;
    assert.deepEqual(jetBrains.map((e) => e.name).sort(), tags);
    assert.ok(jetBrains.find((e) => e.name === 'pb-leaderboard')!.css.parts.length > 5, 'web-types lost the parts');

    const [htmlData] = pkg.contributes.html.customData as string[];
    const [cssData] = pkg.contributes.css.customData as string[];
    assert.ok(packed(htmlData!) && packed(cssData!), 'the VS Code custom data named in package.json is not packed');
    const vscode = JSON.parse(readFileSync(htmlData!, 'utf8'));
    assert.equal(vscode.version, 1.1);
    assert.deepEqual((vscode.tags as Array<{ name: string }>).map((t) => t.name).sort(), tags);
    const config = (vscode.tags as Array<{ name: string; attributes: Array<{ name: string; values?: Array<{ name: string }> }> }>).find((t) => t.name === 'pb-config')!;
    assert.deepEqual(config.attributes.find((a) => a.name === 'theme')!.values!.map((v) => v.name), ['light', 'dark', 'large-text', 'auto']);
    const css = JSON.parse(readFileSync(cssData!, 'utf8'));
    assert.ok((css.properties as Array<{ name: string }>).some((p) => p.name === '--pb-color-primary'));
  });

  it('the CDN bundle: one script tag, one chunk with everything it runs, lazy chunks beside it', () => {
    assert.ok(packed('dist/cdn/party-building-widgets.js'));
    const bundle = readFileSync('dist/cdn/party-building-widgets.js', 'utf8');
    // Everything the bundle runs is one chunk it imports (scripts/cdn-output.ts), and no
    // chunk imports the bundle itself: loaded as `….js?v=3` or renamed, it still runs once.
    const imports = (code: string) => [...code.matchAll(/\b(?:import|export)\s*(?:\{[^}]*\}\s*from\s*)?["']([^"']+)["']/g)].map((m) => m[1]!);
    const [main, ...more] = imports(bundle);
    assert.match(main ?? '', /^\.\/chunks\/main-[\w-]+\.js$/);
    assert.deepEqual(more, []);
    assert.ok(readFileSync(`dist/cdn/${main!.slice(2)}`, 'utf8').includes('pb-leaderboard'), 'the CDN bundle does not register <pb-leaderboard>');
    for (const chunk of files.filter((file) => file.startsWith('dist/cdn/chunks/') && file.endsWith('.js'))) {
      assert.ok(!imports(readFileSync(chunk, 'utf8')).some((path) => path.endsWith('party-building-widgets.js')), `${chunk} imports the bundle's entry`);
    }
    // Minifying drops the license comments of the bundled packages: their notices travel in a file beside it.
    assert.match(bundle.split('\n')[0]!, /^\/\*! party-building-widgets .*THIRD-PARTY-NOTICES\.txt \*\/$/);
    const notices = readFileSync('dist/cdn/THIRD-PARTY-NOTICES.txt', 'utf8');
    for (const name of ['lit-html', '@lit/context', 'idb-keyval', 'dompurify', 'hls.js', 'chart.js']) {
      assert.match(notices, new RegExp(`^${name.replace('.', '\\.')} \\d+\\.\\d+\\.\\d+ \\(`, 'm'), `no notice for ${name}`);
    }
    assert.match(notices, /Copyright \(c\) 2017 Google LLC|Copyright 2017 Google LLC/, "lit's copyright line is missing");
  });

  it('no copy of lit in the npm build (it imports lit; the CDN bundle is the one with lit inside)', () => {
    // Each of lit's packages registers its version on globalThis; those names survive minifying.
    const litSource = /litHtmlVersions|reactiveElementVersions|litElementVersions/;
    const cdnFiles = files.filter((file) => file.startsWith('dist/cdn/') && file.endsWith('.js'));
    assert.ok(cdnFiles.some((file) => litSource.test(readFileSync(file, 'utf8'))), 'the probe no longer finds lit where it is bundled');
    const npmBuild = files.filter((file) => file.startsWith('dist/') && !file.startsWith('dist/cdn/') && file.endsWith('.js'));
    assert.ok(npmBuild.length > 20);
    for (const file of npmBuild) {
      assert.ok(!/node_modules|(^|\/)@?lit(-html|-element)?\//.test(file), `${file} looks like a copy of a dependency`);
      assert.ok(!litSource.test(readFileSync(file, 'utf8')), `${file} contains lit's source`);
    }
    assert.ok(/from\s*["']lit["']/.test(readFileSync('dist/shared/pb-element.js', 'utf8')), 'the npm build does not import lit');
  });

  it('sideEffects lists exactly the define entries, and nothing else registers a tag', () => {
    const patterns = (pkg.sideEffects as string[]).map(globTest);
    const withSideEffects = files.filter((file) => patterns.some((pattern) => pattern.test(file)));
    assert.deepEqual(withSideEffects, defineNames.map((name) => `dist/define/${name}.js`).sort());
    // A call at the start of a line, not the `@example` in a comment.
    const registers = /^\s*(?:[\w$]+\()?(?:defineElement|customElements\.define)\(\s*["']pb-/m;
    assert.ok(registers.test(readFileSync('dist/define/pb-leaderboard.js', 'utf8')), 'the probe no longer sees a registration');
    for (const file of files.filter((f) => f.startsWith('dist/') && !f.startsWith('dist/cdn/') && !f.startsWith('dist/define/') && f.endsWith('.js'))) {
      assert.ok(!registers.test(readFileSync(file, 'utf8')), `${file} registers a tag but is not in sideEffects`);
    }
  });

  it('pb-verify --config runs from the packed files alone: the npm build of the library, no sources', async () => {
    // The site module is a lazy import in pages; pb-verify needs it as a file of its own.
    for (const file of ['dist/verify/verify-site.js', 'dist/verify/answer-checks.js', 'dist/api/site/site-backend.js', 'dist/api/client.js']) assert.ok(packed(file), `${file} is not packed`);
    const dir = mkdtempSync(join(tmpdir(), 'pb-package-'));
    for (const file of files) cpSync(file, join(dir, file));
    symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
    const up = await startBackend('jeecg');
    try {
      const args = [join(dir, 'bin/pb-verify.mjs'), '--config', 'test/backends/jeecg/site.json', '--base-url', up.url, '--token', up.tokens.member];
      const { stdout } = await promisify(execFile)(process.execPath, args, { timeout: 60_000 });
      assert.match(stdout, /getCourse\(\d+\) for <pb-course-player>\s+PASS/);
      assert.match(stdout, /\d+ passed, 0 failed/);
    } finally {
      await up.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('nothing that is not for users: no sources, tests, stories, demo builds or size-check output', () => {
    const bins = new Set(Object.values<string>(typeof pkg.bin === 'string' ? { bin: pkg.bin } : (pkg.bin ?? {})).map((bin) => bin.replace(/^\.\//, '')));
    const stray = files.filter(
      (file) =>
        (!bins.has(file) && ![...bins].some((bin) => file.startsWith(`${dirname(bin)}/`)) && !/^(dist\/|bin\/pb-verify\/|custom-elements\.json$|package\.json$|README\.md$|LICENSE|src\/api\/openapi\.yaml$)/.test(file)) ||
        /^dist\/(size|hosts)\//.test(file) ||
        /\.(test|stories)\.|mockServiceWorker/.test(file),
    );
    assert.deepEqual(stray, []);
  });
});
