/**
 * The backend of a site connected by settings: the REST client with the site's preset,
 * token header, placeholder values and field maps wired in, and the progress and answer
 * models its backend needs. Loaded on the first call of such a site (rest-backend.ts).
 */
import { layerSettings, resolveSettings, type ResolvedSettings, type Settings } from '../../config/settings.js';
import type { Backend, ReadOptions } from '../backend.js';
import { request, type RequestSpec } from '../client.js';
import { ConfigError } from '../errors.js';
import { defaultEndpoint, operations, parseEndpoint, type Endpoint } from '../operations.js';
import { createRestBackend, withOwn } from '../rest.js';
import type { Site } from './site.js';
import { shapeSources } from '../shape.js';
import type { LeaderboardPage, Member, Questionnaire } from '../types.js';
import { answerTrees } from './contract-tree.gen.js';
import { conform } from './contract-tree.js';
import { derive, fillFromParams, findMe } from './derive.js';
import { convert, fillTemplate, mapAnswer, sourceOf, type Trace } from './field-map.js';
import { notOffered } from './not-offered.js';
import { perOptionAnswers } from './per-option.js';
import { percentProgress } from './percent-progress.js';
import { presets } from './presets.js';
import { checkSite } from './site-check.js';
import { tokenReader } from './token-source.js';

const traces = new WeakMap<object, Trace>();
/**
 * The member per API and `me` endpoint, shared by every widget of the page: each widget
 * resolves settings of its own, but they all ask the same backend who is signed in.
 */
const members = new Map<string, Promise<Member>>();
/** Forgets who is signed in everywhere: pb-verify checks several sites, or tokens, in one process. */
export const forgetMembers = () => members.clear();
shapeSources.of = (data, path) => {
  const trace = typeof data === 'object' && data !== null ? traces.get(data) : undefined;
  return trace && sourceOf(trace, path);
};

/** Every name used as `{name}` in a template (an endpoint, a body). */
export function placeholdersOf(template: unknown): string[] {
  return [...(JSON.stringify(template ?? '').matchAll(/\{([\w.$]+)\}/g) ?? [])].map((m) => m[1]!);
}

export function createSite(outer: ResolvedSettings): Site {
  const own = outer.site as Settings;
  const layered = layerSettings([own, presets[own.preset ?? ''] ?? {}]);
  const settings = resolveSettings(layered);
  const problems = [...checkSite(own), ...settings.problems];
  const maps = layered.maps ?? {};
  // Values read from the page's storage are read at each request: a new sign-in changes them.
  const values = () =>
    Object.fromEntries(Object.entries(layered.values ?? {}).map(([key, value]) => [key, typeof value === 'object' && value !== null ? tokenReader(value.from)() : value]));
  const auth = layered.auth ?? {};
  const header = auth.header ?? 'Authorization';
  const prefix = auth.prefix ?? (header.toLowerCase() === 'authorization' ? 'Bearer ' : '');
  const token = layered.getToken ?? (auth.tokenFrom ? tokenReader(auth.tokenFrom) : undefined);

  let known: Member | undefined;

  const site: Site = {
    settings,
    rest: undefined as unknown as Backend,
    backend: undefined as unknown as Backend,
    courses: new Map(),
    member() {
      if (known) return Promise.resolve(known);
      if (settings.notOffered.has('me')) return Promise.reject(new ConfigError('endpoints.me', 'is false, but a template uses {me.…}: give the me endpoint, or values for those placeholders'));
      const key = `${settings.apiBase} ${JSON.stringify(settings.endpoints.me ?? null)}`;
      let reading = members.get(key);
      if (!reading) {
        reading = site.rest.me();
        members.set(key, reading);
        // A failure (offline, signed out) is asked again next time, not remembered.
        reading.catch(() => members.delete(key));
      }
      return reading.then((member) => (known = member));
    },
    scope: (params, member) => ({ ...params, me: member ?? known, values: values() }),
  };

  // The site's token goes in its own header; `getToken` and `auth.tokenFrom` both feed it.
  settings.getToken = undefined;
  settings.headers = async (request) => {
    const value = await token?.();
    if (value) request.headers.set(header, prefix + value);
    for (const [name, template] of Object.entries(auth.headers ?? {})) request.headers.set(name, String(fillTemplate(template, site.scope({}))));
    await layered.headers?.(request);
  };
  settings.prepare = async (spec: RequestSpec) => {
    const { operation } = spec;
    const map = spec.endpoint ? undefined : maps[operation];
    const endpoint = spec.endpoint ?? settings.endpoints[operation] ?? defaultEndpoint(operation);
    const names = [...endpoint.placeholders, ...placeholdersOf(map?.body)];
    const member = operation !== 'me' && names.some((name) => name.startsWith('me.')) ? await site.member(spec.signal) : known;
    const params: Record<string, unknown> = { ...spec.params };
    const own = values();
    for (const name of endpoint.placeholders) {
      if (name.startsWith('me.')) params[name] = (member as unknown as Record<string, unknown>)[name.slice(3)];
      else if (name.startsWith('values.')) params[name] = own[name.slice(7)];
    }
    for (const [name, rule] of Object.entries(map?.params ?? {})) params[name] = convert(params[name], rule);
    const body = map?.body !== undefined && spec.body !== undefined ? fillTemplate(map.body, { ...site.scope(params, member), ...(spec.body as object) }) : spec.body;
    // What the backend keeps apart (a course's lessons), read first, side by side, for the map.
    const reads = Object.entries(map?.with ?? {}).map(async ([name, template]) => {
      const endpoint = parseEndpoint(template, 'GET') as Endpoint;
      return [name, await request(settings, { operation, endpoint, params: params as RequestSpec['params'], signal: spec.signal, member })] as const;
    });
    const joined = reads.length ? Object.fromEntries(await Promise.all(reads)) : undefined;
    return { ...spec, params: params as RequestSpec['params'], asked: spec.params, body, member, with: joined };
  };
  settings.mapAnswer = (body, unwrapped, spec) => {
    const { operation } = spec;
    const params = spec.asked ?? spec.params ?? {};
    if (spec.endpoint) return unwrapped;
    const map = maps[operation];
    const trace: Trace = [];
    const mapped = map ? mapAnswer(map, unwrapped, { body, params, member: spec.member ?? known, now: Date.now(), with: spec.with }, trace) : unwrapped;
    if (mapped === undefined || mapped === null) return mapped;
    const data = conform(derive(operation, fillFromParams(mapped, params, answerTrees[operation]), params), answerTrees[operation]);
    if (trace.length && typeof data === 'object' && data !== null) traces.set(data, trace);
    return data;
  };

  const rest = createRestBackend(settings);
  site.rest = rest;
  if (problems.length) {
    // A wrong setting shows in every widget of the site, naming it, before anything is asked.
    const failing = () => Promise.reject(problems[0]);
    return { ...site, rest: Object.fromEntries(Object.keys(operations).map((name) => [name, failing])) as unknown as Backend };
  }
  return site;
}

