import type { AnswerValue } from '../../../../api/types.js';
import { formatNumber } from '../../../../i18n/format.js';
import type { Locale } from '../../../../i18n/locale.js';
import type { QuestionDef } from '../shapes.js';
import { quizStrings } from './strings/index.js';

const labelOf = (list: ReadonlyArray<{ value: string; label: string }>, value: string) => list.find((o) => o.value === value)?.label ?? value;

/**
 * An answer (the member's, or the correct one in a quiz result) as text, with option
 * values turned back into their labels. Always text: it is rendered as text, never HTML.
 */
export function answerText(question: QuestionDef, value: AnswerValue | undefined, locale: Locale): string {
  const strings = quizStrings(locale);
  if (value === undefined || value === '' || (Array.isArray(value) && !value.length)) return strings.noAnswer;
  const separator = locale === 'en' ? ', ' : '、';
  switch (question.type) {
    case 'single':
    case 'multiple':
      return (Array.isArray(value) ? value : [String(value)]).map((v) => labelOf(question.options, v)).join(separator);
    case 'ranking':
      return (Array.isArray(value) ? value : [String(value)]).map((v, i) => `${i + 1}. ${labelOf(question.options, v)}`).join(' ');
    case 'boolean':
      return value === true ? (question.labelTrue ?? strings.yes) : value === false ? (question.labelFalse ?? strings.no) : String(value);
    case 'number':
    case 'rating':
      return typeof value === 'number' ? formatNumber(locale, value, 4) : String(value);
    case 'matrix':
      return typeof value === 'object' && !Array.isArray(value)
        ? Object.entries(value)
            .map(([row, column]) => `${labelOf(question.rows, row)}: ${labelOf(question.columns, column)}`)
            .join(locale === 'en' ? '; ' : '；')
        : String(value);
    default:
      return Array.isArray(value) ? value.join(separator) : String(value);
  }
}
