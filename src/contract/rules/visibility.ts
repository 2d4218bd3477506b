import type { Answers, Question } from '../types.js';
import { answerOf, evaluateCondition, isAnswered } from './conditions.js';

/** What the rule reads of a question. */
type QuestionDef = Pick<Question, 'id' | 'visibleIf' | 'requiredIf' | 'required'>;

/** Which questions are shown and required for the current answers. */
export interface QuestionStates {
  /** Answers of visible questions only: what conditions see and what is submitted. */
  effective: Answers;
  visible: ReadonlySet<string>;
  required: ReadonlySet<string>;
}

/**
 * Walks the questions in order: a question is visible when its `visibleIf` holds against
 * the answers of the visible questions before it, so a hidden question's answer never
 * counts, even for a question further on. Required: `requiredIf` holds against the visible
 * answers, otherwise `required`. Linear in questions × condition size; no DOM.
 */
export function questionStates(questions: readonly QuestionDef[], answers: Answers): QuestionStates {
  const effective: Answers = {};
  const visible = new Set<string>();
  for (const question of questions) {
    if (question.visibleIf && !evaluateCondition(question.visibleIf, effective)) continue;
    visible.add(question.id);
    const value = answerOf(answers, question.id);
    if (value !== undefined) effective[question.id] = value;
  }
  const required = new Set<string>();
  for (const question of questions) {
    if (!visible.has(question.id)) continue;
    const byCondition = question.requiredIf !== undefined && evaluateCondition(question.requiredIf, effective);
    if (byCondition || question.required === true) required.add(question.id);
  }
  return { effective, visible, required };
}

/**
 * The answers to submit: those of visible questions of this definition that are actually
 * answered. Hidden questions' answers and answers to questions no longer in the definition
 * (a draft from an older version) are left out.
 */
export function pruneAnswers(questions: readonly QuestionDef[], answers: Answers): Answers {
  const { effective } = questionStates(questions, answers);
  const pruned: Answers = {};
  for (const [id, value] of Object.entries(effective)) if (isAnswered(value)) pruned[id] = value;
  return pruned;
}
