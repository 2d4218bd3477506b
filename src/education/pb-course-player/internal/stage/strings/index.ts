/** The strings of the lesson stage: zh-CN in the code, English loaded on first use. */
import { localized } from '../../../../../i18n/strings.js';
import { zhCN } from './zh-CN.js';

export type { StageStrings } from './zh-CN.js';
export const stageStrings = localized(zhCN, () => import('./en.js'));
