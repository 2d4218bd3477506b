import { html, nothing, svg, type TemplateResult } from 'lit';
import { NetworkError, ProblemError } from '../../../../api/errors.js';
import type { Lesson } from '../../../../api/types.js';
import type { ResolvedSettings } from '../../../../config/settings.js';
import { formatDate, formatPercent } from '../../../../i18n/format.js';
import type { Locale } from '../../../../i18n/locale.js';
import { coreStrings } from '../../../../i18n/strings.js';
import { describeError } from '../../../../shared/error-text.js';
import { icon } from '../icons.js';
import { fileSize } from '../file-size.js';
import { countRoles, fits, type LessonFile, type SavedLesson } from './offline-rules.js';
import { isStorageFull } from './saved-files.js';
import { savedStrings, type SavedStrings } from './strings/index.js';

/** Where saving a lesson stands (none: the stage's plain "Save for offline" button). */
export type Step =
  | { step: 'measuring'; abort: AbortController }
  | { step: 'confirm'; files: LessonFile[]; bytes: number; unknown: number; text: number; left: number | undefined; kind: Lesson['kind'] }
  | { step: 'saving'; abort: AbortController; done: number; total: number }
  | { step: 'remove' }
  | { step: 'error'; error: unknown; removing?: boolean; retry: () => void };

export type Confirm = Extract<Step, { step: 'confirm' }>;

export interface ControlOptions {
  step: Step | undefined;
  saved: SavedLesson | undefined;
  /** The page shows the course from the saved copy (offline), and the lesson needs files it may not have. */
  savedCopy: boolean;
  /** The page refused the saved media (`media-src` without `blob:`). */
  refused: boolean;
  save(confirm: Confirm): void;
  cancel(): void;
  askRemove(): void;
  remove(): void;
}

/** A phone with no signal: the saved copy's mark. */
const offlineIcon = html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${svg`<path d="M7 3h10v18H7zM10 18h4M3 3l18 18" />`}</svg>`;

/** "视频、封面、2 个字幕文件、1 份学习资料和课程文字". */
function contents(s: SavedStrings, confirm: Confirm): string {
  const counts = countRoles(confirm.files);
  const parts: string[] = [];
  if (counts.media) parts.push(confirm.kind === 'audio' ? s.parts.audio : s.parts.video);
  if (counts.poster) parts.push(s.parts.poster);
  if (counts.captions) parts.push(s.parts.captions(counts.captions));
  if (counts.document) parts.push(s.parts.document);
  if (counts.attachment) parts.push(s.parts.attachment(counts.attachment));
  parts.push(s.parts.text);
  return s.list(parts);
}

/** What went wrong, in the member's words, with the technical line for the webmaster. */
function problem(locale: Locale, error: unknown): { message: string; detail: string | undefined } {
  const s = savedStrings(locale);
  const detail = error instanceof Error ? error.message : String(error);
  if (isStorageFull(error)) return { message: s.quota, detail };
  if (error instanceof NetworkError) return { message: s.network, detail };
  if (error instanceof ProblemError && /^(GET|HEAD) /.test(error.endpoint ?? '')) return { message: s.file(String(error.status)), detail: `${error.status} ${error.endpoint}` };
  const text = describeError(coreStrings(locale), error);
  return { message: text.message, detail: text.detail };
}

const buttons = (...items: TemplateResult[]) => html`<p class="actions">${items}</p>`;

/**
 * The control under a lesson, for each step of saving it, the saved mark, and the notes
 * for a page showing the saved copy. Undefined where the stage shows its plain button.
 */
export function savedControl(settings: ResolvedSettings, o: ControlOptions): TemplateResult | undefined {
  const locale = settings.locale;
  const s = savedStrings(locale);
  const cancel = html`<button class="button" type="button" @click=${o.cancel}>${s.cancel}</button>`;
  const step = o.step;
  if (step?.step === 'measuring') {
    return html`<div class="saved-lesson" part="offline" aria-busy="true">
      <p class="line" role="status"><span class="spinner" aria-hidden="true"></span>${s.measuring}</p>
      ${buttons(cancel)}
    </div>`;
  }
  if (step?.step === 'confirm') {
    const need = step.bytes + step.text;
    const room = fits(need, step.left);
    return html`<div class="saved-lesson" part="offline" role="group" aria-labelledby="saved-what">
      <p id="saved-what">${step.unknown ? s.sizeUnknown(fileSize(locale, need), step.unknown) : s.contents(contents(s, step), fileSize(locale, need))}</p>
      ${room
        ? step.left === undefined
          ? nothing
          : html`<p class="info">${s.spaceLeft(fileSize(locale, step.left))}</p>`
        : html`<p class="warning" role="alert">${s.noSpace(fileSize(locale, need), fileSize(locale, step.left ?? 0))}</p>`}
      ${buttons(...(room ? [html`<button class="button primary" type="button" @click=${() => o.save(step)}>${icon('download')}${s.confirm}</button>`] : []), cancel)}
    </div>`;
  }
  if (step?.step === 'saving') {
    const done = s.savingOf(fileSize(locale, step.done), fileSize(locale, step.total));
    return html`<div class="saved-lesson" part="offline">
      <p class="line">${s.saving} <span class="info">${done}</span></p>
      <progress max=${step.total} .value=${step.done} aria-label=${s.progress} aria-valuetext=${`${formatPercent(locale, step.done / (step.total || 1), 0)} (${done})`}></progress>
      ${buttons(cancel)}
    </div>`;
  }
  if (step?.step === 'remove') {
    return html`<div class="saved-lesson" part="offline" role="group" aria-labelledby="saved-remove">
      <p id="saved-remove">${s.removeAsk}</p>
      ${buttons(html`<button class="button danger" type="button" @click=${o.remove}>${s.removeConfirm}</button>`, cancel)}
    </div>`;
  }
  if (step?.step === 'error') {
    const { message, detail } = problem(locale, step.error);
    return html`<div class="saved-lesson error" part="offline" role="alert">
      <p><strong>${step.removing ? s.removeFailed : s.failed}</strong> ${message}</p>
      ${detail ? html`<details class="detail"><summary>${coreStrings(locale).details}</summary><code>${detail}</code></details>` : nothing}
      ${buttons(html`<button class="button primary" type="button" @click=${step.retry}>${coreStrings(locale).retry}</button>`, cancel)}
    </div>`;
  }
  if (o.saved) {
    return html`<div class="saved-lesson saved" part="offline">
      <p class="line" tabindex="-1"><span class="mark">${icon('check')}${s.saved}</span><span class="info">${s.savedInfo(fileSize(locale, o.saved.bytes), formatDate(locale, o.saved.savedAt))}</span></p>
      ${o.refused ? html`<p class="warning">${s.blobRefused}</p>` : nothing}
      ${buttons(html`<button class="button" type="button" @click=${o.askRemove}>${s.remove}</button>`)}
    </div>`;
  }
  if (o.savedCopy) return html`<p class="saved-lesson note" part="offline">${s.notSaved}</p>`;
  return undefined;
}

/** The banner over a course shown from the copy saved on this device at `savedAt`. */
export function savedCopyBanner(locale: Locale, savedAt: number): TemplateResult {
  return html`<p class="saved-copy" part="saved-copy" role="status">${offlineIcon}<span>${savedStrings(locale).copy(formatDate(locale, savedAt, { dateStyle: 'medium', timeStyle: 'short' }))}</span></p>`;
}
