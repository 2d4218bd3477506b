/**
 * Field maps: a foreign backend's answer turned into the contract's shape, and the
 * contract's request turned into the backend's, from settings that are plain data (see
 * site-types.ts). Pure: no DOM, no network. Each mapped answer remembers where its fields
 * came from, so a shape error can name the backend's field as well as the contract's.
 */
import type { Member } from '../types.js';
import { toIsoTime } from './contract-tree.js';
import type { BodyTemplate, FieldMap, FieldSource, ObjectMap } from './site-types.js';

/** What a map may read besides the object it maps. */
export interface MapContext {
  /** The whole response body, before the envelope. */
  body: unknown;
  params: Readonly<Record<string, unknown>>;
  member?: Member | undefined;
  now: number;
  /** The answers of the map's `with` reads, by name. */
  with?: Readonly<Record<string, unknown>> | undefined;
}

/** Pairs of (contract path, source path) written while mapping, for messages. */
export type Trace = Array<[string, string]>;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A dotted path's steps: `list.0.name` and `list[0].name` alike. */
const steps = (path: string) => path.replace(/\[(\d+)\]/g, '.$1').split('.').filter(Boolean);

function dig(value: unknown, path: string): unknown {
  let at = value;
  for (const step of steps(path)) {
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, step)) return undefined;
    at = (at as Record<string, unknown>)[step];
  }
  return at;
}

/** Reads a source path (see `SourcePath`) against `source`, the object being mapped. */
export function readPath(path: string, source: unknown, context: MapContext, index?: number): unknown {
  const [head = '', ...rest] = path.split('.');
  const tail = rest.join('.');
  switch (head) {
    case '$':
    case '$body':
      return dig(context.body, tail);
    case '$params':
      return context.params[tail];
    case '$me':
      return dig(context.member, tail);
    case '$with':
      return dig(context.with, tail);
    case '$index':
      return index;
    case '$now':
      return new Date(context.now).toISOString();
    default:
      return dig(source, path);
  }
}

/** What `type: "boolean"` reads as true and as false; anything else is left for the shape check to name. */
const yes = new Set(['true', '1', 'Y', 'y', 'yes']);
const no = new Set(['false', '0', 'N', 'n', 'no']);

/** A value through a source's value map, scale, prefix and type. */
export function convert(value: unknown, source: FieldSource): unknown {
  let out = value;
  const { values } = source;
  if (values && out !== undefined && out !== null) {
    const look = (item: unknown) => (Object.hasOwn(values, String(item)) ? values[String(item)] : (source.default ?? item));
    // A list (roles) is mapped item by item; items that map to the same value count once.
    out = Array.isArray(out) ? [...new Set(out.map(look))] : look(out);
  }
  if (out === undefined || out === null) return source.default ?? out;
  if (source.scale !== undefined && out !== '' && Number.isFinite(+(out as number))) out = Math.round(+(out as number) * source.scale * 1e6) / 1e6;
  if (source.prefix && typeof out === 'string' && !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(out)) out = source.prefix.replace(/\/$/, '') + (out.startsWith('/') ? '' : '/') + out;
  if (source.type === 'string') out = String(out);
  else if (source.type === 'number' && typeof out === 'string' && out.trim() !== '') out = +out;
  else if (source.type === 'boolean') out = yes.has(String(out)) ? true : no.has(String(out)) ? false : out;
  else if (source.type === 'datetime') out = toIsoTime(out);
  return out;
}

/**
 * Writes `value` at a dotted contract path, copying the objects on the way; a numeric step
 * makes a list (`pages.0.questions`: one page built from a flat question list). Nothing is
 * written under an object that does not exist yet when there is no value, so
 * `media.src` from an empty `videoUrl` leaves `media` out (its default, null) rather than
 * making a media object with no source.
 */
function put(target: Record<string, unknown>, path: string, value: unknown): void {
  const [head, next, ...rest] = path.split('.');
  if (next === undefined) {
    target[head!] = value;
    return;
  }
  const existing = target[head!];
  if ((value === undefined || value === null) && (typeof existing !== 'object' || existing === null)) return;
  const inner = Array.isArray(existing) ? [...existing] : isObject(existing) ? { ...existing } : /^\d+$/.test(next) ? [] : {};
  target[head!] = inner;
  put(inner as Record<string, unknown>, [next, ...rest].join('.'), value);
}

const pathOf = (base: string, key: string) => `${base}.${key}`;
const sourcePathOf = (base: string, key: string) => (base ? `${base}.${key}` : key);

/**
 * Maps one object: its own fields are kept (a field the map does not name keeps its name),
 * then each mapped contract field is read from its source.
 */
