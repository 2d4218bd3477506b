/** The strings of `<pb-study-summary>` for a locale: zh-CN in the code, English loaded on first use. */
import { localized } from '../../../i18n/strings.js';
import { zhCN } from './zh-CN.js';

export type { SummaryStrings } from './zh-CN.js';
export const summaryStrings = localized(zhCN, () => import('./en.js'));
