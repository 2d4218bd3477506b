/**
 * The core every widget brings, as one entry for the size budget: lit, the config
 * element and layers, the REST client with envelopes and retries, the outbox controller
 * and registry with the storage (the queue itself, `outbox.ts`, is a chunk loaded with
 * the first outbox, in parallel with the `me()` call that every outbox waits for), i18n
 * and formatting, the theme tokens, the base element, shared states and the lazy loader
 * (`lazy()`, which the site module uses too, with the helper that adds a chunk's styles).
 */
import '../../src/define/pb-config.js';

export { configure } from '../../src/config/configure.js';
export { backendFor } from '../../src/api/rest-backend.js';
export { expectShape } from '../../src/api/shape.js';
export { expectAnswers } from '../../src/api/answers.js';
export { outboxFor } from '../../src/outbox/registry.js';
export { OutboxController } from '../../src/outbox/outbox-controller.js';
export { openLocalStore } from '../../src/storage/local-store.js';
export { coreStrings, localized } from '../../src/i18n/strings.js';
export * from '../../src/i18n/format.js';
export { PbElement } from '../../src/shared/pb-element.js';
export { Resource } from '../../src/shared/resource.js';
export { loadingState, emptyState, errorState, syncNote, stateStyles } from '../../src/shared/states.js';
export { lazy, adoptLazyStyles } from '../../src/shared/lazy.js';
