/** The strings of the secretary's view: zh-CN with its chunk, English loaded on first use. */
import { localized } from '../../../../../i18n/strings.js';
import { zhCN } from './zh-CN.js';

export type { BranchStrings } from './zh-CN.js';
export const branchStrings = localized(zhCN, () => import('./en.js'));
