import type { Locale } from './locale.js';
import { zhCN } from './zh-CN.js';

/**
 * Strings tables: zh-CN, the default, is part of each widget's code; the other locales
 * are modules loaded on first use (as @lit/localize's runtime mode does), so a page in
 * Chinese carries no English text. `PbElement` waits for `localeReady()` before it
 * renders, so a widget never shows a mix. A table that cannot load (offline, a missing
 * chunk) falls back to zh-CN rather than leave the widget blank.
 */
interface Table {
  zh: unknown;
  en?: unknown;
  loading?: Promise<unknown>;
  load: () => Promise<{ en: unknown }>;
}

const tables: Table[] = [];

/**
 * A widget's strings: the zh-CN table (which defines the keys) and a loader for the module
 * whose `en` is the English table (its type must match). Reading en before it has loaded
 * gives zh-CN. Each table is a folder, so no import goes in a circle: `strings/zh-CN.ts`
 * (the table and its type), `strings/en.ts` (imports only that type), `strings/index.ts`.
 *
 * @example
 * // strings/index.ts
 * export const strings = localized(zhCN, () => import('./en.js'));
 * // the element
 * html`<p>${strings(this.settings.locale).title}</p>`;
 */
export function localized<T>(zh: T, loadEn: () => Promise<{ en: T }>): (locale: Locale) => T {
  const table: Table = { zh, load: loadEn };
  tables.push(table);
  return (locale) => (locale === 'en' && (table.en as T | undefined)) || zh;
}

/**
 * Loads every strings table registered so far for `locale`; undefined when nothing is
 * missing (so an element renders without waiting). Never rejects.
 */
export function localeReady(locale: Locale): Promise<unknown> | undefined {
  const missing = locale === 'en' ? tables.filter((table) => !table.en) : [];
  if (!missing.length) return undefined;
  return Promise.all(missing.map((table) => (table.loading ??= table.load().then((module) => (table.en = module.en), () => (table.en = table.zh)))));
}

/** The shared strings (loading, errors, offline) for a locale. */
export const coreStrings = localized(zhCN, () => import('./en.js'));
