import { formatNumber } from '../../../i18n/format.js';
import type { Locale } from '../../../i18n/locale.js';
import type { QuestionDef } from './shapes.js';
import type { QuestionnaireStrings } from '../strings/index.js';
import type { Problem, QuestionRules } from './validation.js';

/** A problem in the member's words, shown next to the field. */
export function problemText(strings: QuestionnaireStrings, locale: Locale, problem: Problem, question: QuestionDef, rules?: QuestionRules): string {
  const n = (value: number) => formatNumber(locale, value, 4);
  switch (problem.code) {
    case 'required':
      return strings.problemRequired;
    case 'option':
      return strings.problemOption;
    case 'minSelect':
      return strings.problemMinSelect(problem.n);
    case 'maxSelect':
      return strings.problemMaxSelect(problem.n);
    case 'minLength':
      return strings.problemMinLength(problem.n);
    case 'maxLength':
      return strings.problemMaxLength(problem.n);
    case 'pattern':
      return problem.message || strings.problemPattern;
    case 'number':
      return strings.problemNumber;
    case 'min':
      return strings.problemMin(n(problem.n));
    case 'max':
      return strings.problemMax(n(problem.n));
    case 'step':
      // Steps count from the minimum: a step of 1 from a whole minimum means whole numbers.
      return problem.n === 1 && question.type === 'number' && Number.isInteger(question.min ?? 0) ? strings.problemWhole : strings.problemStep(n(problem.n));
    case 'rating':
      return strings.problemRating(problem.n);
    case 'server':
      return problem.detail === 'required' ? strings.problemRequired : problem.detail;
    default:
      // A grid's and a ranking's own problems, in the words their part brings.
      return rules?.[question.type]?.words(locale, problem, question) ?? '';
  }
}
