/** The strings of `<pb-questionnaire-results>` for a locale: zh-CN in the code, English loaded on first use. */
import { localized } from '../../../i18n/strings.js';
import { zhCN } from './zh-CN.js';

export type { ResultsStrings } from './zh-CN.js';
export const resultsStrings = localized(zhCN, () => import('./en.js'));
