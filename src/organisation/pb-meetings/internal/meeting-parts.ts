/**
 * The member's meeting card: kind, topic, time, place or link, who is expected, the
 * member's reply or leave and its decision, check-in (a code, or online where allowed),
 * the outcome and, once ended, the materials. Presses are `data-act` buttons the element
 * handles; the parts decide nothing.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Meeting, MeetingReply } from '../../../api/types.js';
import { courseHref } from '../../../education/course-href.js';
import { safeUrl } from '../../../education/safe-url.js';
import type { Locale } from '../../../i18n/locale.js';
import { formatDate } from '../../../i18n/format.js';
import { meetingStrings } from '../strings/index.js';
import { offers, type Refusal } from './meeting-list.js';

export interface CardState {
  /** The page's `href-template` for a course (the make-up of a missed 党课). */
  hrefTemplate: string | undefined;
  busy: boolean;
  asking: boolean;
  refusal: Refusal | undefined;
  /** A reply waiting in the outbox: shown as the member's answer, marked 待发送. */
  pending: MeetingReply | undefined;
}

const time = (locale: Locale, m: Meeting) => {
  const start = formatDate(locale, m.startsAt, { dateStyle: 'medium', timeStyle: 'short' });
  return `${start} – ${formatDate(locale, m.endsAt, { timeStyle: 'short' })}`;
};

export function attendeesLabel(locale: Locale, m: Pick<Meeting, 'attendees'>): string {
  const a = meetingStrings(locale).attendees;
  return m.attendees.scope === 'group' ? a.group(m.attendees.group ?? '') : a[m.attendees.scope];
}

export function meetingCard(locale: Locale, m: Meeting, state: CardState): TemplateResult {
  const s = meetingStrings(locale);
  const can = offers(m);
  const link = safeUrl(m.onlineUrl);
  const mine = m.mine;
  const headingId = `m-${m.id}`;
  const waiting = state.pending?.reply;
  return html`<li part="meeting" class="meeting" data-id=${m.id} data-status=${m.status} data-outcome=${mine.attendance} aria-labelledby=${headingId}>
    <p class="kind" part="kind" data-kind=${m.kind}>${s.kinds[m.kind]}${m.status === 'open' ? html`<span class="live">${s.checkInOpen}</span>` : nothing}</p>
    <h4 id=${headingId} class="topic" part="topic" tabindex="-1">${m.topic}</h4>
    <p class="when"><time datetime=${m.startsAt}>${time(locale, m)}</time></p>
    <p class="where">
      ${m.place ? html`<span>${s.place(m.place)}</span>` : nothing}
      ${link ? html`<a part="online-link" href=${link} target="_blank" rel="noopener noreferrer">${s.online}</a>` : nothing}
      <span class="who">${attendeesLabel(locale, m)}</span>
    </p>
    <p class="outcome" part="outcome" data-outcome=${mine.attendance} role="status">
      ${mine.checkIn ? s.checkedIn(formatDate(locale, mine.checkIn.at, { timeStyle: 'short' })) : s.outcomes[mine.attendance]}
      ${waiting
        ? html` · ${s.replied[waiting]} <span part="waiting" class="waiting">${s.waiting}</span>`
        : !mine.checkIn && mine.leave
          ? html` · ${s.leave[mine.leave.status]}`
          : !mine.checkIn && mine.reply === 'attend' && m.status !== 'ended'
            ? html` · ${s.replied.attend}`
            : nothing}
    </p>
    ${mine.leave?.note ? html`<p class="note">${s.note(mine.leave.note)}</p>` : nothing}
    ${can.code ? checkInForm(locale, m, state) : nothing}
    ${can.reply && !state.asking
      ? html`<div class="actions">
          ${(waiting ? waiting !== 'attend' : mine.reply !== 'attend' || mine.leave) ? html`<button class="button" type="button" data-act="attend" ?disabled=${state.busy}>${s.attend}</button>` : nothing}
          ${(waiting ?? mine.reply) !== 'leave' ? html`<button class="button" type="button" data-act="ask" ?disabled=${state.busy}>${s.ask}</button>` : nothing}
        </div>`
      : nothing}
    ${state.asking ? leaveForm(locale, state) : nothing}
    ${state.refusal ? html`<p part="refusal" class="refusal" role="alert">${s.refused[state.refusal]}</p>` : nothing}
    ${m.makeUpCourseId && mine.attendance === 'absent' ? makeUp(locale, m.makeUpCourseId, state.hrefTemplate) : nothing}
    ${m.status === 'ended' && m.materials.length ? materials(locale, m) : nothing}
  </li>`;
}

function checkInForm(locale: Locale, m: Meeting, state: CardState): TemplateResult {
  const s = meetingStrings(locale);
  return html`<form part="check-in" class="check-in" data-act-form="check-in" novalidate>
    <label class="field">
      <span>${s.code}</span>
      <input name="code" inputmode="numeric" autocomplete="off" maxlength="12" placeholder="000000" aria-describedby=${`hint-${m.id}`} />
    </label>
    <button class="button primary" type="submit" ?disabled=${state.busy} aria-busy=${state.busy ? 'true' : 'false'}>${s.checkIn}</button>
    ${m.onlineAllowed ? html`<button class="button" type="button" data-act="online" ?disabled=${state.busy}>${s.checkInOnline}</button>` : nothing}
    <span id=${`hint-${m.id}`} class="hint">${s.codeHint}</span>
  </form>`;
}

function leaveForm(locale: Locale, state: CardState): TemplateResult {
  const s = meetingStrings(locale);
  return html`<form part="leave-form" class="leave" data-act-form="leave" novalidate>
    <label class="field"><span>${s.reason}</span><textarea name="reason" rows="2" maxlength="200" required></textarea></label>
    <div class="actions">
      <button class="button primary" type="submit" ?disabled=${state.busy}>${s.send}</button>
      <button class="button" type="button" data-act="cancel-ask">${s.cancel}</button>
    </div>
  </form>`;
}

/** The way to make up a missed 党课: its course, linked by the page's template or asked for with `pb-meeting-makeup`. */
function makeUp(locale: Locale, courseId: string, template: string | undefined): TemplateResult {
  const s = meetingStrings(locale);
  const href = courseHref(template, courseId);
  return href
    ? html`<a part="makeup" class="button" href=${href}>${s.makeUp}</a>`
    : html`<button part="makeup" class="button" type="button" data-act="makeup" data-course=${courseId}>${s.makeUp}</button>`;
}

function materials(locale: Locale, m: Meeting): TemplateResult {
  const s = meetingStrings(locale);
  return html`<div part="materials" class="materials">
    <p class="label">${s.materials}</p>
    <ul>
      ${m.materials.map((file) => {
        const href = safeUrl(file.url);
        return html`<li>${href ? html`<a href=${href} target="_blank" rel="noopener noreferrer" download>${file.name}</a>` : file.name}</li>`;
      })}
    </ul>
  </div>`;
}
