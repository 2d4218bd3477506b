/** The strings of both assessment widgets (metric, period and scope names, and units) for a locale: zh-CN in the code, English loaded on first use. */
import { localized } from '../../../i18n/strings.js';
import { zhCN } from './zh-CN.js';

export type { AssessmentStrings } from './zh-CN.js';
export const assessmentStrings = localized(zhCN, () => import('./en.js'));
