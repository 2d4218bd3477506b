/** The study-plan words for a locale: zh-CN in the code, English loaded on first use. */
import { localized } from '../../../i18n/strings.js';
import { zhCN } from './zh-CN.js';

export type { StudyPlanStrings } from './zh-CN.js';
export const planWords = localized(zhCN, () => import('./en.js'));
