/** The strings of `<pb-course-player>`: zh-CN in the code, English loaded on first use. */
import { localized } from '../../../i18n/strings.js';
import { zhCN } from './zh-CN.js';

export type { PlayerStrings } from './zh-CN.js';
export const playerStrings = localized(zhCN, () => import('./en.js'));
