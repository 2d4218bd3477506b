/** The strings of `<pb-stat-chart>` for a locale: zh-CN in the code, English loaded on first use. */
import { localized } from '../../../i18n/strings.js';
import { zhCN } from './zh-CN.js';

export type { ChartStrings } from './zh-CN.js';
export const chartStrings = localized(zhCN, () => import('./en.js'));
