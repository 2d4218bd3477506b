import type { Settings } from './settings.js';

let pageDefaults: Settings = {};
const listeners = new Set<() => void>();

/**
 * Sets page-wide defaults for every widget of this copy of the library. Call it as often
 * as you like: each call changes only the fields it passes (pass `undefined` to clear
 * one), and widgets already on the page update. An element's own attributes and the
 * nearest `<pb-config>` still win.
 *
 * @example
 * configure({ apiBase: '/api/v1', locale: 'zh-CN', getToken: () => localStorage.token });
 */
export function configure(settings: Settings): void {
  pageDefaults = { ...pageDefaults, ...settings };
  for (const listener of listeners) listener();
}

/** The page-wide defaults set through `configure()`. */
export function getPageDefaults(): Settings {
  return pageDefaults;
}

/** Calls `listener` after each `configure()`; returns the unsubscribe function. */
export function onConfigure(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
