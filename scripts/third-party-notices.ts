import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { Plugin } from 'vite';

/** The package a bundled module comes from, and its folder: the last `node_modules/<name>` in its path. */
function packageOf(moduleId: string): { name: string; dir: string } | undefined {
  const marker = `${sep}node_modules${sep}`;
  const at = moduleId.lastIndexOf(marker);
  if (at < 0) return undefined;
  const parts = moduleId.slice(at + marker.length).split(sep);
  const name = parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  return { name, dir: join(moduleId.slice(0, at + marker.length), name) };
}

function noticeOf(name: string, dir: string): string {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string; license?: string };
  const files = readdirSync(dir).filter((file) => /^licen[cs]e/i.test(file)).sort();
  const texts = files.map((file) => readFileSync(join(dir, file), 'utf8').trim());
  if (!texts.length) throw new Error(`${name} has no LICENSE file to reproduce in the CDN bundle's notices`);
  return [`${name} ${manifest.version} (${manifest.license ?? 'see below'})`, ...texts].join('\n\n');
}

/**
 * The CDN bundle carries other projects' code (lit, DOMPurify, hls.js, Chart.js…), whose
 * licenses ask that their notices travel with it. Minifying drops the comments that held
 * them, so this writes every bundled package's license into `THIRD-PARTY-NOTICES.txt`
 * beside the bundle; `cdnBanner` names that file at the top of the entry.
 */
export function thirdPartyNotices(own: { name: string; version: string }): Plugin {
  return {
    name: 'pb-third-party-notices',
    generateBundle(_, bundle) {
      const packages = new Map<string, string>();
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk') continue;
        for (const id of item.moduleIds) {
          const found = packageOf(id);
          if (found && existsSync(join(found.dir, 'package.json'))) packages.set(found.name, found.dir);
        }
      }
      const names = [...packages.keys()].sort();
      this.emitFile({
        type: 'asset',
        fileName: 'THIRD-PARTY-NOTICES.txt',
        source: `${own.name} ${own.version} bundles the following packages.\n\n${names.map((name) => noticeOf(name, packages.get(name)!)).join(`\n\n${'-'.repeat(72)}\n\n`)}\n`,
      });
    },
  };
}

/** This package's name, version and license. */
export function ownPackage(root: string): { name: string; version: string; license: string } {
  return JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
}

/** The first line of the CDN entry: what it is, and where the bundled packages' licenses are. */
export function cdnBanner(own: { name: string; version: string; license: string }): string {
  return `/*! ${own.name} ${own.version} (${own.license}). Bundled packages' licenses: THIRD-PARTY-NOTICES.txt */`;
}
