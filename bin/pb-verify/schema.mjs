/**
 * The contract for pb-verify: src/api/openapi.yaml as shipped in the package, and a small
 * JSON Schema (2020-12 subset used by the contract) validator whose messages a webmaster
 * can act on: where in the body, what was expected, what came instead.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const contractUrl = new URL('../../src/api/openapi.yaml', import.meta.url);

/** The parsed contract and a lookup of each operation's response schema by status. */
export function loadContract(path = fileURLToPath(contractUrl)) {
  const document = parse(readFileSync(path, 'utf8'));
  const operations = new Map();
  for (const [route, methods] of Object.entries(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(methods)) {
      if (!operation?.operationId) continue;
      operations.set(operation.operationId, { method: method.toUpperCase(), path: route, operation });
    }
  }
  const resolve = (node) => {
    let current = node;
    for (let hops = 0; current?.$ref && hops < 20; hops++) current = pointer(document, current.$ref);
    return current;
  };
  return {
    document,
    operations,
    resolve,
    /** The JSON schema of an operation's response for a status, or null when undocumented. */
    responseSchema(operationId, status) {
      const op = operations.get(operationId);
      const response = resolve(op?.operation.responses?.[String(status)]);
      if (!response) return null;
      const content = response.content ?? {};
      const media = content['application/json'] ?? content['application/problem+json'];
      return media?.schema ?? null;
    },
    documentedStatuses(operationId) {
      return Object.keys(operations.get(operationId)?.operation.responses ?? {}).map(Number);
    },
    schema(name) {
      return document.components.schemas[name];
    },
  };
}

function pointer(document, ref) {
  if (!ref.startsWith('#/')) throw new Error(`only local $ref is supported: ${ref}`);
  return ref
    .slice(2)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((node, key) => node?.[key], document);
}

function typeOf(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function matchesType(value, type) {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

function show(value) {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

const childPath = (path, key) => (typeof key === 'number' ? `${path}[${key}]` : /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`);

/**
 * Validates `value` against `schema`; returns a list of `{ path, message }` (empty when it
 * conforms). Paths read like `$.items[0].lessonCount`.
 */
export function validate(contract, schema, value, path = '$') {
  const errors = [];
  check(contract, schema, value, path, errors);
  return errors;
}

function check(contract, rawSchema, value, path, errors) {
  const schema = contract.resolve(rawSchema);
  if (!schema || schema === true) return;
  const fail = (message) => errors.push({ path, message });

  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((type) => matchesType(value, type))) {
      if (value === undefined) return fail('missing');
      return errors.push({ path, kind: 'type', message: `expected ${types.join(' or ')}, got ${typeOf(value)} ${show(value)}` });
    }
  }
  if ('const' in schema && JSON.stringify(value) !== JSON.stringify(schema.const)) return fail(`expected ${show(schema.const)}, got ${show(value)}`);
  if (schema.enum && !schema.enum.some((option) => JSON.stringify(option) === JSON.stringify(value))) {
    return fail(`expected one of ${schema.enum.map(show).join(', ')}, got ${show(value)}`);
  }

  if (typeof value === 'string') {
    if (schema.minLength !== undefined && [...value].length < schema.minLength) fail(`shorter than ${schema.minLength} characters`);
    if (schema.maxLength !== undefined && [...value].length > schema.maxLength) fail(`longer than ${schema.maxLength} characters`);
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) fail(`${show(value)} does not match ${schema.pattern}`);
    if (schema.format === 'date-time' && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value)) fail(`${show(value)} is not an ISO 8601 date-time`);
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) fail(`${value} is below the minimum ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) fail(`${value} is above the maximum ${schema.maximum}`);
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) fail(`has ${value.length} items, at least ${schema.minItems} expected`);
    if (schema.maxItems !== undefined && value.length > schema.maxItems) fail(`has ${value.length} items, at most ${schema.maxItems} expected`);
    if (schema.uniqueItems && new Set(value.map((v) => JSON.stringify(v))).size !== value.length) fail('has repeated items');
    if (schema.items) value.forEach((item, i) => check(contract, schema.items, item, childPath(path, i), errors));
  }
  if (typeOf(value) === 'object') {
    for (const name of schema.required ?? []) {
      if (!(name in value)) errors.push({ path: childPath(path, name), message: 'missing (required field)' });
    }
    const properties = schema.properties ?? {};
    for (const [name, child] of Object.entries(value)) {
      if (name in properties) check(contract, properties[name], child, childPath(path, name), errors);
      else if (schema.additionalProperties === false) errors.push({ path: childPath(path, name), message: 'is not a field of this object' });
      else if (typeof schema.additionalProperties === 'object') check(contract, schema.additionalProperties, child, childPath(path, name), errors);
      if (schema.propertyNames) check(contract, schema.propertyNames, name, `${path} key ${show(name)}`, errors);
    }
    if (schema.maxProperties !== undefined && Object.keys(value).length > schema.maxProperties) fail(`has more than ${schema.maxProperties} fields`);
  }

  for (const part of schema.allOf ?? []) check(contract, part, value, path, errors);
  if (schema.anyOf && !schema.anyOf.some((option) => validate(contract, option, value, path).length === 0)) {
    fail(`matches none of the allowed forms (got ${typeOf(value)} ${show(value)})`);
  }
  if (schema.oneOf) {
    const tag = schema.discriminator && typeOf(value) === 'object' ? value[schema.discriminator.propertyName] : undefined;
    const mapped = tag !== undefined ? schema.discriminator.mapping?.[tag] : undefined;
    if (mapped) {
      check(contract, { $ref: mapped }, value, path, errors);
    } else {
      const results = schema.oneOf.map((option) => validate(contract, option, value, path));
      const passing = results.filter((r) => r.length === 0).length;
      if (passing !== 1) {
        if (schema.discriminator) fail(`${schema.discriminator.propertyName} ${show(tag)} is not one of ${Object.keys(schema.discriminator.mapping ?? {}).join(', ')}`);
        else if (passing === 0) errors.push(...results.reduce((best, r) => (r.length < best.length ? r : best)));
        else fail('matches more than one allowed form');
      }
    }
  }
}
