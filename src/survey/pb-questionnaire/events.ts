/**
 * The events of `<pb-questionnaire>`, fired by its session (the machinery under
 * `internal/`), which imports this file, never the element's class.
 */
import type { AnswerValue, Answers, Submission } from '../../api/types.js';

/** `pb-questionnaire-change`: the member changed an answer. */
export interface QuestionnaireChangeDetail {
  questionnaireId: string;
  questionId: string;
  /** The new answer; undefined when cleared. */
  value: AnswerValue | undefined;
  answers: Answers;
}

/** `pb-questionnaire-submit`: the member submitted (or time ran out); hidden questions' answers are left out. */
export interface QuestionnaireSubmitDetail {
  questionnaireId: string;
  answers: Answers;
  attemptId: string | null;
}

/** `pb-questionnaire-submitted`: the backend stored the response. */
export interface QuestionnaireSubmittedDetail {
  questionnaireId: string;
  submission: Submission;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pb-questionnaire-change': CustomEvent<QuestionnaireChangeDetail>;
    'pb-questionnaire-submit': CustomEvent<QuestionnaireSubmitDetail>;
    'pb-questionnaire-submitted': CustomEvent<QuestionnaireSubmittedDetail>;
  }
}
