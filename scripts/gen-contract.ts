/**
 * Writes the generated half of the contract part (`src/contract/`) from openapi.yaml, as
 * part of `npm run gen:api` (demo/server/test/contract.test.ts fails when they are stale):
 *
 * - `operations.gen.ts`: every operation's method and path, then its query parameters, in
 *   the document's order (the table the REST backend, endpoint templates and docs read);
 * - `shapes.gen.ts`: one shape (`data-shape.ts`) per schema, and one per operation for its
 *   answer (`getCourse`, `getDraft` = a draft or null), with which the port checks what a
 *   backend answers, in the browser and in pb-verify.
 *
 * A shape says what JSON Schema says of an answer's values: types, required and nullable
 * fields, enums, whole numbers and ranges, date-times, patterns and lengths of text,
 * objects told apart by a key, records. Limits on how many (minItems, maxItems,
 * uniqueItems, maxProperties, propertyNames) and closed objects (`additionalProperties:
 * false`) are left to the server's Ajv, which guards requests with them. Every call is
 * marked pure, so a bundle keeps only the shapes a page uses.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

type Schema = Record<string, any>;

const root = resolve(import.meta.dirname, '..');
const [shapesOut = 'src/contract/shapes.gen.ts', operationsOut = 'src/contract/operations.gen.ts'] = process.argv.slice(2);
const document = parse(readFileSync(resolve(root, 'src/api/openapi.yaml'), 'utf8')) as Schema;
const schemas = document['components']['schemas'] as Record<string, Schema>;
const HEADER = '// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.\n';
const PURE = '/*#__PURE__*/ ';

const refName = (ref: string) => ref.replace('#/components/schemas/', '');
const deref = (schema: Schema): Schema => (schema['$ref'] ? deref(schemas[refName(schema['$ref'])]!) : schema);
const key = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name));

// ---------------------------------------------------------------- operations

const operations: Array<[string, string[]]> = [];
const answers: Array<[string, Schema]> = [];
for (const [path, item] of Object.entries(document['paths'] as Record<string, Schema>)) {
  for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
    const operation = item[method] as Schema | undefined;
    if (!operation) continue;
    const parameters = [...(item['parameters'] ?? []), ...(operation['parameters'] ?? [])].map((p: Schema) =>
      p['$ref'] ? (p['$ref'] as string).slice(2).split('/').reduce((node: Schema, part: string) => node[part], document) : p,
    );
    const query = parameters.filter((p) => p['in'] === 'query').map((p) => p['name'] as string);
    operations.push([operation['operationId'], [`${method.toUpperCase()} ${path}`, ...query]]);
    const ok = operation['responses']?.['200'] ?? operation['responses']?.['201'];
    const schema = ok?.['content']?.['application/json']?.['schema'];
    if (schema) answers.push([operation['operationId'], schema]);
  }
}

writeFileSync(
  resolve(root, operationsOut),
  HEADER +
    `/**
 * The contract's operations as data: one row per \`Backend\` method, giving the default
 * REST endpoint and then the query parameters it takes. Endpoint templates a site
 * configures are checked against these rows (a placeholder the operation cannot fill is
 * a configuration error, not a 404 later).
 */
export const operations = {
${operations.map(([id, row]) => `  ${id}: [${row.map((part) => `'${part}'`).join(', ')}],`).join('\n')}
} as const satisfies Record<string, readonly [string, ...string[]]>;

export type OperationName = keyof typeof operations;
`,
);

// ---------------------------------------------------------------- shapes

const used = new Set<string>();
/** Constraint shapes used in many places, each made once (`within(0)` for every count). */
const shared = new Map<string, string>();
const emitted = new Map<string, string>();
const inProgress = new Set<string>();
const recursive = new Set<string>();

function call(helper: string, args: string): string {
  used.add(helper);
  return `${PURE}${helper}(${args})`;
}

function hoisted(name: string, code: string): string {
  if (!shared.has(name)) shared.set(name, code);
  return name;
}

const number = (n: number) => (n === Infinity ? 'Infinity' : n === -Infinity ? '-Infinity' : String(n));

