/** The strings of `<pb-meetings>`: zh-CN in the widget's code, English loaded on first use. */
import { localized } from '../../../i18n/strings.js';
import { zhCN } from './zh-CN.js';

export type { MeetingStrings } from './zh-CN.js';
export const meetingStrings = localized(zhCN, () => import('./en.js'));
