import type { Backend, BackendFactory } from '../api/backend.js';
import { envelopePresets, presetAdapter, type AdapterContext, type EnvelopePreset, type ResponseAdapter } from '../api/envelopes.js';
import { ConfigError } from '../api/errors.js';
import { checkTemplate, operations, type Endpoint, type OperationName } from '../api/operations.js';
import { defaultRetryPolicy, type RetryPolicy } from '../api/retry.js';
import { defaultLocale, matchLocale, type Locale } from '../i18n/locale.js';
import type { SiteSettings } from '../api/site/site-types.js';
import type { RequestSpec } from '../api/request-spec.js';

export type ThemeName = 'light' | 'dark' | 'large-text' | 'auto';
export const themeNames: readonly ThemeName[] = ['light', 'dark', 'large-text', 'auto'];

/**
 * Everything a page can configure, from an element's attributes, a `<pb-config>` or
 * `configure()`. Every field is optional; unset fields fall through to the next layer.
 */
export interface Settings extends SiteSettings {
  /** Base URL of the REST API, e.g. `/api/v1` or `https://portal.example.cn/api/v1`. */
  apiBase?: string | undefined;
  /** `zh-CN` (default) or `en`; other Chinese and English tags map to these. */
  locale?: string | undefined;
  /** `light` (default), `dark`, `large-text` (适老化: larger text, higher contrast) or `auto`. */
  theme?: ThemeName | undefined;
  /** `fetch` credentials mode; `include` (default) sends the portal's session cookie. */
  credentials?: RequestCredentials | undefined;
  /** Returns a bearer token for `Authorization`, for portals that use tokens, not cookies. */
  getToken?: (() => string | null | undefined | Promise<string | null | undefined>) | undefined;
  /** Header that carries the CSRF token on writes; default `X-CSRF-Token`. */
  csrfHeader?: string | undefined;
  /** `name` of the `<meta>` element holding the CSRF token; default `csrf-token`. */
  csrfMeta?: string | undefined;
  /** Reads the CSRF token some other way (a cookie, a global); replaces the `<meta>` lookup. */
  csrfToken?: (() => string | null | undefined) | undefined;
  /**
   * Endpoint templates per operation: `"/api/study/course/get?id={courseId}"` or `"POST /x/{id}"`;
   * `false`: the site does not offer it (the widget says so and asks nothing).
   */
  endpoints?: Partial<Record<OperationName, string | false>> | undefined;
  /** How response bodies are wrapped: a preset name or a function returning the contract's shape. */
  envelope?: EnvelopePreset | ResponseAdapter | undefined;
  /** `code` values that mean success in a `code-msg-data` envelope; default 200, "200", 0, "0". */
  successCodes?: ReadonlyArray<number | string> | undefined;
  /** Per-operation reshaping after the envelope (and after `maps`), for what a map cannot say. */
  transform?: Partial<Record<OperationName, (data: unknown, context: AdapterContext) => unknown>> | undefined;
  /** Adds or changes headers of every request (a signature, a tenant id); may be async. */
  headers?: ((request: RequestHeaders) => void | Promise<void>) | undefined;
  /** Milliseconds before a request counts as timed out; default 15000. */
  timeoutMs?: number | undefined;
  /** Retry tuning for transient failures. */
  retry?: Partial<RetryPolicy> | undefined;
  /**
   * Operations the site implements itself; the rest use the REST contract. A function
   * receives the REST backend and a `call` helper (the library's client) and returns them.
   */
  backend?: Partial<Backend> | BackendFactory | undefined;
  /**
   * The portal's sign-in page, linked as "Sign in again" when the session has ended (401).
   * `{return}` becomes the current page's address (path, query, hash; URL-encoded), e.g.
   * `/login.html?next={return}`. Unset: the member is asked to sign in, with no link.
   */
  loginHref?: string | undefined;
}

/** What `Settings.headers` receives: the request being made, its headers to change. */
export interface RequestHeaders {
  operation: OperationName;
  method: string;
  url: string;
  headers: Headers;
}

