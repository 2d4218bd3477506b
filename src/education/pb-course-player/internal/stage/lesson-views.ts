import { html, nothing, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { Lesson } from '../../../../api/types.js';
import { formatDuration } from '../../../../i18n/format.js';
import type { Locale } from '../../../../i18n/locale.js';
import { safeUrl } from '../../../safe-url.js';
import { fileSize } from '../file-size.js';
import { icon } from '../icons.js';
import { stageStrings, type StageStrings } from './strings/index.js';

/** A problem with the lesson's own data, in the stage: the member's words and the field for the webmaster. */
export function lessonProblem(s: StageStrings, field: string): TemplateResult {
  return html`<div class="problem static" role="alert"><p>${s.mediaMissing(field)}</p></div>`;
}

/** Whether a document lesson is a PDF, which the player shows itself. */
export const isPdf = (lesson: Lesson): boolean => /pdf/i.test(lesson.document?.type ?? '');

/** A document lesson: a PDF in the player's viewer (`pdf` renders it), and always a link to open or download the file. */
export function documentView(s: StageStrings, lesson: Lesson, pdf: () => TemplateResult): TemplateResult {
  const src = safeUrl(lesson.document?.src);
  if (!src) return lessonProblem(s, 'document.src');
  return html`<div class="reading-area document" part="document">
    ${isPdf(lesson) ? pdf() : nothing}
    <p class="actions">
      <a class="button" href=${src} target="_blank" rel="noopener">${s.open}</a>
      <a class="button" href=${src} download>${icon('download')}${s.download}</a>
    </p>
  </div>`;
}

/** An article lesson; `html` is the article after DOMPurify, undefined while the sanitizer loads. */
export function articleView(html_: string | undefined): TemplateResult {
  return html`<article class="reading-area article" part="article" aria-busy=${html_ === undefined ? 'true' : 'false'}>${html_ === undefined ? nothing : unsafeHTML(html_)}</article>`;
}

/** Where reading time stands: counting or paused, and what the server credited against the minimum. */
export function readingStatus(locale: Locale, lesson: Lesson, credited: number, counting: boolean): TemplateResult {
  const s = stageStrings(locale);
  return html`<p class="reading-status" data-on=${counting ? 'true' : 'false'}>
    <span class="dot" aria-hidden="true"></span><span>${counting ? s.readingOn : s.readingOff}</span>
    <span>${s.reading(formatDuration(locale, credited), formatDuration(locale, lesson.minReadingSeconds ?? 0))}</span>
  </p>`;
}

const kinds: Array<[RegExp, string]> = [
  [/pdf/, 'PDF'],
  [/word/, 'Word'],
  [/excel|spreadsheet/, 'Excel'],
  [/powerpoint|presentation/, 'PPT'],
  [/zip|compressed/, 'ZIP'],
];

/** A short name for a file's type: PDF, Word…, else its extension. */
export function fileKind(type: string, name: string): string {
  return kinds.find(([pattern]) => pattern.test(type))?.[1] ?? (/\.(\w{1,5})$/.exec(name)?.[1] ?? type.split('/').pop() ?? '').toUpperCase();
}

/** The lesson's training materials, each with its name, type and size, to download. */
export function attachmentsView(locale: Locale, lesson: Lesson): TemplateResult | typeof nothing {
  const s = stageStrings(locale);
  const items = lesson.attachments.flatMap((a) => {
    const href = safeUrl(a.url);
    return href ? [{ ...a, href }] : [];
  });
  if (!items.length) return nothing;
  return html`<section class="materials" part="materials" aria-labelledby="materials-title">
    <h4 id="materials-title">${s.materials}</h4>
    <ul>
      ${items.map(
        (a) => html`<li>
          <a part="attachment" href=${a.href} download=${a.name}>${icon('download')}<span>${a.name}</span></a>
          <span class="info">${fileKind(a.type, a.name)} · ${fileSize(locale, a.sizeBytes)}</span>
        </li>`,
      )}
    </ul>
  </section>`;
}

/** The keyboard help, a modal dialog the `?` key and button open. */
export function helpDialog(s: StageStrings): TemplateResult {
  return html`<dialog class="help" part="help" aria-labelledby="help-title">
    <h3 id="help-title">${s.keys}</h3>
    <dl>${s.keyHelp.map(([keys, what]) => html`<div><dt><kbd>${keys}</kbd></dt><dd>${what}</dd></div>`)}</dl>
    <form method="dialog"><button class="button primary">${s.close}</button></form>
  </dialog>`;
}

