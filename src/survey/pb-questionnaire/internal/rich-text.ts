import { nothing } from 'lit';
import { lazy } from '../../../shared/lazy.js';

const sanitizer = lazy(() => import('./sanitize.lazy.js'));

/** Sanitized markup as a template part (`sanitize.lazy.ts`, with the `unsafeHTML` directive). */
let sanitize: ((html: string) => unknown) | undefined;
const cache = new Map<string, unknown>();

/** Whether text looks like markup (a tag or an entity); plain text never loads the sanitizer. */
export function hasMarkup(text: string | null | undefined): boolean {
  return !!text && /<[a-z!/]|&(?:#\d+|#x[\da-f]+|[a-z]+);/i.test(text);
}

/**
 * Loads DOMPurify (a lazy chunk) before text with markup is shown. If the chunk cannot
 * load, markup is shown as plain text: visible tags, but nothing runs.
 */
export async function loadSanitizer(): Promise<void> {
  if (sanitize) return;
  try {
    sanitize = (await sanitizer()).sanitizedHtml;
  } catch {
    // Stay with text.
  }
}

/**
 * A description from the definition: plain text as text, markup through DOMPurify
 * (links limited to http(s)/mailto). Sanitized once per distinct text.
 */
export function richText(text: string | null | undefined): unknown {
  if (!text) return nothing;
  if (!sanitize || !hasMarkup(text)) return text;
  let rendered = cache.get(text);
  if (rendered === undefined) {
    if (cache.size > 1000) cache.clear();
    rendered = sanitize(text);
    cache.set(text, rendered);
  }
  return rendered;
}
