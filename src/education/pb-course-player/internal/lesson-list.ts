import { html, nothing, type TemplateResult } from 'lit';
import type { Course } from '../../../api/types.js';
import { formatDuration, formatNumber, formatPercent } from '../../../i18n/format.js';
import type { Locale } from '../../../i18n/locale.js';
import { icon } from './icons.js';
import { lessonLength, type LessonState } from './lessons.js';
import { ask } from './player-host.js';
import { playerStrings } from '../strings/index.js';

/** The lessons, with kind, length, done marks, locks and which are saved on the device; a press asks the element to open one. */
export function lessonList(locale: Locale, course: Course, states: LessonState[], current: number, saved?: ReadonlySet<string>): TemplateResult {
  const s = playerStrings(locale);
  return html`<nav class="lessons" part="lessons" aria-label=${s.lessons}>
    <ol>
      ${course.lessons.map((lesson, i) => {
        const state = states[i]!;
        return html`<li>
          <button
            type="button"
            part="lesson"
            class="lesson"
            aria-current=${i === current ? 'true' : 'false'}
            aria-disabled=${state.locked ? 'true' : 'false'}
            data-done=${state.completed ? 'true' : nothing}
            @click=${(event: Event) => ask(event.currentTarget!, { type: 'open', index: i })}
          >
            <span class="kind">${icon(lesson.kind)}</span>
            <span class="name">${lesson.title}</span>
            <span class="info">${s.kind[lesson.kind]} · ${formatDuration(locale, lessonLength(lesson))}</span>
            <span class="mark">
              ${state.locked
                ? html`${icon('lock')}${s.locked}`
                : state.completed
                  ? html`${icon('check')}${s.done}`
                  : state.coverage > 0
                    ? formatPercent(locale, state.coverage, 0)
                    : nothing}
              ${saved?.has(lesson.id) ? html`<span class="saved">${icon('download')}${s.saved}</span>` : nothing}
            </span>
          </button>
        </li>`;
      })}
    </ol>
  </nav>`;
}

/** 学时 as a short number: 2, 1.5. */
export const hours = (locale: Locale, value: number) => formatNumber(locale, value, 1);
