import type { ResolvedSettings } from '../config/settings.js';
import { checkedBackend } from './answers.js';
import type { Backend } from './backend.js';
import { lazy } from '../shared/lazy.js';
import { createRestBackend, withOwn } from './rest.js';

const backends = new WeakMap<ResolvedSettings, Backend>();

/**
 * The backend widgets use: the REST implementation with the site's own methods laid
 * over it (or the site module's), every answer checked against the contract's shape of
 * its operation (`expectAnswers`). Cached per resolved settings, so widgets that share
 * settings share it.
 */
export function backendFor(settings: ResolvedSettings): Backend {
  let backend = backends.get(settings);
  if (!backend) {
    const own = settings.site ? undefined : withOwn(settings, createRestBackend(settings));
    backend = checkedBackend(settings, own ? () => own : siteBackend(settings));
    backends.set(settings, backend);
  }
  return backend;
}

/**
 * The backend of a site connected by settings (field maps, presets, models): its code is a
 * chunk loaded on the first call, so pages that speak the contract never fetch it.
 */
function siteBackend(settings: ResolvedSettings): () => Promise<Backend> {
  // A chunk that could not load (offline) is asked for again on the next call, not remembered as failed.
  return lazy(() => import('./site/site-backend.js').then((m) => m.createSiteBackend(settings)));
}
