/**
 * Writes the field tables of docs/connect-your-backend.md (between its `field-tables`
 * markers) from src/api/openapi.yaml: per widget, the operations it uses, the placeholders
 * their templates may use, and every field of their answers with its type and what happens
 * when a backend does not send it (a documented `default:`, filled in by the library, or
 * required). Generated, so the guide cannot drift from the contract; test/package/docs-examples.test.ts
 * fails when the guide is not current.
 *
 *   npx tsx scripts/gen-field-tables.ts          rewrite the section
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';

type Schema = Record<string, unknown>;

export const START = '<!-- field-tables:start -->';
const GENERATED = '<!-- Generated from src/api/openapi.yaml by `npx tsx scripts/gen-field-tables.ts` (also run by `npm run gen:api`): do not edit by hand. -->';
export const END = '<!-- field-tables:end -->';

/** The widgets and the operations each one calls, in the order a webmaster meets them. */
const widgets: Array<[string, string[], string?]> = [
  ['`<pb-course-catalog>`', ['listCourses']],
  ['`<pb-course-player>`', ['getCourse', 'getCourseProgress', 'reportProgress']],
  ['`<pb-questionnaire>`', ['getQuestionnaire', 'startAttempt', 'getDraft', 'saveDraft', 'submitResponse', 'getMyResponses']],
  ['`<pb-dues-status>`', ['getDues', 'createPayment', 'getPayment']],
  ['`<pb-dues-summary>`', ['getDuesSummary']],
  ['`<pb-leaderboard>`', ['getLeaderboard']],
  ['`<pb-stat-chart>`', ['getStats']],
  ['`<pb-meetings>`', ['listMeetings', 'getMeeting', 'replyToMeeting', 'checkInMeeting', 'getMyAttendance', 'getBranchMeetings', 'createMeeting', 'getMeetingCheckInCode', 'getMeetingAttendance', 'markAttendance', 'decideLeave']],
  ['Who is signed in', ['me'], 'Read by the widgets that write (the player, the questionnaire), by templates with `{me.…}` and for the leaderboard’s own row: see "Who is signed in: what needs `me`".'],
];

/** What the library works out itself (src/api/site/derive.ts, field-map.ts), per operation and field. */
const derived: Record<string, Record<string, string>> = {
  listCourses: { nextCursor: 'the next page number while page × limit < total', total: 'read from `total`, else counted' },
  getLeaderboard: {
    nextCursor: 'the next page number while page × limit < total',
    total: 'read from `total`, else counted',
    unit: 'from the metric (`points`, `hours`, else `percent`)',
    generatedAt: 'the time of the answer',
    'items[].rank': 'counted in the order of the list (ties share a rank)',
    me: 'the row whose id is the member’s (or their branch’s)',
  },
  getStats: { unit: 'from the metric (`points`, `hours`, else `percent`)' },
};

const notes: Record<string, string> = {
  reportProgress:
    'With `progress.model: "percent"` the library makes this whole answer itself from what it sent; only the interval model reads it from the backend.',
  getCourseProgress: 'With `progress.model: "percent"` only `lessons[].lessonId`, `coverage`, `positionSeconds` and `updatedAt` are read; the rest is counted.',
  startAttempt: '`false` starts the attempt on the device (see "Operations not offered").',
  getDraft: '`false`: drafts stay on the device.',
  saveDraft: '`false`: drafts stay on the device.',
  getMyResponses: '`false`: no earlier submissions are shown.',
};

