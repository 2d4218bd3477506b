/**
 * Writes the generated half of the contract part (`src/contract/`) from openapi.yaml, as
 * part of `npm run gen:api` (demo/server/test/contract.test.ts fails when they are stale):
 *
 * - `operations.gen.ts`: every operation's method and path, then its query parameters, in
 *   the document's order (the table the REST backend, endpoint templates and docs read);
 * - `shapes/*.gen.ts`: one shape (`data-shape.ts`) per schema, each a module of its own so a
 *   bundle takes only the shapes its code reads (a module goes whole into one chunk), listed
 *   with the compiler's proof of each against its type in `shapes.gen.ts`;
 * - `answers.gen.ts`: the shape of each operation's answer (`getCourse`, `getDraft` = a draft
 *   or null), with which the port checks what a backend answers, in the browser and in
 *   pb-verify.
 *
 * A shape says what JSON Schema says of an answer's values: types, required and nullable
 * fields, enums, whole numbers and ranges, date-times, the formats of days and months,
 * objects told apart by a key, records. What only guards what a server accepts is left to
 * the server's Ajv, which checks requests with it: lengths of text, how many items or keys
 * (minItems, maxItems, uniqueItems, maxProperties, propertyNames), closed objects
 * (`additionalProperties: false`) and the form of an `Id` (see OPAQUE). Every call is
 * marked pure, so a bundle keeps only the shapes a page uses.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

type Schema = Record<string, any>;

const root = resolve(import.meta.dirname, '..');
const [out = 'src/contract'] = process.argv.slice(2);
const [shapesOut, answersOut, operationsOut, shapesDir] = ['shapes.gen.ts', 'answers.gen.ts', 'operations.gen.ts', 'shapes'].map((file) => resolve(root, out, file));
mkdirSync(resolve(root, out), { recursive: true });
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

/** What the module being written needs: builders and the shapes of other schemas it names. */
interface Module {
  name: string;
  builders: Set<string>;
  refs: Set<string>;
  recursive: boolean;
}
let current: Module;

function call(builder: string, args: string): string {
  current.builders.add(builder);
  return `${PURE}${builder}(${args})`;
}

const number = (n: number) => (n === Infinity ? 'Infinity' : n === -Infinity ? '-Infinity' : String(n));

/** A number: 'int' for a count (a whole number ≥ 0), 'number' without limits, else its range. */
function numeric(schema: Schema, integer: boolean): string {
  const min = schema['exclusiveMinimum'] === 0 ? Number.MIN_VALUE : (schema['exclusiveMinimum'] ?? schema['minimum'] ?? -Infinity);
  const max = schema['maximum'] ?? Infinity;
  if (integer && min === 0 && max === Infinity) return "'int'";
  if (!integer && min === -Infinity && max === Infinity) return "'number'";
  const args = [number(min), ...(max !== Infinity || integer ? [number(max)] : []), ...(integer ? ['true'] : [])];
  return call('within', args.join(', '));
}

/**
 * Ids are opaque to the widgets: they encode one wherever they put it, and a backend's own
 * ids (19-digit numbers, ids with a colon) are kept as they come. The pattern and length of
 * `Id` are the reference server's, for its paths, which Ajv checks on every request.
 */
const OPAQUE = ['an Id'];

