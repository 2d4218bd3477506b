/** The certificate's strings for a locale: zh-CN in its chunk, English loaded on first use. */
import { localized } from '../../../i18n/strings.js';
import { zhCN } from './zh-CN.js';

export type { CertificateStrings } from './zh-CN.js';
export const certificateStrings = localized(zhCN, () => import('./en.js'));
