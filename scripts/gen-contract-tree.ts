/**
 * Writes src/api/site/contract-tree.gen.ts from openapi.yaml (part of `npm run gen:api`):
 * for every operation, the tree of its answer's fields with their types and documented
 * defaults. Field maps use it to fill what a foreign backend does not send (a course's
 * policy, a lesson's captions) and to read `"12"` as 12 or `101` as `"101"` where the
 * contract says so, without a hand-written copy of the contract to drift from it.
 *
 * A node is a type letter (`s` string, `n` number, `b` boolean, `d` date-time, `a` any), or
 * an object with `t` (that letter), `p` (an object's fields), `i` (a list's item), and `d`
 * (the default).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

type Schema = Record<string, unknown>;
type Node = string | { t?: string; p?: Record<string, Node>; i?: Node; d?: unknown };

const root = resolve(import.meta.dirname, '..');
const document = parse(readFileSync(resolve(root, 'src/api/openapi.yaml'), 'utf8')) as Schema;
const schemas = (document['components'] as Schema)['schemas'] as Record<string, Schema>;

function deref(schema: Schema): Schema {
  const ref = schema['$ref'];
  return typeof ref === 'string' ? deref(schemas[ref.replace('#/components/schemas/', '')]!) : schema;
}

/** One schema made of its `allOf` parts and its object variants (`oneOf`, `anyOf`), null left out. */
function flatten(input: Schema): Schema {
  const schema = deref(input);
  const parts = [schema, ...((schema['allOf'] as Schema[]) ?? []), ...((schema['oneOf'] as Schema[]) ?? []), ...((schema['anyOf'] as Schema[]) ?? [])]
    .map((part) => (part === schema ? part : flatten(part)))
    .filter((part) => part['type'] !== 'null');
  const merged: Schema = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      if (key === 'properties') merged[key] = { ...(merged[key] as Schema), ...(value as Schema) };
      else if (!['allOf', 'oneOf', 'anyOf'].includes(key) && merged[key] === undefined) merged[key] = value;
    }
  }
  return merged;
}

function typeLetter(schema: Schema): string {
  const types = [schema['type']].flat().filter((t) => t !== 'null');
  if (types.length !== 1) return 'a';
  if (types[0] === 'string') return schema['format'] === 'date-time' ? 'd' : 's';
  if (types[0] === 'number' || types[0] === 'integer') return 'n';
  if (types[0] === 'boolean') return 'b';
  return types[0] === 'array' ? 'l' : types[0] === 'object' ? 'o' : 'a';
}

function node(input: Schema, depth = 0): Node {
  const schema = flatten(input);
  const fallback = deref(input)['default'] ?? schema['default'];
  const withDefault = (n: Exclude<Node, string>): Node => (fallback === undefined ? n : { ...n, d: fallback });
  if (depth > 8) return 'a';
  if (schema['properties']) {
    const p = Object.fromEntries(Object.entries(schema['properties'] as Record<string, Schema>).map(([key, value]) => [key, node(value, depth + 1)]));
    return withDefault({ p });
  }
  const letter = typeLetter(schema);
  if (letter === 'l') return withDefault({ i: schema['items'] ? node(schema['items'] as Schema, depth + 1) : 'a' });
  if (letter === 'o') return withDefault({ t: 'a' });
  return fallback === undefined ? letter : { t: letter, d: fallback };
}

const trees: Record<string, Node> = {};
for (const item of Object.values(document['paths'] as Record<string, Record<string, Schema>>)) {
  for (const operation of Object.values(item)) {
    const id = operation['operationId'];
    const responses = operation['responses'] as Record<string, Schema> | undefined;
    const ok = responses?.['200'] ?? responses?.['201'];
    const schema = ((ok?.['content'] as Schema | undefined)?.['application/json'] as Schema | undefined)?.['schema'] as Schema | undefined;
    if (typeof id === 'string' && schema) trees[id] = node(schema);
  }
}

const out = resolve(root, process.argv[2] ?? 'src/api/site/contract-tree.gen.ts');
writeFileSync(
  out,
  `// Generated from src/api/openapi.yaml by scripts/gen-contract-tree.ts (npm run gen:api). Do not edit.\n` +
    `import type { TreeNode } from './contract-tree.js';\n\n` +
    `export const answerTrees: Record<string, TreeNode> = ${JSON.stringify(trees)};\n`,
);
