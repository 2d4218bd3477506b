/** The strings of lessons saved on the device: zh-CN in the code, English loaded on first use. */
import { localized } from '../../../../../i18n/strings.js';
import { zhCN } from './zh-CN.js';

export type { SavedStrings } from './zh-CN.js';
export const savedStrings = localized(zhCN, () => import('./en.js'));
