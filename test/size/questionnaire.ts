/** What `<pb-questionnaire>` adds to the core (DOMPurify is lazy: loaded only for descriptions with markup). */
export * from './core.js';
import '../../src/define/pb-questionnaire.js';
