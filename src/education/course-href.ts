import { safeUrl } from './safe-url.js';

/**
 * The link of a course from the page's `href-template` (`/study.html?course={id}`): the
 * id is URL-encoded, and a template that would not give an http(s) URL gives none.
 */
export function courseHref(template: string | undefined, courseId: string): string | undefined {
  if (!template) return undefined;
  return safeUrl(template.replaceAll('{id}', encodeURIComponent(courseId)));
}
