/** The strings of the pay flow of `<pb-dues-status>`, loaded with it on first use for a locale: zh-CN in the code, English loaded on first use. */
import { localized } from '../../../../../i18n/strings.js';
import { zhCN } from './zh-CN.js';

export type { PayStrings } from './zh-CN.js';
export const payStrings = localized(zhCN, () => import('./en.js'));
