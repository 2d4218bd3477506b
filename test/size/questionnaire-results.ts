/** <pb-questionnaire-results> over the core. */
export * from './core.js';
import '../../src/define/pb-questionnaire-results.js';
