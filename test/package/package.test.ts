import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { operations } from '../../src/api/operations.js';
import { VERSION } from '../../src/version.js';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

describe('the package and the contract agree', () => {
  it('VERSION is the package version (it names the copy in the double-registration warning)', () => {
    assert.equal(VERSION, pkg.version);
  });

  it("the client's operations table is the contract's: same operationIds, methods, paths and query parameters", () => {
    const spec = parse(readFileSync('src/api/openapi.yaml', 'utf8'));
    const fromSpec = new Map<string, string>();
    const queryFromSpec = new Map<string, string[]>();
    for (const [path, item] of Object.entries<Record<string, { operationId?: string; parameters?: Array<{ $ref?: string; in?: string; name?: string }> }>>(spec.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        if (!operation?.operationId) continue;
        fromSpec.set(operation.operationId, `${method.toUpperCase()} ${path}`);
        const resolve = (p: { $ref?: string; in?: string; name?: string }) =>
          p.$ref ? spec.components.parameters[p.$ref.split('/').pop()!] : p;
        const params = [...(item['parameters'] as unknown as Array<{ $ref?: string }> ?? []), ...(operation.parameters ?? [])].map(resolve);
        queryFromSpec.set(operation.operationId, params.filter((p) => p.in === 'query').map((p) => p.name!).sort());
      }
    }
    for (const [name, [endpoint, ...query]] of Object.entries(operations)) {
      assert.equal(fromSpec.get(name), endpoint, `${name} differs from openapi.yaml`);
      assert.deepEqual([...query].sort(), queryFromSpec.get(name), `${name}'s query parameters differ from openapi.yaml`);
    }
    assert.deepEqual([...fromSpec.keys()].sort(), Object.keys(operations).sort());
  });

  it('sideEffects names exactly the define entries, so importing the root registers nothing', () => {
    assert.deepEqual(pkg.sideEffects, ['./dist/define/*.js', './src/define/*.ts']);
  });
});
