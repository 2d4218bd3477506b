/** The locales the widgets ship strings for; zh-CN is the default. */
export type Locale = 'zh-CN' | 'en';

export const defaultLocale: Locale = 'zh-CN';

/**
 * Maps a BCP 47 tag to a shipped locale: any Chinese tag to zh-CN, any English tag to en.
 * Returns undefined for anything else so the caller can report it.
 */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  const lower = tag?.trim().toLowerCase();
  if (!lower) return undefined;
  if (lower === 'zh' || lower.startsWith('zh-')) return 'zh-CN';
  if (lower === 'en' || lower.startsWith('en-')) return 'en';
  return undefined;
}
