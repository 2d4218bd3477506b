import type { Question, Questionnaire } from '../../../api/types.js';

/**
 * The definition as `<pb-questionnaire>` reads it: the contract's `Questionnaire` and its
 * questions (a union by `type`). The backend checks a definition it sends against the
 * contract's shape (`definitionAnswer`); `checkDefinition` checks one a page passes in.
 */
export type Definition = Questionnaire;
export type QuestionDef = Question;
export type QuestionType = QuestionDef['type'];
export type QuestionOf<T extends QuestionType> = Extract<QuestionDef, { type: T }>;
