import type { AnswerValue } from '../../../../api/types.js';
import type { Locale } from '../../../../i18n/locale.js';
import type { QuestionDef } from '../shapes.js';
import type { QuestionnaireStrings } from '../../strings/index.js';

/**
 * What a question renderer gets: the question, its answer and state, and the words.
 * What the member does goes up as requests (`requests.ts`: an answer, words for screen
 * readers, where focus goes), sent as events from the control they used. Renderers are
 * plain functions returning templates; they keep no state of their own.
 */
export interface FieldContext<Q extends QuestionDef = QuestionDef> {
  question: Q;
  value: AnswerValue | undefined;
  required: boolean;
  /** The problem, in words, once the member tried to go on; undefined when fine. */
  message: string | undefined;
  /**
   * Hidden by a condition. A hidden question stays in the page, not shown: showing it
   * again then adds no form fields, and every field added makes Chrome's autofill scan
   * the whole form again (a forced layout of every question, 100–300 ms on a long page).
   */
  hidden: boolean;
  /** The question's number among those shown. */
  number: number;
  strings: QuestionnaireStrings;
  locale: Locale;
  /** Democratic evaluation: the grid gets its notes and the "rate the rest" shortcut. */
  evaluation: boolean;
  /** Text typed into a number field that is not (yet) a number. */
  raw: string | undefined;
}
