/**
 * Templates both views show for a request: its status (an icon and a word, never colour
 * alone), the line that says what the status means, the link to its course. Buttons carry
 * `data-act` and the row its `data-id`: the element decides what a press means ("requests
 * up"), so a row is a plain function of its data.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CourseRequest, CourseRequestStatus } from '../../../api/types.js';
import { formatDate } from '../../../i18n/format.js';
import type { Locale } from '../../../i18n/locale.js';
import { courseHref } from '../../course-href.js';
import type { ShownRequest } from './request-list.js';
import { canVoice, statusLine } from './request-status.js';
import { requestStrings } from '../strings/index.js';

const icons: Record<CourseRequestStatus, string> = {
  received: 'M4 13h4l2 3h4l2-3h4M4 13l2-8h12l2 8v6H4z',
  planned: 'M4 6h16v14H4zM4 10h16M8 3v4M16 3v4',
  available: 'M5 12.5l4.5 4.5L19 7',
  declined: 'M6 6l12 12M18 6 6 18',
  merged: 'M6 4v5a5 5 0 0 0 5 5h8M15 10l4 4-4 4',
};

/** A 24-unit line icon; decorative, as words always go with it. */
export const icon = (d: string): TemplateResult => html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d=${d} /></svg>`;

/** A day `YYYY-MM-DD` (China's calendar) as the locale writes it, the same day in every time zone. */
export const formatDay = (locale: Locale, day: string): string => formatDate(locale, `${day}T00:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' });

export function statusBadge(locale: Locale, status: CourseRequestStatus): TemplateResult {
  return html`<span part="status" class="badge" data-status=${status}>${icon(icons[status])}${requestStrings(locale).statuses[status]}</span>`;
}

/** The course of an available request (or one offered while asking): a link with `href-template`, else a button; `data-act="open"` either way. */
export function courseLink(template: string | undefined, course: { id: string; title: string }, label: string): TemplateResult {
  const href = courseHref(template, course.id);
  return href
    ? html`<a part="course-link" class="link" href=${href} data-act="open" data-course=${course.id} data-title=${course.title}>${label}</a>`
    : html`<button part="course-link" class="link" type="button" data-act="open" data-course=${course.id} data-title=${course.title}>${label}</button>`;
}

/** What the status means for the member, in one line. */
export function statusText(locale: Locale, request: CourseRequest, template: string | undefined): TemplateResult {
  const s = requestStrings(locale);
  const line = statusLine(request);
  let text: unknown;
  switch (line.status) {
    case 'received':
      text = s.received(formatDay(locale, line.day));
      break;
    case 'planned':
      text = line.day ? s.planned(formatDay(locale, line.day)) : s.statuses.planned;
      break;
    case 'available':
      text = line.course ? html`${s.available}<strong>${line.course.title}</strong> ${courseLink(template, line.course, s.open)}` : s.statuses.available;
      break;
    case 'declined':
      text = s.declined(line.reason);
      break;
    default:
      text = line.into ? s.merged(line.into.title) : s.statuses.merged;
  }
  return html`<p part="status-line" class="line" data-status=${line.status}>${text}</p>`;
}

const heart = 'M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.5-7 10-7 10z';

/** The member's voice: a toggle while the request is open, and how many want it. */
export function voiceControl(locale: Locale, request: ShownRequest): TemplateResult {
  const s = requestStrings(locale);
  // A request asked offline has no id the server knows yet: its voice is the requester's own.
  const toggle = canVoice(request.status) && !request.id.startsWith('pending:');
  return html`<div class="voice">
    ${toggle
      ? html`<button part="voice" class="button voice-button" type="button" data-act="voice" aria-pressed=${request.mine.voiced ? 'true' : 'false'}>
          ${icon(heart)}${s.voice}
        </button>`
      : nothing}
    <span part="voices" class="count">${s.voices(request.voices)}</span>
  </div>`;
}

/** Tags after the category: the member's own part, anonymity, news, a write waiting. */
export function tags(locale: Locale, request: ShownRequest, extra: unknown = nothing): TemplateResult {
  const s = requestStrings(locale);
  return html`<p class="tags">
    <span class="tag">${request.category}</span>
    ${request.mine.asked ? html`<span class="tag mine">${s.asked}</span>` : request.mine.voiced ? html`<span class="tag mine">${s.voiced}</span>` : nothing}
    ${request.anonymous ? html`<span class="tag">${s.anonymous}</span>` : nothing}
    ${request.mine.unread ? html`<span part="news" class="tag news">${s.news}</span>` : nothing}
    ${request.pending ? html`<span part="waiting" class="tag waiting">${s.waiting}</span>` : nothing} ${extra}
  </p>`;
}

/** One request in the member's list. */
export function memberRow(locale: Locale, request: ShownRequest, template: string | undefined, refusal: string | undefined): TemplateResult {
  const s = requestStrings(locale);
  return html`<li part="request" class="request" data-id=${request.id} data-status=${request.status} ?data-unread=${request.mine.unread}>
    <div class="top">
      <h3 part="title" class="name" tabindex="-1">${request.title}</h3>
      ${statusBadge(locale, request.status)}
    </div>
    ${tags(locale, request)} ${request.details ? html`<p class="details">${request.details}</p>` : nothing} ${statusText(locale, request, template)}
    ${voiceControl(locale, request)} ${refusal ? html`<p part="refusal" class="refusal" role="alert">${s.refused(refusal)}</p>` : nothing}
  </li>`;
}
