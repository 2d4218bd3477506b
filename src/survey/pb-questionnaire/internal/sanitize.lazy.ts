import createDOMPurify from 'dompurify';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { sanitizerPolicy } from '../../../shared/trusted-types.js';

/**
 * DOMPurify, loaded only when a definition holds markup (see `rich-text.ts`), so plain
 * questionnaires never download it. A private instance: its hooks never touch a copy
 * the host page may use.
 */
const purify = createDOMPurify(window);

// http(s), mailto and relative URLs only: no javascript:, data: links or app schemes.
const allowedUri = /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

purify.addHook('afterSanitizeAttributes', (node) => {
  // A link must not take the member away from unsaved work, nor give the page it opens a handle on this one.
  if (node.tagName === 'A' && node.hasAttribute('href')) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
});

/** Markup a definition may carry in descriptions, with everything that could run or restyle the page removed. */
export function sanitizeHtml(html: string): string {
  return purify.sanitize(html, {
    ALLOWED_URI_REGEXP: allowedUri,
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'select', 'textarea', 'dialog'],
    FORBID_ATTR: ['style', 'id', 'name'],
    ALLOW_DATA_ATTR: false,
    // Parse through our one policy, so strict Trusted Types pages need no `dompurify` policy.
    TRUSTED_TYPES_POLICY: sanitizerPolicy(),
  });
}

/** `html` sanitized, as a template part. */
export const sanitizedHtml = (html: string) => unsafeHTML(sanitizeHtml(html));
