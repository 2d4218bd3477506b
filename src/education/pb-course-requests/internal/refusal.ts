import { ProblemError } from '../../../api/errors.js';
import type { Locale } from '../../../i18n/locale.js';
import { coreStrings } from '../../../i18n/strings.js';
import { describeError } from '../../../shared/error-text.js';
import { requestStrings } from '../strings/index.js';

/**
 * Why the backend refused a change to a request, in the member's words. The contract's two
 * conflicts mean the request moved on meanwhile (answered, closed to voices): the widget
 * says so in its own words rather than the server's, which a site may write in English.
 */
export function refusalText(locale: Locale, error: unknown): string {
  if (error instanceof ProblemError && /\/(course-request-closed|status-transition)$/.test(error.type)) return requestStrings(locale).closed;
  return describeError(coreStrings(locale), error).message;
}
