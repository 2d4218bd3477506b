/**
 * The branch's study assignments (`listStudyAssignments`), read-only, under the summary:
 * what was assigned to whom — education groups and named members — with its courses, due
 * day and yearly hours. A chunk of its own, fetched when the secretary first opens the list.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { StudyAssignment, StudyAssignmentList, StudySummary } from '../../../../api/types.js';
import { formatDate } from '../../../../i18n/format.js';
import type { Locale } from '../../../../i18n/locale.js';
import { planWords } from '../../../study-plan/strings/index.js';
import { dayName, hoursText } from '../../../study-plan/urgency-text.js';
import { assignmentStrings } from './strings/index.js';

/** The shape the list's answer must have, which the summary's backend checks. */
export { listStudyAssignments } from '../../../../contract/shapes/StudyAssignmentList.gen.js';

/** Course titles from the members' plans in the summary (the first that names one); an id where none does. */
export function courseTitles(summary: StudySummary | undefined): Map<string, string> {
  const titles = new Map<string, string>();
  for (const course of summary?.members.flatMap((m) => m.courses) ?? []) if (!titles.has(course.courseId)) titles.set(course.courseId, course.title);
  return titles;
}

function assignment(locale: Locale, a: StudyAssignment, titles: Map<string, string>, year: number): TemplateResult {
  const s = assignmentStrings(locale);
  const w = planWords(locale);
  const whom = [...a.groups.map((g) => w.group[g]), ...a.members.map((m) => m.name)].join(w.and);
  const courses = a.courseIds.map((id) => titles.get(id) ?? id).join(w.and);
  const facts = [
    a.dueOn ? s.dueOn(dayName(locale, a.dueOn, year)) : '',
    a.hoursPerYear ? s.hours(hoursText(locale, a.hoursPerYear)) : '',
    s.created(formatDate(locale, a.createdAt, { dateStyle: 'medium', timeZone: 'Asia/Shanghai' })),
  ].filter(Boolean);
  return html`<li part="assignment" class="assignment">
    <p class="name">${a.title}</p>
    <dl>
      <div><dt>${s.forWhom}</dt> <dd>${whom}</dd></div>
      ${courses ? html`<div><dt>${s.courses}</dt> <dd>${courses}</dd></div>` : nothing}
    </dl>
    <p class="muted">${facts.join(' · ')}</p>
  </li>`;
}

export function assignmentList(locale: Locale, list: StudyAssignmentList, summary: StudySummary | undefined): TemplateResult {
  const s = assignmentStrings(locale);
  const titles = courseTitles(summary);
  const year = summary?.year ?? new Date().getFullYear();
  return list.items.length
    ? html`<p class="muted">${s.count(list.items.length)}</p>
        <ul class="assignments">${list.items.map((a) => assignment(locale, a, titles, year))}</ul>`
    : html`<p class="muted">${s.none}</p>`;
}

export const styles = css`
  .assignments {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 24em), 1fr));
    gap: var(--_space);
    padding-block: var(--_space);
  }
  .assignment {
    display: grid;
    gap: 0.25em;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
  }
  .assignment dl {
    display: grid;
    gap: 0.15em;
    margin: 0;
  }
  .assignment dl div {
    display: flex;
    gap: 0.5em;
  }
  .assignment dt {
    flex: none;
    color: var(--_c-text-muted);
  }
  .assignment dd {
    margin: 0;
  }
`;
