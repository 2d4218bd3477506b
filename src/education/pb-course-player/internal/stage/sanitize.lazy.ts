/**
 * Article HTML for display, through DOMPurify, in its own module so the bundle loads the
 * sanitizer only when an article lesson opens. A private DOMPurify instance keeps our
 * hook out of any DOMPurify the host page uses.
 */
import DOMPurify from 'dompurify';
import { sanitizerPolicy } from '../../../../shared/trusted-types.js';
import { safeUrl } from '../../../safe-url.js';

let purify: ReturnType<typeof DOMPurify> | undefined;

/**
 * Sanitized article HTML: no scripts, handlers, styles, forms or frames; links only to
 * http(s) and mailto (opening in a new tab without access to this page); images only
 * from http(s).
 *
 * @example articleView(sanitizeArticle(lesson.articleHtml))
 */
export function sanitizeArticle(dirty: string): string {
  if (!purify) {
    purify = DOMPurify(window);
    purify.addHook('afterSanitizeAttributes', (node) => {
      const href = node.getAttribute('href');
      if (href !== null) {
        if (safeUrl(href, ['http:', 'https:', 'mailto:'])) {
          node.setAttribute('target', '_blank');
          node.setAttribute('rel', 'noopener noreferrer');
        } else node.removeAttribute('href');
      }
      const src = node.getAttribute('src');
      if (src !== null && !safeUrl(src)) node.removeAttribute('src');
    });
  }
  return purify.sanitize(dirty, {
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'frame', 'object', 'embed', 'link', 'meta', 'base', 'svg', 'math'],
    FORBID_ATTR: ['style', 'srcset', 'action', 'formaction', 'xlink:href', 'target'],
    ALLOW_DATA_ATTR: false,
    // Parse through our one policy, so strict Trusted Types pages need no `dompurify` policy.
    TRUSTED_TYPES_POLICY: sanitizerPolicy(),
  });
}