/** Text in a format the widgets read, named by its schema (`a LocalDate like 2027-03-31`). */
function text(schema: Schema, name: string | undefined): string {
  const example = schema['examples']?.[0];
  const what = name ? `${name}${example ? ` like ${example}` : ''}` : `text matching ${schema['pattern']}`;
  return call('text', `/${schema['pattern']}/u, ${JSON.stringify(what)}`);
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
  // A variant of a `oneOf` on its own (a single-choice question): its constant key picks it.
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
    if (schema['pattern'] && !OPAQUE.includes(name ?? '')) return text(schema, name);
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

/** Another schema's shape, from its module; a schema made of itself (a condition of conditions) checks itself lazily. */
function reference(name: string): string {
  if (name !== current.name) {
    current.refs.add(name);
    return name;
  }
  current.recursive = true;
  current.builders.add('check');
  return `${PURE}check<S[${JSON.stringify(name)}]>((value, path) => shapeProblem(${name}, value, path))`;
}

const modules: Array<{ file: string; code: string }> = [];
const builderFile: Record<string, string> = { orNull: 'or-null', optional: 'optional', recordOf: 'record-of', anyOf: 'any-of', variant: 'variant', within: 'within', text: 'text', keyed: 'keyed' };
const moduleName = (name: string) => `${name}.gen`;

function moduleCode(module: Module, body: string, about: string): string {
  const builders = [...module.builders].filter((b) => b !== 'check').sort();
  const imports = [
    ...(module.recursive ? [`import { check, shapeProblem, type Check } from '../data-shape.js';`, `import type { components } from '../schema.gen.js';`] : module.builders.has('check') ? [`import { check } from '../data-shape.js';`] : []),
    ...builders.map((builder) => `import { ${builder} } from '../builders/${builderFile[builder]}.js';`),
    ...[...module.refs].sort().map((ref) => `import { ${ref} } from './${moduleName(ref)}.js';`),
  ];
  return `${HEADER}${imports.join('\n')}${imports.length ? '\n\n' : ''}${module.recursive ? "type S = components['schemas'];\n\n" : ''}/** ${about} */\n${body}\n`;
}

const constant = (code: string) => (code.startsWith('{') || code.startsWith('[') || code.startsWith("'") ? ' as const' : '');

/** Operations by the schema their answer is made of: `getCourse` lives in `Course`'s module. */
const answersOf = new Map<string, Array<[string, Schema]>>();
for (const [id, schema] of answers) {
  const base = schema['$ref'] ? refName(schema['$ref']) : refName(JSON.stringify(schema).match(/"#\/components\/schemas\/(\w+)"/)?.[1] ?? '');
  if (!schemas[base]) throw new Error(`${id}: an answer must name a schema`);
  answersOf.set(base, [...(answersOf.get(base) ?? []), [id, schema]]);
}

const answerExports: string[] = [];
for (const [name, schema] of Object.entries(schemas)) {
  current = { name, builders: new Set(), refs: new Set(), recursive: false };
  const code = expr(schema, `a${/^[AEIOU]/.test(name) ? 'n' : ''} ${name}`);
  const lines = [current.recursive ? `export const ${name}: Check<S[${JSON.stringify(name)}]> = ${code};` : `export const ${name} = ${code}${constant(code)};`];
  for (const [id, answer] of answersOf.get(name) ?? []) {
    // The answer names the schema of this very module, not itself.
    current.name = '';
    // The schema itself under the operation's name (an alias, not a second binding), or a shape of its own (a draft, or null).
    const answerCode = answer['$ref'] ? undefined : expr(answer);
    current.refs.delete(name);
    lines.push(`/** What \`${id}\` answers. */`, answerCode ? `export const ${id} = ${answerCode}${constant(answerCode)};` : `export { ${name} as ${id} };`);
    answerExports.push(`export { ${id} } from './shapes/${moduleName(name)}.js';`);
  }
  modules.push({ file: `${moduleName(name)}.ts`, code: moduleCode(current, lines.join('\n'), `The shape of \`${name}\` in openapi.yaml.`) });
}

rmSync(resolve(root, shapesDir), { recursive: true, force: true });
mkdirSync(resolve(root, shapesDir), { recursive: true });
for (const { file, code } of modules) writeFileSync(resolve(root, shapesDir, file), code);

writeFileSync(
  resolve(root, answersOut),
  HEADER +
    `/**
 * The shape of each operation's answer (its 200 or 201), by operation: what the port checks
 * an answer against before a widget sees it (\`src/api/answers.ts\`), and pb-verify too.
 * Each lives in the module of the schema it is made of (\`getCourse\` in \`shapes/Course.gen.ts\`),
 * where a widget imports it: a bundle takes a module whole with all it names, so importing
 * from this list would take every shape into the page.
 */
${answerExports.join('\n')}
`,
);

const schemaNames = Object.keys(schemas);
writeFileSync(
  resolve(root, shapesOut),
  HEADER +
    `/**
 * The contract's shapes, one per schema of openapi.yaml (each a module of its own in
 * \`shapes/\`), and the compiler's proof that each accepts exactly its contract type.
 */
import type { Infer } from './data-shape.js';
import type { components } from './schema.gen.js';
${schemaNames.map((name) => `import type { ${name} } from './shapes/${moduleName(name)}.js';`).join('\n')}

${schemaNames.map((name) => `export { ${name} } from './shapes/${moduleName(name)}.js';`).join('\n')}

type S = components['schemas'];
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type ShapesMatchTypes = [
${schemaNames.map((name) => `  Assert<Same<Infer<typeof ${name}>, S[${JSON.stringify(name)}]>>,`).join('\n')}
];
`,
);
