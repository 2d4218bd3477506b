/** The strings of `<pb-my-tasks>` for a locale: zh-CN in the code, English loaded on first use. */
import { localized } from '../../../i18n/strings.js';
import { zhCN } from './zh-CN.js';

export type { TasksStrings } from './zh-CN.js';
export const tasksStrings = localized(zhCN, () => import('./en.js'));
