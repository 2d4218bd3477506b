/**
 * The JSON-able settings that connect a backend which does not speak the contract:
 * field maps, request templates, where the token is, progress and answer models. All of it
 * is data, so one object serves `configure()`, `<pb-config site='…'>` and
 * `pb-verify --config site.json`. See docs/connect-your-backend.md.
 */
import type { OperationName } from '../operations.js';

/**
 * Where a contract field's value comes from. A string is a dotted path into the source
 * object (`dept.deptName`, `chapters.0.id`); `$body.` starts at the whole response body
 * (before the envelope), `$params.` at the request's parameters, `$me.` at the member,
 * `$with.` at the answers of the map's `with` reads, `$index` is an item's position in its
 * list and `$now` the time of the answer.
 */
export type SourcePath = string;

export interface FieldSource {
  /** The path to read (or several: the first that has a value); omitted: the contract field's own name. */
  from?: SourcePath | SourcePath[];
  /** A literal value instead of a path. */
  value?: unknown;
  /** Value map, keys compared as strings: `{ "Y": true, "N": false }`, dict code → label. */
  values?: Readonly<Record<string, unknown>>;
  /** Used when the source has no value (or one the value map does not know). */
  default?: unknown;
  /** Multiplies a number (a string of digits counts): minutes → seconds is 60, 元 → 分 is 100. */
  scale?: number;
  /** Put before a string, e.g. the API's origin before RuoYi's `/profile/upload/…` paths. */
  prefix?: string;
  /** Converts: `datetime` reads `2024-05-01 10:00:00` as China time, epoch ms and ISO into ISO. */
  type?: 'string' | 'number' | 'boolean' | 'datetime';
  /** For a list: the map of each of its items. */
  item?: ObjectMap;
}

/** Contract field (dotted for nested objects: `progress.percent`) → where it comes from. */
export type ObjectMap = Readonly<Record<string, SourcePath | FieldSource>>;

/**
 * A JSON template for a request body: strings are templates (`"{courseId}"` alone keeps the
 * value's type, `"{a}-{b}"` is text), objects and arrays are walked, and
 * `{ "each": "answers", "item": {…} }` makes one element per entry of a list or object
 * (placeholders `{key}`, `{value}`, `{index}` and `{value.x}` inside), and
 * `{ "join": ",", "from": "{value}" }` joins a list into text.
 */
export type BodyTemplate = unknown;

/** How one operation's request and answer differ from the contract. */
export interface FieldMap {
  /** Where the answer's data is: a path into what the envelope unwrapped, or `$` / `$body.x` into the whole body. */
  data?: SourcePath;
  /** For lists: where the array is (default `items`, or the envelope's rows) and the total. */
  items?: SourcePath;
  total?: SourcePath;
  /** The map of each item of a list. */
  item?: ObjectMap;
  /** The map of the answer object itself (for a list: of the page around the items). */
  fields?: ObjectMap;
  /** Value maps for parameters before they fill the endpoint template: `{ "required": { "values": { "true": "Y" } } }`. */
  params?: Readonly<Record<string, FieldSource>>;
  /** The body of a write, as a template over the contract's request (`{months}`, `{answers}`…). */
  body?: BodyTemplate;
  /**
   * Reads made beside this one, with the same parameters, for what the backend keeps apart
   * (JeecgBoot's one-to-many `queryXxxByMainId`): name → endpoint template; the map reads
   * each answer (after the envelope) as `$with.name`.
   *
   * @example { "with": { "lessons": "/study/course/queryLessonByMainId?id={courseId}" }, "fields": { "lessons": { "from": "$with.lessons", "item": { … } } } }
   */
  with?: Readonly<Record<string, string>>;
}

export interface AuthSettings {
  /**
   * Where the page keeps the member's token: `cookie:Admin-Token`, `localStorage:satoken`,
   * `sessionStorage:token`; `#path` reads inside a JSON value
   * (`localStorage:pro__Access-Token#value`). A `getToken` function wins over it.
   */
  tokenFrom?: string;
  /** The header that carries it; default `Authorization`. */
  header?: string;
  /** Put before the token; default `Bearer ` for `Authorization`, nothing for other headers. */
  prefix?: string;
  /** Headers sent with every request, templates allowed: `{ "tenant-id": "{values.tenantId}" }`. */
  headers?: Readonly<Record<string, string>>;
}

export interface ProgressSettings {
  /**
   * `intervals` (default): the contract's heartbeat batches, the server credits time.
   * `percent`: the lesson's percentage and position, for backends that store only those.
   */
  model?: 'intervals' | 'percent';
  /** Percent is 0–100 (default) or 0–1 (`1`). */
  scale?: 100 | 1;
  /** Read-then-create-or-update: reads the record (`{record.x}` in the body then holds its fields)… */
  read?: string;
  /** …then creates it when the read found none… */
  create?: string;
  /** …or updates it. */
  update?: string;
  /**
   * Where the read record keeps the percentage (default `percent`) and the position to
   * resume at (default `position`): a path, or a field source (`{ "from": "lastPositionMs", "scale": 0.001 }`).
   */
  percentFrom?: SourcePath | FieldSource;
  positionFrom?: SourcePath | FieldSource;
}

export interface AnswerSettings {
  /** `whole` (default): one submission with every answer. `per-option`: one request per chosen option. */
  mode?: 'whole' | 'per-option';
  /** per-option: the request for one option (`POST /exam/{questionnaireId}/answers`); body from `body`. */
  answer?: string;
  /**
   * The body of one answer: placeholders `{questionId}`, `{value}` (the option's value, or the
   * text), `{key}` (a grid's row), `{index}`. The submission itself then goes to
   * `endpoints.submitResponse` (the backend's "finish" call, mapped by `maps.submitResponse`),
   * or nowhere when that is `false`.
   */
  body?: BodyTemplate;
  /** The body for a question answered in words or a number (text, longtext, number), when it differs from `body`. */
  textBody?: BodyTemplate;
}

/** Every JSON-able setting that connects a foreign backend. */
export interface SiteSettings {
  /** A named set of defaults: `ruoyi`, `jeecg`, `sa-token`. */
  preset?: string;
  auth?: AuthSettings;
  /**
   * Extra placeholder values for any template: `{values.tenantId}`. A value may be read
   * where the site's own front end keeps it, as tokens are: `{ "from": "localStorage:userId" }`.
   */
  values?: Readonly<Record<string, string | number | boolean | { from: string }>>;
  maps?: Partial<Record<OperationName, FieldMap>>;
  progress?: ProgressSettings;
  answers?: AnswerSettings;
}