/** Settings after layering, defaults and checks: what elements and the client use. */
export interface ResolvedSettings {
  apiBase: string | undefined;
  locale: Locale;
  theme: ThemeName;
  credentials: RequestCredentials;
  getToken: Settings['getToken'];
  csrfHeader: string;
  csrfToken: () => string | null | undefined;
  endpoints: Partial<Record<OperationName, Endpoint>>;
  adapter: ResponseAdapter;
  transform: NonNullable<Settings['transform']>;
  timeoutMs: number;
  retry: RetryPolicy;
  backend: Partial<Backend>;
  /** `Settings.backend` given as a function; `backendFor` builds it once per settings. */
  backendFactory: BackendFactory | undefined;
  /** The sign-in page's address template (`{return}` still in it); undefined when unset or unsafe. */
  loginHref: string | undefined;
  /** Problems found while resolving; each names the setting to fix. */
  problems: ConfigError[];
  /** Operations the site does not offer (`endpoints: { x: false }`). */
  notOffered: ReadonlySet<string>;
  headers: Settings['headers'];
  /**
   * The layered settings when they use what the lazy site module serves (`preset`, `auth`,
   * `values`, `maps`, `progress`, `answers`, operations not offered, `{me.…}` placeholders):
   * `backendFor` hands them on.
   */
  site: Settings | undefined;
  /** Set by the site module on the settings it derives: fills a request's parameters and body… */
  prepare?: (spec: RequestSpec) => Promise<RequestSpec>;
  /** …and turns the answer into the contract's shape (after the envelope, before `transform`). */
  mapAnswer?: (body: unknown, unwrapped: unknown, spec: RequestSpec) => unknown;
}

const keyedSettings = ['endpoints', 'transform', 'backend', 'retry', 'maps', 'values', 'auth'] as const;
const siteKeys = ['preset', 'auth', 'values', 'maps', 'progress', 'answers'] as const;

/**
 * Layers settings, highest priority first (element, nearest `<pb-config>`, page default).
 * A field set to `undefined` counts as unset. Keyed settings (endpoints, transform,
 * backend, retry) merge key by key, so a `<pb-config>` overriding one endpoint keeps the
 * page's other templates.
 */
export function layerSettings(layers: ReadonlyArray<Settings | undefined>): Settings {
  const merged: Record<string, unknown> = {};
  for (const layer of [...layers].reverse()) {
    if (!layer) continue;
    for (const [key, value] of Object.entries(layer)) {
      if (value === undefined) continue;
      const keyed = (keyedSettings as readonly string[]).includes(key) && typeof value === 'object' && typeof merged[key] === 'object';
      merged[key] = keyed ? { ...(merged[key] as object), ...(value as object) } : value;
    }
  }
  return merged as Settings;
}

function readMeta(name: string): () => string | null | undefined {
  return () => globalThis.document?.querySelector<HTMLMetaElement>(`meta[name="${CSS.escape(name)}"]`)?.content;
}

const defaultSuccessCodes = [200, '200', 0, '0'];
const credentialModes: readonly RequestCredentials[] = ['include', 'same-origin', 'omit'];

/**
 * Resolves layered settings into what the client needs, collecting a `ConfigError` for
 * each malformed setting instead of throwing: widgets show these, they never break the page.
 *
 * @param documentLang the `lang` in effect where the element sits, used when no layer sets a locale.
 */