export function mapObject(
  map: ObjectMap,
  source: unknown,
  context: MapContext,
  trace: Trace,
  where: { contract: string; source: string; index?: number | undefined },
): Record<string, unknown> {
  const out: Record<string, unknown> = isObject(source) ? { ...source } : {};
  for (const [field, spec] of Object.entries(map)) {
    const rule: FieldSource = typeof spec === 'string' ? { from: spec } : spec;
    // Several paths: the first that has a value (rows of two kinds in one list: userId or deptId).
    const from = [rule.from ?? field].flat().find((path) => readPath(path, source, context, where.index) !== undefined) ?? [rule.from ?? field].flat()[0]!;
    let value = 'value' in rule ? rule.value : readPath(from, source, context, where.index);
    const contractPath = pathOf(where.contract, field);
    const fromPath = from.startsWith('$') ? from : sourcePathOf(where.source, from);
    if (rule.item && Array.isArray(value)) {
      const itemMap = rule.item;
      value = value.map((item, i) => mapObject(itemMap, item, context, trace, { contract: `${contractPath}[${i}]`, source: `${fromPath}[${i}]`, index: i }));
    }
    trace.push([contractPath, fromPath]);
    put(out, field, convert(value, rule));
  }
  return out;
}

/**
 * A whole answer in the contract's shape. Lists (a map with `items` or `item`) become a
 * page: items mapped one by one, `total` read or counted, and — for backends that page by
 * number — `nextCursor` the next page number while `page × limit < total`.
 */
export function mapAnswer(map: FieldMap, unwrapped: unknown, context: MapContext, trace: Trace): unknown {
  const data = map.data === undefined ? unwrapped : readPath(map.data, unwrapped, context);
  const sourceRoot = map.data && !map.data.startsWith('$') ? map.data : '';
  if (map.items === undefined && map.item === undefined) {
    return map.fields ? mapObject(map.fields, data, context, trace, { contract: '$', source: sourceRoot }) : data;
  }
  const itemsPath = map.items ?? (Array.isArray(data) ? '' : 'items');
  const found = itemsPath ? readPath(itemsPath, data, context) : data;
  // One record where a list was expected (a backend keeping one answer per member) is a list of one; none, an empty list.
  const list = Array.isArray(found) ? found : found === undefined || found === null ? [] : [found];
  const page: Record<string, unknown> = map.fields ? mapObject(map.fields, data, context, trace, { contract: '$', source: sourceRoot }) : isObject(data) ? { ...data } : {};
  // The envelope turned `rows` (RuoYi) into `items`: a message names the backend's own field.
  const named = !map.items && itemsPath === 'items' && isObject(context.body) && Array.isArray(context.body['rows']) ? 'rows' : itemsPath;
  const listPath = named.startsWith('$') ? named : sourcePathOf(sourceRoot, named);
  trace.push(['$.items', listPath]);
  page['items'] = list.map((item, i) =>
    map.item ? mapObject(map.item, item, context, trace, { contract: `$.items[${i}]`, source: `${listPath}[${i}]`, index: i }) : item,
  );
  const total = Number(map.total ? readPath(map.total, data, context) : (page['total'] ?? list.length));
  page['total'] = Number.isFinite(total) ? total : list.length;
  if (page['nextCursor'] === undefined) {
    const number = Math.max(1, Number(context.params['cursor'] ?? 1) || 1);
    const size = Number(context.params['limit']) || list.length;
    page['nextCursor'] = list.length > 0 && number * size < (page['total'] as number) ? String(number + 1) : null;
  }
  return page;
}

/**
 * Where a shape problem at `path` (a JSON path into the mapped answer) came from in the
 * backend's answer, when a map moved it: the longest traced contract path that leads to it,
 * with the rest of the path after the source it was read from.
 */
export function sourceOf(trace: Trace, path: string): string | undefined {
  let best: [string, string] | undefined;
  for (const pair of trace) {
    const [contract] = pair;
    if ((path === contract || path.startsWith(`${contract}.`) || path.startsWith(`${contract}[`)) && (!best || contract.length > best[0].length)) best = pair;
  }
  return best && best[1] + path.slice(best[0].length);
}

const whole = /^\{([\w.$]+)\}$/;
const placeholder = /\{([\w.$]+)\}/g;

/**
 * A body (or any template) filled from `scope`: `"{x}"` alone keeps x's type, other strings
 * are text with each `{x}` filled, `{ each, item }` repeats `item` per entry of a list or
 * object, `{ join, from }` joins a list; objects and arrays are walked.
 */
export function fillTemplate(template: BodyTemplate, scope: Readonly<Record<string, unknown>>): unknown {
  const lookup = (name: string) => (Object.hasOwn(scope, name) ? scope[name] : dig(scope, name));
  if (typeof template === 'string') {
    const alone = whole.exec(template);
    if (alone) return lookup(alone[1]!);
    return template.replace(placeholder, (_, name: string) => {
      const value = lookup(name);
      return value === undefined || value === null ? '' : String(value);
    });
  }
  if (Array.isArray(template)) return template.map((item) => fillTemplate(item, scope));
  if (!isObject(template)) return template;
  if (typeof template['each'] === 'string' && 'item' in template) {
    const source = lookup(template['each'].replace(/^\{|\}$/g, ''));
    const entries: Array<[unknown, unknown]> = Array.isArray(source) ? source.map((v, i) => [i, v]) : isObject(source) ? Object.entries(source) : [];
    return entries.map(([key, value], index) => fillTemplate(template['item'], { ...scope, key, value, index }));
  }
  if (typeof template['join'] === 'string' && 'from' in template) {
    const list = fillTemplate(template['from'], scope);
    return Array.isArray(list) ? list.join(template['join']) : list;
  }
  return Object.fromEntries(Object.entries(template).map(([key, value]) => [key, fillTemplate(value, scope)]));
}