export function renderFieldTables(yamlText: string): string {
  const document = parse(yamlText) as Schema;
  const components = document['components'] as Schema;
  const schemas = components['schemas'] as Record<string, Schema>;
  const parameters = components['parameters'] as Record<string, Schema>;
  const idPattern = schemas['Id']!['pattern'];
  const monthPattern = schemas['YearMonth']!['pattern'];
  /** Named schemas shown as one row, not opened up. */
  const opaque: Record<string, string> = { Condition: 'condition', Answers: 'answers (question id → answer)', AnswerValue: 'answer' };

  const refName = (schema: Schema | undefined) => (typeof schema?.['$ref'] === 'string' ? schema['$ref'].split('/').pop()! : undefined);
  const deref = (schema: Schema): Schema => {
    const name = refName(schema);
    return name ? deref(schemas[name]!) : schema;
  };
  const isNull = (part: Schema) => part['type'] === 'null';

  /** One schema from its `allOf` parts and non-null `oneOf`/`anyOf` variants, with whether null is allowed. */
  function flatten(input: Schema): { schema: Schema; nullable: boolean; opaqueName?: string } {
    const name = refName(input);
    if (name && opaque[name]) return { schema: {}, nullable: false, opaqueName: opaque[name] };
    const schema = deref(input);
    const variants = [...((schema['oneOf'] as Schema[]) ?? []), ...((schema['anyOf'] as Schema[]) ?? [])];
    let nullable = [schema['type']].flat().includes('null') || variants.some(isNull);
    const merged: Schema = {};
    const add = (part: Schema) => {
      for (const [key, value] of Object.entries(part)) {
        if (key === 'properties') merged[key] = { ...(merged[key] as Schema), ...(value as Schema) };
        else if (key === 'required') merged[key] = [...new Set([...((merged[key] as string[]) ?? []), ...(value as string[])])];
        else if (!['allOf', 'oneOf', 'anyOf'].includes(key) && merged[key] === undefined) merged[key] = value;
      }
    };
    add(schema);
    for (const part of (schema['allOf'] as Schema[]) ?? []) {
      const inner = flatten(part);
      if (inner.opaqueName) return inner;
      nullable ||= inner.nullable;
      add(inner.schema);
    }
    const shown = variants.filter((v) => !isNull(v)).map(flatten);
    const opaquePart = shown.find((inner) => inner.opaqueName);
    if (opaquePart) return { ...opaquePart, nullable };
    // A field is required when every variant requires it (a question's id, not a choice's options).
    const everywhere = shown.length ? shown.map((inner) => (inner.schema['required'] as string[]) ?? []).reduce((a, b) => a.filter((key) => b.includes(key))) : [];
    for (const inner of shown) add({ ...inner.schema, required: everywhere });
    return { schema: merged, nullable };
  }

  /** For a `oneOf` of variants told apart by `type` (questions): property → the types that have it, and those that require it. */
  function variantsOf(input: Schema): Map<string, { types: string[]; required: string[] }> | undefined {
    const schema = deref(input);
    const mapping = (schema['discriminator'] as Schema | undefined)?.['mapping'] as Record<string, string> | undefined;
    if (!mapping) return undefined;
    const base = new Set(Object.keys((flatten(schemas['QuestionBase']!).schema['properties'] as Schema) ?? {}));
    const out = new Map<string, { types: string[]; required: string[] }>();
    for (const [type, ref] of Object.entries(mapping)) {
      const own = (deref({ $ref: ref })['allOf'] as Schema[]).find((part) => !refName(part))!;
      for (const key of Object.keys(own['properties'] as Schema)) {
        if (base.has(key) || key === 'type') continue;
        const entry = out.get(key) ?? { types: [], required: [] };
        entry.types.push(type);
        if ((own['required'] as string[]).includes(key)) entry.required.push(type);
        out.set(key, entry);
      }
    }
    return out;
  }

  function typeText(schema: Schema, nullable: boolean, opaqueName?: string): string {
    const or = nullable ? ' or null' : '';
    if (opaqueName) return opaqueName + or;
    if (schema['pattern'] === idPattern) return 'id' + or;
    if (schema['pattern'] === monthPattern) return 'month `YYYY-MM`' + or;
    if (Array.isArray(schema['enum'])) return `${(schema['enum'] as unknown[]).map((v) => `\`${String(v)}\``).join(', ')}${or}`;
    const types = [schema['type']].flat().filter((t) => t !== undefined && t !== 'null') as string[];
    if (schema['format'] === 'date-time') return 'time' + or;
    if (schema['properties']) return 'object' + or;
    if (types[0] === 'array') {
      const item = flatten((schema['items'] as Schema) ?? {});
      return item.schema['properties'] || (item.opaqueName === undefined && item.schema['items']) ? 'list' + or : `list of ${typeText(item.schema, item.nullable, item.opaqueName)}${or}`;
    }
    return (types.length ? types.join(' or ') : 'any') + or;
  }

  const json = (value: unknown) => `\`${JSON.stringify(value)}\``;

  function rows(input: Schema, prefix: string, operation: string, out: string[][], seen: Map<string, string>, depth = 0): void {
    const { schema } = flatten(input);
    const properties = (schema['properties'] as Record<string, Schema>) ?? {};
    const required = new Set((schema['required'] as string[]) ?? []);
    const variants = variantsOf(input);
    for (const [key, property] of Object.entries(properties)) {
      if (key === 'type' && variants) {
        out.push([`${prefix}${key}`, [...variantsOfTypes(input)].map((t) => `\`${t}\``).join(', '), '**required**']);
        continue;
      }
      const path = `${prefix}${key}`;
      const { schema: inner, nullable, opaqueName } = flatten(property);
      const fallback = deref(property)['default'] ?? property['default'] ?? inner['default'];
      const variant = variants?.get(key);
      const when =
        derived[operation]?.[path] ??
        (fallback !== undefined
          ? `default ${json(fallback)}`
          : variant
            ? `${variant.required.length ? `required for ${variant.required.map((t) => `\`${t}\``).join(', ')}` : 'optional'}${variant.types.length > variant.required.length ? `${variant.required.length ? ', optional' : ''} for ${variant.types.filter((t) => !variant.required.includes(t)).map((t) => `\`${t}\``).join(', ')}` : ''}`
            : required.has(key) && !variants?.has(key)
              ? `**required**${nullable ? ' (null allowed)' : ''}`
              : 'optional');
      out.push([path, typeText(inner, nullable, opaqueName), when]);
      const name = refName(property) ?? refName(((inner['items'] as Schema | undefined) ?? {}) as Schema);
      if (depth > 6 || opaqueName) continue;
      const itemSchema = inner['items'] as Schema | undefined;
      const target = inner['properties'] ? property : itemSchema && flatten(itemSchema).schema['properties'] ? itemSchema : undefined;
      if (!target) continue;
      const targetName = refName(target) ?? refName(property) ?? name;
      const childPrefix = `${path}${target === property ? '.' : '[].'}`;
      if (targetName && seen.has(targetName)) {
        out[out.length - 1]![1] += ` (fields as \`${seen.get(targetName)}\`)`;
        continue;
      }
      if (targetName) seen.set(targetName, childPrefix.replace(/\.$/, ''));
      rows(target, childPrefix, operation, out, seen, depth + 1);
    }
  }

  function variantsOfTypes(input: Schema): string[] {
    const mapping = (deref(input)['discriminator'] as Schema)['mapping'] as Record<string, string>;
    return Object.keys(mapping);
  }

  const byOperation = new Map<string, { method: string; path: string; operation: Schema; item: Schema }>();
  for (const [path, item] of Object.entries(document['paths'] as Record<string, Schema>)) {
    for (const [method, operation] of Object.entries(item)) {
      if (method === 'parameters') continue;
      byOperation.set((operation as Schema)['operationId'] as string, { method: method.toUpperCase(), path, operation: operation as Schema, item });
    }
  }

  const param = (p: Schema) => deref(refName(p) ? (parameters[refName(p)!] as Schema) : p);
  const lines: string[] = [START, GENERATED, ''];
  for (const [title, operations, intro] of widgets) {
    lines.push(`### ${title}`, '');
    if (intro) lines.push(intro, '');
    for (const id of operations) {
      const found = byOperation.get(id)!;
      lines.push(`#### \`${id}\` · \`${found.method} ${found.path}\``, '');
      const params = [...((found.item['parameters'] as Schema[]) ?? []), ...((found.operation['parameters'] as Schema[]) ?? [])]
        .map(param)
        .filter((p) => p['in'] !== 'header');
      const placeholders = params.map((p) => {
        const { schema, nullable, opaqueName } = flatten((p['schema'] as Schema) ?? {});
        return `\`{${String(p['name'])}}\` ${typeText(schema, nullable, opaqueName)}`;
      });
      if (placeholders.length) lines.push(`Template placeholders: ${placeholders.join('; ')}.`, '');
      const body = (((found.operation['requestBody'] as Schema | undefined)?.['content'] as Schema | undefined)?.['application/json'] as Schema | undefined)?.['schema'] as Schema | undefined;
      if (body) {
        const fields = Object.entries((flatten(body).schema['properties'] as Record<string, Schema>) ?? {}).map(([key, value]) => {
          const { schema, nullable, opaqueName } = flatten(value);
          return `\`{${key}}\` ${typeText(schema, nullable, opaqueName)}`;
        });
        lines.push(fields.length ? `What the widget sends (placeholders of \`maps.${id}.body\`): ${fields.join('; ')}.` : 'The widget sends an empty object.', '');
      }
      if (notes[id]) lines.push(notes[id], '');
      const responses = found.operation['responses'] as Record<string, Schema>;
      const answer = ((responses['200'] ?? responses['201'])!['content'] as Schema)['application/json'] as Schema;
      const table: string[][] = [];
      rows(answer['schema'] as Schema, '', id, table, new Map());
      const fromRequest = new Set(params.map((p) => String(p['name'])));
      // Filled from the request before defaults apply (derive.ts fillFromParams), so that comes first.
      for (const row of table) if (fromRequest.has(row[0]!)) row[2] = `the request’s \`${row[0]}\`${row[2]!.startsWith('default') ? `, else ${row[2]}` : ''}`;
      lines.push('| field | type | when your backend does not send it |', '| --- | --- | --- |');
      for (const [field, type, when] of table) lines.push(`| \`${field}\` | ${type} | ${when} |`);
      lines.push('');
    }
  }
  lines.push(END);
  return lines.join('\n');
}

/** The guide with its generated section replaced. */
export function withFieldTables(guide: string, tables: string): string {
  const start = guide.indexOf(START);
  const end = guide.indexOf(END);
  if (start < 0 || end < start) throw new Error(`the guide has no ${START} … ${END} section`);
  return guide.slice(0, start) + tables + guide.slice(end + END.length);
}

const root = resolve(import.meta.dirname, '..');
export const guidePath = resolve(root, 'docs/connect-your-backend.md');
export const contractPath = resolve(root, 'src/api/openapi.yaml');

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const guide = readFileSync(guidePath, 'utf8');
  writeFileSync(guidePath, withFieldTables(guide, renderFieldTables(readFileSync(contractPath, 'utf8'))));
}
