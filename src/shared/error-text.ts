import { PbError, ProblemError, ConfigError, ShapeError } from '../api/errors.js';
import type { CoreStrings } from '../i18n/zh-CN.js';

/** What an error state says: a title, a sentence for the member, details for the webmaster. */
export interface ErrorText {
  title: string;
  message: string;
  /** The technical line (endpoint, JSON path, setting) for whoever maintains the site. */
  detail: string | undefined;
  /** Whether a retry button can help; it cannot for a wrong setting. */
  canRetry: boolean;
}

function problemMessage(strings: CoreStrings, error: ProblemError): string {
  if (error.status === 401) return strings.signIn;
  if (error.status === 403) return error.detail ?? strings.forbidden;
  if (error.status === 404) return strings.notFound;
  // A passing failure (502, 503) says "try again"; a server's final answer (an envelope's
  // code 500 with its msg, as RuoYi gives every business error) says its own words.
  if (error.status >= 500) return error.retryable ? strings.server : (error.detail ?? strings.server);
  return error.detail ?? error.title;
}

/** Words for any error a widget can meet, in the member's language. */
export function describeError(strings: CoreStrings, error: unknown): ErrorText {
  if (error instanceof ConfigError) {
    return { title: strings.configTitle, message: strings.configHint(error.setting), detail: error.message, canRetry: false };
  }
  const title = strings.errorTitle;
  if (!(error instanceof PbError)) {
    // Not from our client: most often a lazy chunk that could not load, offline.
    return { title, message: navigator.onLine ? strings.server : strings.network, detail: error instanceof Error ? error.message : String(error), canRetry: true };
  }
  switch (error.kind) {
    case 'network':
      return { title, message: strings.network, detail: error.message, canRetry: true };
    case 'timeout':
      return { title, message: strings.timeout, detail: error.message, canRetry: true };
    case 'shape':
      return { title, message: strings.shape, detail: (error as ShapeError).message, canRetry: true };
    case 'storage':
      return { title, message: strings.storage, detail: error.message, canRetry: true };
    default: {
      const problem = error as ProblemError;
      return { title, message: problemMessage(strings, problem), detail: `${problem.status} ${problem.title}${problem.endpoint ? ` (${problem.endpoint})` : ''}`, canRetry: true };
    }
  }
}
