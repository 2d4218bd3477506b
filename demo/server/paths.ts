/** Where things are, relative to this file (not to the working directory). */
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DEMO_ROOT = fileURLToPath(new URL('../', import.meta.url));
export const LIB_ROOT = fileURLToPath(new URL('../../dist/cdn/', import.meta.url));
export const DEFAULT_DB_PATH = fileURLToPath(new URL('../../.data/demo.sqlite', import.meta.url));
