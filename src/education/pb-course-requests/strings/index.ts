/** The strings of `<pb-course-requests>`: zh-CN in the widget's code, English loaded on first use. */
import { localized } from '../../../i18n/strings.js';
import { zhCN } from './zh-CN.js';

export type { RequestStrings } from './zh-CN.js';
export const requestStrings = localized(zhCN, () => import('./en.js'));
