import { formatNumber } from '../../../i18n/format.js';
import type { Locale } from '../../../i18n/locale.js';

/** A file's size: `158 KB`, `12.3 MB`, `1.2 GB` (decimal units, as phones' file managers show them). */
export function fileSize(locale: Locale, bytes: number): string {
  if (bytes < 1e6) return `${formatNumber(locale, Math.max(1, Math.round(bytes / 1e3)), 0)} KB`;
  return bytes < 1e9 ? `${formatNumber(locale, bytes / 1e6, 1)} MB` : `${formatNumber(locale, bytes / 1e9, 1)} GB`;
}
