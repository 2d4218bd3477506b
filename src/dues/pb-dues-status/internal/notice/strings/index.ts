/** The strings of the arrears notice of `<pb-dues-status>`, loaded with it for a locale: zh-CN in the code, English loaded on first use. */
import { localized } from '../../../../../i18n/strings.js';
import { zhCN } from './zh-CN.js';

export type { NoticeStrings } from './zh-CN.js';
export const noticeStrings = localized(zhCN, () => import('./en.js'));
