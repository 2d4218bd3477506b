/**
 * The REST backend: every operation of the contract over HTTP through the client, and a
 * page's own operations laid over it. A module of its own because the site backend (a lazy
 * chunk that rest-backend.ts loads) builds on it too, and must not import its loader.
 */
import type { ResolvedSettings } from '../config/settings.js';
import type { Backend, BackendTools, WriteOptions } from './backend.js';
import { overriddenBy, request, type ClientDeps } from './client.js';
import { ConfigError, ProblemError } from './errors.js';
import { defaultEndpoint, operations, parseEndpoint, type OperationName } from './operations.js';

/**
 * One REST method from its row in the operations table. Every `Backend` method takes
 * its path parameters first, then the query object (operations with query parameters),
 * then the body (writes), then the options; so one function serves them all.
 */
function restMethod(settings: ResolvedSettings, operation: OperationName, deps: ClientDeps | undefined) {
  const { method, placeholders } = defaultEndpoint(operation);
  const hasQuery = operations[operation].length > 1;
  return (...args: unknown[]) => {
    const params: Record<string, unknown> = {};
    placeholders.forEach((name, i) => (params[name] = args[i]));
    let next = placeholders.length;
    if (hasQuery) Object.assign(params, args[next++]);
    // A write's body comes before its options; a write without one (startAttempt) sends {}.
    const body = method === 'GET' ? undefined : args.length - next >= 2 ? args[next++] : {};
    const options = (args[next] ?? {}) as Partial<WriteOptions>;
    return request(
      settings,
      { operation, params: params as never, body, signal: options.signal, idempotencyKey: options.idempotencyKey, keepalive: options.keepalive },
      deps,
    );
  };
}

/**
 * The default `Backend`: every operation over the REST contract, through the client
 * (endpoint templates, envelopes, retries, CSRF, bearer token, idempotency keys).
 * Its answers are not checked: `backendFor` checks them, whatever backend served them.
 */
export function createRestBackend(settings: ResolvedSettings, deps?: ClientDeps): Backend {
  const backend = Object.fromEntries(
    Object.keys(operations).map((operation) => [operation, restMethod(settings, operation as OperationName, deps)]),
  ) as unknown as Backend;
  const getDraft = backend.getDraft;
  // No draft yet is `200 null` in the contract; backends written against contract 1.0
  // answer 404, which means the same "nothing" to the widget.
  backend.getDraft = (id, options) =>
    getDraft(id, options).catch((error: unknown) => {
      if (error instanceof ProblemError && error.status === 404) return null;
      throw error;
    });
  return backend;
}

/**
 * `rest` with the page's own operations laid over it (`Settings.backend`); `calls` are the
 * settings a page's `call()` goes through.
 */
export function withOwn(settings: ResolvedSettings, rest: Backend, calls = settings): Backend {
  return { ...rest, ...settings.backend, ...(settings.backendFactory ? buildOwn(settings, rest, calls) : {}) };
}

/** Runs a `Settings.backend` function, keeping only its operations (each a function). */
function buildOwn(settings: ResolvedSettings, rest: Backend, calls: ResolvedSettings): Partial<Backend> {
  const tools: BackendTools = {
    rest,
    call(operation, template, init = {}) {
      const endpoint = parseEndpoint(template, init.body === undefined ? 'GET' : 'POST');
      if (typeof endpoint === 'string') return Promise.reject(new ConfigError('backend', `call(${operation}): ${endpoint}`));
      const { params, body, signal, idempotencyKey, keepalive } = init;
      return request(calls, { operation, endpoint, params, body, signal, idempotencyKey, keepalive });
    },
  };
  let built: Partial<Backend>;
  try {
    built = settings.backendFactory?.(tools) ?? {};
  } catch (error) {
    // A broken page script must show as a clear message in every widget, not a blank page.
    const failure = new ConfigError('backend', `the function threw: ${error instanceof Error ? error.message : String(error)}`);
    built = Object.fromEntries(Object.keys(operations).map((name) => [name, () => Promise.reject(failure)]));
  }
  const own = Object.fromEntries(
    Object.entries(built).filter(([name, method]) => name in operations && typeof method === 'function'),
  ) as Partial<Backend>;
  overriddenBy.set(settings, new Set(Object.keys(own)));
  return own;
}
