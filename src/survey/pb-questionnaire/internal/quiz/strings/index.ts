/** The words as the parts import them: zh-CN with the code, English loaded on first use. */
import { localized } from '../../../../../i18n/strings.js';
import { zhCN } from './zh-CN.js';

export type { QuizStrings } from './zh-CN.js';
export const quizStrings = localized(zhCN, () => import('./en.js'));
