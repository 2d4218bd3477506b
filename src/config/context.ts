import { createContext } from '@lit/context';
import type { Settings } from './settings.js';

/**
 * The settings a `<pb-config>` hands to its descendants: its own fields layered over
 * those of any `<pb-config>` around it. Unique to this copy of the library, so a second
 * copy on the page never reads settings shaped by another version.
 */
export const settingsContext = createContext<Settings>(Symbol('pb-settings'));
