import { createStore, del, get, set, values, type UseStore } from 'idb-keyval';
import { StorageError } from '../api/errors.js';

/** A small persistent key-value store in IndexedDB, per name, with readable errors. */
export interface LocalStore<T> {
  get(key: string): Promise<T | undefined>;
  set(key: string, value: T): Promise<void>;
  delete(key: string): Promise<void>;
  values(): Promise<T[]>;
}

function storageError(error: unknown, action: string): StorageError {
  const quota = error instanceof DOMException && error.name === 'QuotaExceededError';
  return new StorageError(
    quota ? `the browser's storage is full, so ${action} is kept only until this page closes` : `${action} failed (${String(error)})`,
    { cause: error },
  );
}

function memoryStore<T>(): LocalStore<T> {
  const map = new Map<string, T>();
  return {
    get: async (key) => map.get(key),
    set: async (key, value) => void map.set(key, value),
    delete: async (key) => void map.delete(key),
    values: async () => [...map.values()],
  };
}

const stores = new Map<string, LocalStore<unknown>>();

/**
 * Opens (once per page) the store `name`, kept in the IndexedDB database `pb-<name>`.
 * Where IndexedDB is missing, the store lives in memory; a refused write (quota full,
 * private mode) rejects with a `StorageError` that callers show rather than swallow.
 *
 * @example const drafts = openLocalStore<Draft>('drafts'); await drafts.set(id, draft);
 */
export function openLocalStore<T>(name: string): LocalStore<T> {
  let store = stores.get(name) as LocalStore<T> | undefined;
  if (store) return store;
  if (typeof indexedDB === 'undefined') {
    store = memoryStore<T>();
  } else {
    const idb: UseStore = createStore(`pb-${name}`, 'records');
    const guard = async <R>(action: string, run: () => Promise<R>): Promise<R> => {
      try {
        return await run();
      } catch (error) {
        throw storageError(error, action);
      }
    };
    store = {
      get: (key) => guard(`reading ${name}`, () => get<T>(key, idb)),
      set: (key, value) => guard(`saving ${name}`, () => set(key, value, idb)),
      delete: (key) => guard(`removing from ${name}`, () => del(key, idb)),
      values: () => guard(`reading ${name}`, () => values<T>(idb)),
    };
  }
  stores.set(name, store as LocalStore<unknown>);
  return store;
}
