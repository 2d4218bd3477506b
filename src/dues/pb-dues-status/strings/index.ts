/** The strings of `<pb-dues-status>` (amounts, months and dates arrive formatted) for a locale: zh-CN in the code, English loaded on first use. */
import { localized } from '../../../i18n/strings.js';
import { zhCN } from './zh-CN.js';

export type { StatusStrings } from './zh-CN.js';
export const statusStrings = localized(zhCN, () => import('./en.js'));