/** Remembers what `read` answers per id, for a model to reuse rather than ask again. */
function remembering<T>(read: (id: string, options?: ReadOptions) => Promise<T>, seen: Map<string, Promise<T>>) {
  return (id: string, options?: ReadOptions) => {
    const answer = read(id, options);
    seen.set(id, answer);
    answer.catch(() => seen.delete(id));
    return answer;
  };
}

/**
 * The site's Backend: REST with maps, the operations it does not offer, the models its
 * settings choose (which may serve what the site has no endpoint for: progress read lesson
 * by lesson, answers without a finish call), and the page's own operations
 * (`Settings.backend`, whose `call()` goes with the site's token and envelope).
 */
export function createSiteBackend(outer: ResolvedSettings): Backend {
  const site = createSite(outer);
  const questionnaires = new Map<string, Promise<Questionnaire>>();
  const backend: Backend = { ...site.rest, ...notOffered(site.settings.notOffered, (id) => questionnaires.get(id)) };
  // Every widget's question "who is signed in" (the outbox asks it too) is one request.
  if (!site.settings.notOffered.has('me')) backend.me = () => site.member();
  const { progress, answers } = outer.site as Settings;
  if (progress?.model === 'percent') Object.assign(backend, percentProgress(site));
  if (answers?.mode === 'per-option') Object.assign(backend, perOptionAnswers(site, (id) => questionnaires.get(id)));
  // A ranking that does not say which row is the member's: found by the member's id.
  const getLeaderboard = backend.getLeaderboard;
  backend.getLeaderboard = async (query, options) => {
    const page: LeaderboardPage = await getLeaderboard(query, options);
    if (page.me || site.settings.notOffered.has('me')) return page;
    return { ...page, me: findMe(page, await site.member(options?.signal).catch(() => undefined)) };
  };
  const final = withOwn(outer, backend, site.settings);
  // The models read courses and questionnaires as the widgets do: through the page's own
  // method when it has one (a course whose lessons take a second call), once.
  final.getCourse = remembering(final.getCourse, site.courses);
  final.getQuestionnaire = remembering(final.getQuestionnaire, questionnaires);
  site.backend = final;
  return final;
}
