/** The strings of both dues widgets (month statuses and the year switcher) for a locale: zh-CN in the code, English loaded on first use. */
import { localized } from '../../../i18n/strings.js';
import { zhCN } from './zh-CN.js';

export type { DuesStrings } from './zh-CN.js';
export const duesStrings = localized(zhCN, () => import('./en.js'));
