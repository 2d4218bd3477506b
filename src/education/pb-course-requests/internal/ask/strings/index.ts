/** The ask form's strings: zh-CN in its chunk, English loaded on first use. */
import { localized } from '../../../../../i18n/strings.js';
import { zhCN } from './zh-CN.js';

export type { AskStrings } from './zh-CN.js';
export const askStrings = localized(zhCN, () => import('./en.js'));
