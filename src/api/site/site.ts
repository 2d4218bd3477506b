/**
 * What a site's operations share, as a type of its own: the modules of the site backend
 * (per-option answers, percent progress) take it from here, not from the module that
 * loads them.
 */
import type { ResolvedSettings } from '../../config/settings.js';
import type { Backend } from '../backend.js';
import type { Course, Member } from '../types.js';

/** What a site's operations share: the settings they run with and the member, read once. */
export interface Site {
  settings: ResolvedSettings;
  rest: Backend;
  /** The signed-in member (through `me` and its map), read on first need and kept. */
  member(signal?: AbortSignal): Promise<Member>;
  /** Courses read on this site (the player's), for the progress model to reuse rather than ask again. */
  courses: Map<string, Promise<Course>>;
  /** The finished backend, the page's own operations included (set once it is built). */
  backend: Backend;
  /** Placeholder scope for templates: parameters, `me`, `values`. */
  scope(params: Readonly<Record<string, unknown>>, member?: Member): Record<string, unknown>;
}