/** A number: 'int' for a count (a whole number ≥ 0), else its range. */
function numeric(schema: Schema, integer: boolean): string {
  const min = schema['exclusiveMinimum'] === 0 ? Number.MIN_VALUE : (schema['exclusiveMinimum'] ?? schema['minimum'] ?? -Infinity);
  const max = schema['maximum'] ?? Infinity;
  if (integer && min === 0 && max === Infinity) return "'int'";
  if (!integer && min === -Infinity && max === Infinity) return "'number'";
  const name = `${integer ? 'whole' : 'num'}${min === -Infinity ? '' : `From${String(min).replace(/\W/g, '_')}`}${max === Infinity ? '' : `To${String(max).replace(/\W/g, '_')}`}`;
  const args = [number(min), ...(max !== Infinity || integer ? [number(max)] : []), ...(integer ? ['true'] : [])];
  return hoisted(name, call('within', args.join(', ')));
}

/** Text with a pattern or a length, named by its schema where it has one (`an Id`). */
function text(schema: Schema, name: string | undefined): string {
  const [min, max] = [schema['minLength'] ?? 0, schema['maxLength'] ?? Infinity];
  const limits = max < Infinity ? [min, max] : min > 0 ? [min] : [];
  const what = name ?? (schema['pattern'] ? `text matching ${schema['pattern']}` : `text of ${min} to ${max} characters`);
  return call('text', [schema['pattern'] ? `/${schema['pattern']}/u` : 'undefined', JSON.stringify(what), ...limits].join(', '));
}

function nullable(code: string): string {
  if (/^'\w+'$/.test(code) && !code.includes('|')) return `${code.slice(0, -1)}?'`;
  return call('orNull', code);
}

/** Properties and required names of an object schema with its `allOf` parts merged. */
function members(input: Schema): { properties: Record<string, Schema>; required: Set<string> } {
  const schema = deref(input);
  const properties: Record<string, Schema> = {};
  const required = new Set<string>(schema['required'] ?? []);
  for (const part of schema['allOf'] ?? []) {
    const inner = members(part);
    Object.assign(properties, inner.properties);
    for (const name of inner.required) required.add(name);
  }
  Object.assign(properties, schema['properties'] ?? {});
  return { properties, required };
}

function objectCode(input: Schema, leaveOut?: string): string {
  const { properties, required } = members(input);
  // A variant of a \`oneOf\` on its own (a single-choice question): its constant key picks it.
  const constant = Object.entries(properties).find(([name, property]) => name !== leaveOut && property['const'] !== undefined);
  if (constant) return call('variant', `'${constant[0]}', { ${key(constant[1]['const'])}: ${objectCode(input, constant[0])} }`);
  const entries = Object.entries(properties)
    .filter(([name]) => name !== leaveOut)
    .map(([name, property]) => {
      const code = expr(property);
      return `${key(name)}: ${required.has(name) ? code : call('optional', code)}`;
    });
  return entries.length ? `{ ${entries.join(', ')} }` : '{}';
}

function scalar(type: string, schema: Schema, name?: string): string {
  if (type === 'string') {
    if (schema['enum']) return `'${schema['enum'].join('|')}'`;
    if (schema['pattern'] || schema['minLength'] !== undefined || schema['maxLength'] !== undefined) return text(schema, name);
    return schema['format'] === 'date-time' ? "'date'" : "'string'";
  }
  if (type === 'integer' || type === 'number') return numeric(schema, type === 'integer');
  if (type === 'boolean') return "'boolean'";
  if (type === 'array') return `[${expr(schema['items'] ?? {})}]`;
  if (type === 'object') {
    if (!schema['properties'] && typeof schema['additionalProperties'] === 'object') return call('recordOf', expr(schema['additionalProperties']));
    return objectCode(schema);
  }
  throw new Error(`no shape for type ${type}`);
}

