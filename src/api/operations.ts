import { operations, type OperationName } from '../contract/operations.gen.js';

/** The contract's operations as data (generated from openapi.yaml): one row per `Backend` method. */
export { operations, type OperationName };

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A parsed endpoint template: method, path with `{name}` placeholders, and their names. */
export interface Endpoint {
  method: HttpMethod;
  path: string;
  placeholders: string[];
}

const methodPattern = /^(GET|POST|PUT|PATCH|DELETE)\s+(\S+)$/;
const placeholderPattern = /\{([A-Za-z_][\w.]*)\}/g;

/**
 * Parses `"POST /path/{id}"` or a bare path (which keeps the operation's default method).
 * Returns a message naming what is wrong instead of throwing, so configuration problems
 * can be shown in the widget.
 */
export function parseEndpoint(template: string, defaultMethod: HttpMethod): Endpoint | string {
  const trimmed = template.trim();
  const match = methodPattern.exec(trimmed);
  const method = (match?.[1] as HttpMethod | undefined) ?? defaultMethod;
  const path = match?.[2] ?? trimmed;
  if (!path || /\s/.test(path)) return `"${template}" is not "[METHOD] /path"`;
  const withoutPlaceholders = path.replace(placeholderPattern, '');
  if (/[{}]/.test(withoutPlaceholders)) return `"${template}" has an unbalanced or empty "{…}" placeholder`;
  const placeholders = [...path.matchAll(placeholderPattern)].map((m) => m[1]!);
  return { method, path, placeholders };
}

/** The default endpoint of an operation, already known to be well formed. */
export function defaultEndpoint(operation: OperationName): Endpoint {
  return parseEndpoint(operations[operation][0], 'GET') as Endpoint;
}

/** Every name a template of this operation may use: path parameters and query parameters. */
export function parameterNames(operation: OperationName): string[] {
  const [, ...query] = operations[operation];
  return [...defaultEndpoint(operation).placeholders, ...query];
}

/**
 * Checks a site's template for an operation; returns the endpoint or a message saying
 * what is wrong with it.
 */
export function checkTemplate(operation: OperationName, template: string): Endpoint | string {
  const parsed = parseEndpoint(template, defaultEndpoint(operation).method);
  if (typeof parsed === 'string') return parsed;
  const known = parameterNames(operation);
  // `{me.id}` and `{values.x}` come from the member and the site's values (the site module fills them).
  const unknown = parsed.placeholders.find((name) => !known.includes(name) && !/^(me|values)\.\w/.test(name));
  if (unknown) {
    return `"{${unknown}}" is not a parameter of ${operation} (it has ${[...known, 'me.…', 'values.…'].map((n) => `{${n}}`).join(', ')})`;
  }
  return parsed;
}
