/** The words as the parts import them: zh-CN with the code, English loaded on first use. */
import { localized } from '../../../../../i18n/strings.js';
import { zhCN } from './zh-CN.js';

export type { GridStrings } from './zh-CN.js';
export const gridStrings = localized(zhCN, () => import('./en.js'));
