import type { ResolvedSettings } from '../config/settings.js';
import { ConfigError, NetworkError, PbError, ProblemError, ShapeError, TimeoutError, isAbort } from './errors.js';
import { parseJson } from './json.js';
import { randomId } from './keys.js';
import { defaultEndpoint, type Endpoint, type OperationName } from './operations.js';
import { problemFromResponse } from './problem.js';
import { parseRetryAfter, retryWait } from './retry.js';
import type { ParamValue, RequestSpec } from './request-spec.js';

export type { RequestSpec } from './request-spec.js';

/** Seams for tests and unusual hosts: the fetch to use, the randomness and the clock of retries. */
export interface ClientDeps {
  fetch?: typeof fetch;
  random?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

function endpointOf(settings: ResolvedSettings, operation: OperationName): Endpoint {
  return settings.endpoints[operation] ?? defaultEndpoint(operation);
}

function joinUrl(base: string, path: string): string {
  if (/^(https?:)?\/\//i.test(path)) return path;
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** Operations a `Settings.backend` function built, recorded by `backendFor` for messages. */
export const overriddenBy = new WeakMap<ResolvedSettings, Set<string>>();

/**
 * How an operation is reached, for messages: `GET /api/v1/courses/{courseId}`, or
 * `backend.getCourse()` when the page implements it.
 */
export function describeOperation(settings: ResolvedSettings, operation: OperationName): string {
  if (settings.backend[operation] || overriddenBy.get(settings)?.has(operation)) return `backend.${operation}()`;
  const { method, path } = endpointOf(settings, operation);
  return `${method} ${joinUrl(settings.apiBase ?? '', path)}`;
}

const isBlank = (value: unknown) => value === undefined || value === null || value === '';

function buildUrl(base: string, endpoint: Endpoint, params: Readonly<Record<string, ParamValue>>, pathParams: string[]): string {
  const fill = (text: string) => text.replace(/\{([\w.]+)\}/g, (_, name: string) => encodeURIComponent(String(params[name] ?? '')));
  const [route = '', ...queryText] = endpoint.path.split('?');
  // A template's query pair whose placeholder has no value is left out (`&courseName={q}` without a search).
  const pairs = queryText.join('?').split('&').filter((pair) => pair && !/\{([\w.]+)\}/.exec(pair)?.slice(1).some((name) => isBlank(params[name])));
  const path = fill(route) + (pairs.length ? `?${fill(pairs.join('&'))}` : '');
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    // A site's template may leave out a path parameter (it goes in the body there): never a query.
    if (!endpoint.placeholders.includes(name) && !pathParams.includes(name) && !isBlank(value)) {
      query.append(name, String(value));
    }
  }
  const search = query.toString();
  return joinUrl(base, path) + (search ? (path.includes('?') ? '&' : '?') + search : '');
}

/** `AbortSignal.any` where the browser has it, wired by hand where it does not. */
function anySignal(signals: AbortSignal[]): AbortSignal {
  if ('any' in AbortSignal) return AbortSignal.any(signals);
  const controller = new AbortController();
  for (const signal of signals) {
    if (signal.aborted) controller.abort(signal.reason);
    else signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  }
  return controller.signal;
}

function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });
}

function parseBody(text: string, contentType: string, where: string, ok: boolean): unknown {
  if (!text) return null;
  if (/json/i.test(contentType)) {
    try {
      return parseJson(text);
    } catch {
      throw new ShapeError(where, '$', 'the body is not valid JSON');
    }
  }
  if (!ok) return undefined;
  throw new ShapeError(where, '$', `expected JSON, got ${contentType || 'a body without a content type'} (a login page or a proxy answered?)`);
}

/**
 * Sends one contract operation and returns its body in the contract's shape (after the
 * envelope adapter and any per-operation transform). Transient failures are retried with
 * backoff and jitter: reads always, writes only with their idempotency key, which stays
 * the same across the retries. Errors are `PbError`s; an abort by the caller rejects with
 * the signal's reason.
 */
