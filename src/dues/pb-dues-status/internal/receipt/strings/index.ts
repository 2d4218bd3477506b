/** The receipt's strings for a locale: zh-CN in its chunk, English loaded on first use. */
import { localized } from '../../../../../i18n/strings.js';
import { zhCN } from './zh-CN.js';

export type { ReceiptStrings } from './zh-CN.js';
export const receiptStrings = localized(zhCN, () => import('./en.js'));