export function resolveSettings(settings: Settings, documentLang?: string | null): ResolvedSettings {
  const problems: ConfigError[] = [];

  let locale = matchLocale(settings.locale);
  if (settings.locale !== undefined && !locale) {
    problems.push(new ConfigError('locale', `"${settings.locale}" is not supported: use "zh-CN" or "en"`));
  }
  locale ??= matchLocale(documentLang) ?? defaultLocale;

  /** A setting with a fixed set of values: the first is the default and stands in for a wrong one. */
  const oneOf = <V>(setting: string, value: V | undefined, allowed: readonly V[], or = ''): V => {
    if (value === undefined || allowed.includes(value)) return value ?? allowed[0]!;
    problems.push(new ConfigError(setting, `"${String(value)}" is not one of ${allowed.join(', ')}${or}`));
    return allowed[0]!;
  };
  const theme = oneOf('theme', settings.theme, themeNames);
  const credentials = oneOf('credentials', settings.credentials, credentialModes);

  const siteText = (settings as { site?: unknown }).site;
  if (typeof siteText === 'string') problems.push(new ConfigError('site', `is not a JSON object of settings: ${siteText.slice(0, 80)}`));

  const endpoints: Partial<Record<OperationName, Endpoint>> = {};
  const notOffered = new Set<string>();
  if (typeof settings.endpoints === 'string') {
    // The endpoints attribute of <pb-config> held text that is not a JSON object.
    problems.push(new ConfigError('endpoints', `is not a JSON object of templates: ${settings.endpoints}`));
  }
  for (const [name, template] of Object.entries(typeof settings.endpoints === 'object' ? settings.endpoints : {})) {
    if (!(name in operations)) {
      problems.push(new ConfigError(`endpoints.${name}`, `is not an operation of the contract (${Object.keys(operations).join(', ')})`));
    } else if (template === false) {
      notOffered.add(name);
    } else if (typeof template !== 'string') {
      problems.push(new ConfigError(`endpoints.${name}`, 'must be a string such as "/path/{id}", or false'));
    } else {
      const checked = checkTemplate(name as OperationName, template);
      if (typeof checked === 'string') problems.push(new ConfigError(`endpoints.${name}`, checked));
      else endpoints[name as OperationName] = checked;
    }
  }

  const envelope = settings.envelope;
  const adapter: ResponseAdapter =
    typeof envelope === 'function'
      ? envelope
      : presetAdapter(oneOf('envelope', envelope, envelopePresets, ' or a function'), settings.successCodes ?? defaultSuccessCodes);

  let timeoutMs = settings.timeoutMs ?? 15_000;
  if (!(Number.isFinite(timeoutMs) && timeoutMs > 0)) {
    problems.push(new ConfigError('timeout', `must be a positive number of milliseconds, not "${String(timeoutMs)}"`));
    timeoutMs = 15_000;
  }

  const backendFactory = typeof settings.backend === 'function' ? settings.backend : undefined;
  const backend = typeof settings.backend === 'object' && settings.backend !== null ? settings.backend : {};
  if (settings.backend !== undefined && !backendFactory && typeof settings.backend !== 'object') {
    problems.push(new ConfigError('backend', 'must be an object of operations or a function returning one'));
  }
  for (const [name, method] of Object.entries(backend)) {
    if (!(name in operations)) problems.push(new ConfigError(`backend.${name}`, 'is not an operation of the Backend interface'));
    else if (typeof method !== 'function') problems.push(new ConfigError(`backend.${name}`, 'must be a function'));
  }

  let loginHref = settings.loginHref?.trim() || undefined;
  if (loginHref && !isWebAddress(loginHref)) {
    problems.push(new ConfigError('login-href', `must be a path or an http(s) address, not "${loginHref}"`));
    loginHref = undefined;
  }

  return {
    apiBase: settings.apiBase?.trim() || undefined,
    locale,
    theme,
    credentials,
    getToken: settings.getToken,
    csrfHeader: settings.csrfHeader ?? 'X-CSRF-Token',
    csrfToken: settings.csrfToken ?? readMeta(settings.csrfMeta ?? 'csrf-token'),
    endpoints,
    adapter,
    transform: settings.transform ?? {},
    timeoutMs,
    retry: { ...defaultRetryPolicy, ...settings.retry },
    backend,
    backendFactory,
    loginHref,
    problems,
    notOffered,
    headers: settings.headers,
    // What only the site module serves: a preset or maps, an operation not offered, a `{me.id}`.
    site: siteKeys.some((key) => settings[key] !== undefined) || notOffered.size || Object.values(endpoints).some((e) => e.placeholders.some((p) => p.includes('.'))) ? settings : undefined,
  };
}

/** A path or an http(s) URL: never `javascript:` or `data:` in a link the library renders. */
function isWebAddress(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, document.baseURI).protocol);
  } catch {
    return false;
  }
}
