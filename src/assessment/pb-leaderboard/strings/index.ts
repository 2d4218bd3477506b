/** The strings of `<pb-leaderboard>` for a locale: zh-CN in the code, English loaded on first use. */
import { localized } from '../../../i18n/strings.js';
import { zhCN } from './zh-CN.js';

export type { LeaderboardStrings } from './zh-CN.js';
export const leaderboardStrings = localized(zhCN, () => import('./en.js'));
