/** The strings of `<pb-course-catalog>` for a locale: zh-CN in the code, English loaded on first use. */
import { localized } from '../../../i18n/strings.js';
import { zhCN } from './zh-CN.js';

export type { CatalogStrings } from './zh-CN.js';
export const catalogStrings = localized(zhCN, () => import('./en.js'));
