/** The 为你安排 strings for a locale: zh-CN in the section's chunk, English loaded on first use. */
import { localized } from '../../../../../i18n/strings.js';
import { zhCN } from './zh-CN.js';

export type { PlanSectionStrings } from './zh-CN.js';
export const planSectionStrings = localized(zhCN, () => import('./en.js'));
