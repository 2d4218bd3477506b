/**
 * What a page that shows a questionnaire loads beyond the core: the element and the
 * chunk it loads with the definition (`internal/questionnaire.lazy.ts`). Grids, ranking, quiz parts and DOMPurify stay
 * lazy, loaded only for definitions that need them.
 */
export * from './questionnaire.js';
export * from '../../src/survey/pb-questionnaire/internal/questionnaire.lazy.js';
