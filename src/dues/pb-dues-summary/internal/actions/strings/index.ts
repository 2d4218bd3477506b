/** The strings of the dues summary's actions: zh-CN in the chunk, English loaded on first use. */
import { localized } from '../../../../../i18n/strings.js';
import { zhCN } from './zh-CN.js';

export type { ActionStrings } from './zh-CN.js';
export const actionStrings = localized(zhCN, () => import('./en.js'));
