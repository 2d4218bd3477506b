import { PbQuestionnaireResults } from '../survey/pb-questionnaire-results/pb-questionnaire-results.js';
import { defineElement } from '../shared/define.js';

defineElement('pb-questionnaire-results', PbQuestionnaireResults);

declare global {
  interface HTMLElementTagNameMap {
    'pb-questionnaire-results': PbQuestionnaireResults;
  }
}
