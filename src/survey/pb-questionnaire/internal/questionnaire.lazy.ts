/**
 * The widget beyond its frame: loading and checking a questionnaire, the member's
 * session, drafts and submission, and all rendering. One lazy chunk that the element
 * starts to load together with the definition, so a page that registers every tag (the
 * CDN bundle) but shows no questionnaire never downloads it.
 */
export { definitionAnswer } from './definition-check.js';
export { loadQuestionnaire } from './load.js';
export { QuestionnaireView } from './questionnaire-view.js';