/** The shape of a schema as code. */
function expr(schema: Schema, name?: string): string {
  if (schema['$ref']) return reference(refName(schema['$ref']));
  const isNull = (s: Schema) => s['type'] === 'null';
  for (const combinator of ['oneOf', 'anyOf'] as const) {
    const options = schema[combinator] as Schema[] | undefined;
    if (!options) continue;
    const others = options.filter((o) => !isNull(o));
    if (others.length < options.length) return nullable(others.length === 1 ? expr(others[0]!) : expr({ ...schema, [combinator]: others }));
    if (schema['discriminator']) return discriminated(schema);
    if (combinator === 'oneOf' && others.every((o) => deref(o)['type'] === 'object')) return keyedCode(others);
    return call('anyOf', `[${others.map((o) => expr(o)).join(', ')}]`);
  }
  if (schema['allOf']) {
    if (schema['allOf'].length === 1 && !schema['properties']) return expr(schema['allOf'][0]);
    return objectCode(schema);
  }
  const types = [schema['type'] ?? (schema['properties'] ? 'object' : undefined)].flat().filter((t) => t !== undefined) as string[];
  const kinds = types.filter((t) => t !== 'null');
  if (kinds.length === 0) return call('check', '() => null');
  const code = kinds.length === 1 ? scalar(kinds[0]!, schema, name) : call('anyOf', `[${kinds.map((t) => scalar(t, schema)).join(', ')}]`);
  return kinds.length < types.length ? nullable(code) : code;
}

/** A `oneOf` told apart by a property (`type` of a question): `variant`. */
function discriminated(schema: Schema): string {
  const property = schema['discriminator']['propertyName'] as string;
  const mapping = schema['discriminator']['mapping'] as Record<string, string>;
  const variants = Object.entries(mapping).map(([value, ref]) => `${key(value)}: ${objectCode({ $ref: ref }, property)}`);
  return call('variant', `'${property}', { ${variants.join(', ')} }`);
}

/** A `oneOf` of objects, each with a required key the others lack (a condition's `equals`…`any`): `keyed`. */
function keyedCode(options: Schema[]): string {
  const requiredOf = options.map((o) => members(o).required);
  const variants = options.map((option, i) => {
    const own = [...requiredOf[i]!].find((name) => requiredOf.every((other, j) => j === i || !other.has(name)));
    if (!own) throw new Error('a oneOf of objects needs a required key unique to each');
    return `${key(own)}: ${objectCode(option)}`;
  });
  return call('keyed', `{ ${variants.join(', ')} }`);
}

function reference(name: string): string {
  if (inProgress.has(name)) {
    recursive.add(name);
    used.add('shapeProblem');
    used.add('check');
    return `${PURE}check<S[${JSON.stringify(name)}]>((value, path) => shapeProblem(${name}, value, path))`;
  }
  if (!emitted.has(name)) emit(name);
  return name;
}

function emit(name: string): void {
  inProgress.add(name);
  const code = expr(schemas[name]!, `a${/^[AEIOU]/.test(name) ? 'n' : ''} ${name}`);
  inProgress.delete(name);
  emitted.set(name, code);
}

for (const name of Object.keys(schemas)) if (!emitted.has(name)) emit(name);
const answerCode = answers.map(([id, schema]) => [id, expr(schema)] as const);

const declaration = (name: string, code: string) =>
  recursive.has(name)
    ? `export const ${name}: Check<S[${JSON.stringify(name)}]> = ${code};`
    : `export const ${name} = ${code}${code.startsWith('{') || code.startsWith('[') || code.startsWith("'") ? ' as const' : ''};`;

const helpers = [...used].sort();
if (recursive.size) helpers.push('type Check');
helpers.push('type Infer');
const schemaNames = [...emitted.keys()];

writeFileSync(
  resolve(root, shapesOut),
  HEADER +
    `/**
 * The contract's shapes: one per schema of openapi.yaml, and one per operation for what it
 * answers. The port checks each answer with its operation's shape before a widget sees it
 * (\`src/api/answers.ts\`); pb-verify checks a backend with the same ones.
 */
import { ${helpers.join(', ')} } from './data-shape.js';
import type { components } from './schema.gen.js';

type S = components['schemas'];

${[...shared].map(([name, code]) => `const ${name} = ${code};`).join('\n')}

${schemaNames.map((name) => declaration(name, emitted.get(name)!)).join('\n')}

/** What each operation answers (its 200 or 201). */
${answerCode.map(([id, code]) => `export const ${id} = ${code}${code.startsWith('{') ? ' as const' : ''};`).join('\n')}

/** The compiler checks that each shape accepts exactly its contract type, both ways. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type ShapesMatchTypes = [
${schemaNames.map((name) => `  Assert<Same<Infer<typeof ${name}>, S[${JSON.stringify(name)}]>>,`).join('\n')}
];
`,
);
