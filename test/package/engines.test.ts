/**
 * The Node versions package.json promises are true: every package in the lockfile accepts
 * the lowest version of each range in `engines.node`, so `npm ci` on any of them prints no
 * EBADENGINE warning (the @web/test-runner 1.x line declares Node 22 and printed 17 on 20).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

type Version = [number, number, number];

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { version?: string; engines?: { node?: string } }> };

/** `20.19.0`, `22`, `10.*`, `0.6.x` → numbers, with the wildcard parts as null. */
function parts(text: string): Array<number | null> {
  return text.split('.').map((p) => (p === 'x' || p === 'X' || p === '*' ? null : Number(p)));
}

const compare = (a: Version, b: Array<number | null>) => {
  for (let i = 0; i < 3; i++) if (a[i] !== (b[i] ?? 0)) return a[i]! - (b[i] ?? 0);
  return 0;
};

/** The comparator forms npm packages use for `engines.node`: >=, >, <=, <, ^, ~, x-ranges, `*`. */
function satisfiesComparator(v: Version, comparator: string): boolean {
  const [, op = '', rest = ''] = /^(>=|<=|>|<|\^|~|=)?\s*(.*)$/.exec(comparator)!;
  if (rest === '' || rest === '*') return true;
  const want = parts(rest);
  const [major, minor] = want;
  switch (op) {
    case '>=':
      return compare(v, want) >= 0;
    case '>':
      return compare(v, want) > 0;
    case '<=':
      return compare(v, want) <= 0;
    case '<':
      return compare(v, want) < 0;
    case '^':
      return compare(v, want) >= 0 && v[0] === major;
    case '~':
      return compare(v, want) >= 0 && v[0] === major && (minor === null || minor === undefined || v[1] === minor);
    default:
      return want.every((p, i) => p === null || p === v[i]);
  }
}

export function satisfies(version: string, range: string): boolean {
  const v = parts(version) as Version;
  return range.split('||').some((set) => {
    const comparators = set.trim().replace(/(>=|<=|>|<|\^|~|=)\s+/g, '$1').split(/\s+/);
    return comparators.every((c) => satisfiesComparator(v, c));
  });
}

/** The lowest version each `||` alternative of a range allows: `^20.19.0 || >=22.13.0` → 20.19.0, 22.13.0. */
function lowestVersions(range: string): string[] {
  return range.split('||').map((set) => set.trim().replace(/^(\^|~|>=)\s*/, ''));
}

describe('supported Node versions', () => {
  it('the range checker reads the forms packages use', () => {
    assert.equal(satisfies('20.19.0', '^20.19.0 || >=22.12.0'), true);
    assert.equal(satisfies('20.18.1', '^20.19.0 || >=22.12.0'), false);
    assert.equal(satisfies('20.20.2', '>=22.0.0'), false);
    assert.equal(satisfies('22.12.0', '>=23.5.0 || ^22.13.0 || ^20.17.0'), false);
    assert.equal(satisfies('20.19.0', '20.x || 22.x || 23.x'), true);
    assert.equal(satisfies('20.19.0', '>= 14.6'), true);
    assert.equal(satisfies('20.19.0', '10.* || >= 12.*'), true);
    assert.equal(satisfies('20.19.0', '*'), true);
  });

  it('every package in the lockfile accepts the lowest Node version of each range in engines.node', () => {
    const range: string = pkg.engines.node;
    const versions = [...lowestVersions(range), process.versions.node].filter((v) => satisfies(v, range));
    assert.ok(versions.length >= 2, `engines.node "${range}" should name the lowest version of each supported line`);
    for (const version of versions) {
      const refusing = Object.entries(lock.packages)
        .filter(([path, entry]) => path && entry.engines?.node && !satisfies(version, entry.engines.node))
        .map(([path, entry]) => `${path.replace(/^.*node_modules\//, '')}@${entry.version} wants node ${entry.engines!.node}`);
      assert.deepEqual(refusing, [], `on Node ${version}`);
    }
  });
});
