import { defineElement } from '../shared/define.js';
import { PbQuestionnaire } from '../survey/pb-questionnaire/pb-questionnaire.js';

defineElement('pb-questionnaire', PbQuestionnaire);

declare global {
  interface HTMLElementTagNameMap {
    'pb-questionnaire': PbQuestionnaire;
  }
}
