import { en } from './en.js';
import type { Locale } from './locale.js';
import { zhCN } from './zh-CN.js';

/**
 * A widget's strings in every shipped locale. The zh-CN table defines the keys; the
 * other tables must match it (checked by the type).
 *
 * @example
 * const strings = localized({ 'zh-CN': zhCN, en });
 * html`<p>${strings(this.settings.locale).title}</p>`;
 */
export function localized<T>(tables: Record<Locale, T>): (locale: Locale) => T {
  return (locale) => tables[locale];
}

/** The shared strings (loading, errors, offline) for a locale. */
export const coreStrings = localized({ 'zh-CN': zhCN, en });