export async function request(settings: ResolvedSettings, spec: RequestSpec, deps: ClientDeps = {}): Promise<unknown> {
  if (settings.prepare) spec = await settings.prepare(spec);
  const { operation, params = {}, signal } = spec;
  if (!settings.apiBase) {
    throw new ConfigError('api-base', `is not set, so ${operation} has no server to ask: add api-base="/api/v1" to the element or a <pb-config>`);
  }
  const endpoint = spec.endpoint ?? endpointOf(settings, operation);
  const url = buildUrl(settings.apiBase, endpoint, params, defaultEndpoint(operation).placeholders);
  const where = `${endpoint.method} ${url}`;
  const write = endpoint.method !== 'GET';
  const key = write ? (spec.idempotencyKey ?? randomId()) : undefined;
  const fetchImpl = deps.fetch ?? globalThis.fetch.bind(globalThis);
  const sleep = deps.sleep ?? abortableSleep;

  const once = async (): Promise<unknown> => {
    const headers = new Headers({ Accept: 'application/json, application/problem+json' });
    if (spec.body !== undefined) headers.set('Content-Type', 'application/json');
    if (key) headers.set('Idempotency-Key', key);
    if (write) {
      const csrf = settings.csrfToken();
      if (csrf) headers.set(settings.csrfHeader, csrf);
    }
    let token: string | null | undefined;
    try {
      token = await settings.getToken?.();
    } catch (error) {
      throw pageFunctionFailed('getToken', `for ${where}`, error);
    }
    if (token) headers.set('Authorization', `Bearer ${token}`);
    try {
      await settings.headers?.({ operation, method: endpoint.method, url, headers });
    } catch (error) {
      throw pageFunctionFailed('headers', `for ${where}`, error);
    }

    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), settings.timeoutMs);
    try {
      const response = await fetchImpl(url, {
        method: endpoint.method,
        headers,
        body: spec.body === undefined ? null : JSON.stringify(spec.body),
        credentials: settings.credentials,
        keepalive: spec.keepalive ?? false,
        signal: signal ? anySignal([signal, timeout.signal]) : timeout.signal,
      });
      const body = parseBody(await response.text(), response.headers.get('Content-Type') ?? '', where, response.ok);
      if (!response.ok) {
        const problem = problemFromResponse(response.status, response.statusText, body, parseRetryAfter(response.headers.get('Retry-After')));
        problem.endpoint = where;
        throw problem;
      }
      return body;
    } catch (error) {
      if (error instanceof PbError) throw error;
      if (signal?.aborted) throw signal.reason;
      if (timeout.signal.aborted) throw new TimeoutError(where, settings.timeoutMs);
      throw new NetworkError(where, { cause: error });
    } finally {
      clearTimeout(timer);
    }
  };

  let body: unknown;
  for (let attempt = 0; ; attempt++) {
    try {
      body = await once();
      break;
    } catch (error) {
      if (isAbort(error) || !(error instanceof PbError) || !error.retryable) throw error;
      // The browser knows it has no network: waiting will not bring it back, and being
      // back online is an event (widgets load again, the outbox sends) rather than a guess.
      // (Node, where pb-verify runs this client, has no navigator: there it only retries.)
      if (globalThis.navigator?.onLine === false) throw error;
      const retryAfterMs = error instanceof ProblemError && error.retryAfter !== undefined ? error.retryAfter * 1000 : undefined;
      const wait = retryWait(attempt, retryAfterMs, settings.retry, deps.random);
      if (wait === null) throw error;
      await sleep(wait, signal);
    }
  }
  return adapt(settings, spec, body, where, endpoint.method === 'GET');
}

function adapt(settings: ResolvedSettings, spec: RequestSpec, body: unknown, where: string, read: boolean): unknown {
  const { operation, member } = spec;
  const params = spec.asked ?? spec.params ?? {};
  const run = (setting: string, step: () => unknown) => {
    try {
      return step();
    } catch (error) {
      throw pageFunctionFailed(setting, `on the answer of ${where}`, error);
    }
  };
  const context = { operation, params, status: 200, member };
  let data = run('envelope', () => settings.adapter(body, context));
  if (settings.mapAnswer) data = run(`maps.${operation}`, () => settings.mapAnswer!(body, data, spec));
  // A read whose envelope says success but holds no data (RuoYi's `{code: 200, msg}` for a
  // record that is not there) found nothing: a 404, not a broken backend.
  if (data === undefined && read) throw Object.assign(new ProblemError({ status: 404, title: 'Not Found', detail: `${where} answered without data` }), { endpoint: where });
  const transform = spec.endpoint === undefined ? settings.transform[operation] : undefined;
  return transform ? run(`transform.${operation}`, () => transform(data, context)) : data;
}

/**
 * What a page's own function (`getToken`, an envelope, a transform) threw: a configuration
 * error naming that setting, so the webmaster knows where to look; a `PbError` thrown on
 * purpose (an envelope's failure code) stays as it is.
 */
function pageFunctionFailed(setting: string, when: string, error: unknown): unknown {
  return error instanceof PbError ? error : new ConfigError(setting, `threw ${when}: ${error instanceof Error ? error.message : String(error)}`);
}
