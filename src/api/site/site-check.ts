import type { Settings } from '../../config/settings.js';
import { ConfigError } from '../errors.js';
import { checkTemplate, operations, type OperationName } from '../operations.js';
import { presets } from './presets.js';
import { isTokenSource } from './token-source.js';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const mapKeys = new Set(['data', 'items', 'total', 'item', 'fields', 'params', 'body', 'with']);
const sourceKeys = new Set(['from', 'value', 'values', 'default', 'scale', 'prefix', 'type', 'item']);
const types = ['string', 'number', 'boolean', 'datetime'];

function checkObjectMap(setting: string, map: unknown, problems: ConfigError[]): void {
  if (!isObject(map)) return void problems.push(new ConfigError(setting, 'must be an object of contract field → source'));
  for (const [field, source] of Object.entries(map)) {
    if (typeof source === 'string') continue;
    if (!isObject(source)) {
      problems.push(new ConfigError(`${setting}.${field}`, 'must be a source path ("courseName") or an object such as { "from": "courseName" }'));
      continue;
    }
    const unknown = Object.keys(source).find((key) => !sourceKeys.has(key));
    if (unknown) problems.push(new ConfigError(`${setting}.${field}.${unknown}`, `is not a field source key (${[...sourceKeys].join(', ')})`));
    if (source['type'] !== undefined && !types.includes(source['type'] as string)) {
      problems.push(new ConfigError(`${setting}.${field}.type`, `"${String(source['type'])}" is not one of ${types.join(', ')}`));
    }
    if (source['item'] !== undefined) checkObjectMap(`${setting}.${field}.item`, source['item'], problems);
  }
}

/**
 * The problems of a site's JSON settings (preset, auth, maps, progress, answers), each
 * naming the setting to fix, as `resolveSettings` does for the others. A wrong map is
 * reported before any request is made, not as a puzzling shape error later.
 */
export function checkSite(settings: Settings): ConfigError[] {
  const problems: ConfigError[] = [];
  if (settings.preset !== undefined && !Object.hasOwn(presets, settings.preset)) {
    problems.push(new ConfigError('preset', `"${settings.preset}" is not a preset (${Object.keys(presets).join(', ')})`));
  }
  const { auth, maps, progress, answers } = settings;
  if (auth?.tokenFrom !== undefined && !isTokenSource(auth.tokenFrom)) {
    problems.push(new ConfigError('auth.tokenFrom', `"${auth.tokenFrom}" is not cookie:NAME, localStorage:KEY or sessionStorage:KEY (with an optional #path)`));
  }
  for (const [key, value] of Object.entries(settings.values ?? {})) {
    if (typeof value === 'object' && value !== null && !isTokenSource(value.from)) {
      problems.push(new ConfigError(`values.${key}.from`, `"${String(value.from)}" is not cookie:NAME, localStorage:KEY or sessionStorage:KEY`));
    }
  }
  for (const [operation, map] of Object.entries(maps ?? {})) {
    const setting = `maps.${operation}`;
    if (!Object.hasOwn(operations, operation)) {
      problems.push(new ConfigError(setting, `is not an operation of the contract (${Object.keys(operations).join(', ')})`));
      continue;
    }
    if (!isObject(map)) {
      problems.push(new ConfigError(setting, 'must be an object ({ "item": { … } } or { "fields": { … } })'));
      continue;
    }
    const unknown = Object.keys(map).find((key) => !mapKeys.has(key));
    if (unknown) problems.push(new ConfigError(`${setting}.${unknown}`, `is not a map key (${[...mapKeys].join(', ')})`));
    for (const key of ['item', 'fields', 'params'] as const) if (map[key] !== undefined) checkObjectMap(`${setting}.${key}`, map[key], problems);
    for (const [name, template] of Object.entries(map.with ?? {})) {
      const checked = typeof template === 'string' ? checkTemplate(operation as OperationName, template) : 'must be an endpoint template such as "/list?id={courseId}"';
      if (typeof checked === 'string') problems.push(new ConfigError(`${setting}.with.${name}`, checked));
    }
  }
  if (progress?.model !== undefined && progress.model !== 'intervals' && progress.model !== 'percent') {
    problems.push(new ConfigError('progress.model', `"${String(progress.model)}" is not intervals or percent`));
  }
  for (const key of ['read', 'create', 'update'] as const) {
    const template = progress?.[key];
    if (template === undefined) continue;
    const checked = checkTemplate('reportProgress' as OperationName, template.replace(/\{record\.[\w.]+\}/g, ''));
    if (typeof checked === 'string') problems.push(new ConfigError(`progress.${key}`, checked));
  }
  if (answers?.mode !== undefined && answers.mode !== 'whole' && answers.mode !== 'per-option') {
    problems.push(new ConfigError('answers.mode', `"${String(answers.mode)}" is not whole or per-option`));
  }
  if (answers?.mode === 'per-option' && !answers.answer) problems.push(new ConfigError('answers.answer', 'is needed with mode per-option: the request that posts one option'));
  return problems;
}
