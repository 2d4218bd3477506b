/** The parts of a branch's study summary: the rate and counts, the groups, the members. */
import { html, nothing, type TemplateResult } from 'lit';
import type { PlanCourse, PlanHours, StudySummary, StudySummaryMember } from '../../../api/types.js';
import { formatNumber, formatPercent } from '../../../i18n/format.js';
import type { Locale } from '../../../i18n/locale.js';
import { planStatuses, statusBadge, statusIcon } from '../../study-plan/status.js';
import { planWords } from '../../study-plan/strings/index.js';
import { courseUrgency, hoursUrgency, memberUrgencies, share, type Urgency } from '../../study-plan/urgency.js';
import { dayName, hoursText, urgencyText } from '../../study-plan/urgency-text.js';
import { groupRows } from './groups.js';
import { summaryStrings } from '../strings/index.js';

const bar = (value: number | null) => html`<span class="bar" aria-hidden="true"><span data-share=${value ?? 0}></span></span>`;
const groupNames = (locale: Locale, member: StudySummaryMember) => member.groups.map((g) => planWords(locale).group[g]).join(planWords(locale).and);

export function overview(locale: Locale, summary: StudySummary): TemplateResult {
  const s = summaryStrings(locale);
  const label = planWords(locale).status;
  return html`<div part="overview" class="overview row">
    <p class="rate">
      <strong class="big">${formatPercent(locale, summary.rate)}</strong>
      <span>${s.rate}</span>
      <span class="muted">${s.members(summary.memberCount, summary.plannedCount)}</span>
    </p>
    <ul part="counts" class="counts row" aria-label=${s.counts}>
      ${planStatuses.map(
        (status) => html`<li class="row" data-status=${status}>
          ${statusIcon(status)}<span>${label[status]}</span><strong>${formatNumber(locale, summary.counts[status])}</strong>
        </li>`,
      )}
    </ul>
  </div>`;
}

export function groupTable(locale: Locale, summary: StudySummary): TemplateResult {
  const s = summaryStrings(locale);
  const names = planWords(locale).group;
  return html`<div class="table-scroll" role="region" aria-label=${s.groups} tabindex="0">
    <table part="groups" class="groups">
      <caption class="section-title">${s.groups}</caption>
      <thead>
        <tr>
          <th scope="col">${s.group}</th>
          <th scope="col">${s.groupRate}</th>
          <th scope="col">${s.groupOverdue}</th>
          <th scope="col">${s.groupHours}</th>
        </tr>
      </thead>
      <tbody>
        ${groupRows(summary).map(
          (g) => html`<tr>
            <th scope="row"><span class="group-name">${names[g.group]}</span> <span class="muted">${s.people(g.members)}</span></th>
            <td data-status="done">
              ${g.rate === null
                ? html`<span class="muted">—</span>`
                : html`<span class="cell">${bar(g.rate)}${formatPercent(locale, g.rate, 0)}</span> <span class="muted">${g.done} / ${g.items}</span>`}
            </td>
            <td>${g.overdue}</td>
            <td>${g.targetHours ? `${hoursText(locale, g.creditedHours)} / ${hoursText(locale, g.targetHours)}` : html`<span class="muted">—</span>`}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function courseLine(locale: Locale, course: PlanCourse, year: number): TemplateResult {
  const w = planWords(locale);
  return html`<li class="course" data-status=${course.status}>
    ${statusIcon(course.status)}
    <span class="course-title">${course.title}</span>
    <span class="muted">${course.dueOn ? w.dueOn(dayName(locale, course.dueOn, year)) : w.undated}</span>
    <span>${urgencyText(locale, courseUrgency(course))}</span>
    <span class="cell">${bar(course.percent / 100)}${formatPercent(locale, course.percent / 100, 0)}</span>
  </li>`;
}

function hoursLine(locale: Locale, hours: PlanHours): TemplateResult {
  const s = summaryStrings(locale);
  return html`<li class="course" data-status=${hours.status}>
    ${statusIcon(hours.status)}
    <span class="course-title">${s.yearHours}</span>
    <span>${planWords(locale).hours(hoursText(locale, hours.creditedHours), hoursText(locale, hours.targetHours))}</span>
    <span>${urgencyOf(locale, hoursUrgency(hours))}</span>
    <span class="cell">${bar(share(hours.creditedHours, hours.targetHours))}</span>
  </li>`;
}

const urgencyOf = (locale: Locale, urgency: Urgency | null) => (urgency ? urgencyText(locale, urgency) : '');

/** "逾期 10 天 · 还剩 14 天 · 学时落后 22.1": the reason for the status first; nothing when the status says it all. */
function urgencies(locale: Locale, member: StudySummaryMember, asOf: string): TemplateResult | undefined {
  const [first, ...rest] = memberUrgencies(member, asOf).map((u) => urgencyText(locale, u));
  return first ? html`<strong>${first}</strong>${rest.map((text) => html` · <span>${text}</span>`)}` : undefined;
}

const urgent = (said: TemplateResult | undefined) => (said ? html`<p class="urgency">${said}</p>` : nothing);

const hoursOf = (locale: Locale, member: StudySummaryMember) =>
  member.hours ? planWords(locale).hours(hoursText(locale, member.hours.creditedHours), hoursText(locale, member.hours.targetHours)) : '';

export function memberList(locale: Locale, summary: StudySummary): TemplateResult {
  const s = summaryStrings(locale);
  return html`<ol part="members" class="members">
    ${summary.members.map(
      (m) => html`<li part="member" class="member" data-status=${m.status}>
        <p class="member-head row">
          <span class="name">${m.name}</span>
          <span class="muted">${groupNames(locale, m)}</span>
          ${statusBadge(locale, m.status)}
        </p>
        ${urgent(urgencies(locale, m, summary.asOf))}
        <p class="muted tally">${s.doneItems(m.done, m.items)}${m.hours ? ` · ${hoursOf(locale, m)}` : ''}</p>
        <details part="member-plan">
          <summary>${s.courses(m.name)}</summary>
          <ul class="courses">
            ${m.courses.map((c) => courseLine(locale, c, summary.year))} ${m.hours ? hoursLine(locale, m.hours) : nothing}
          </ul>
        </details>
      </li>`,
    )}
  </ol>`;
}

export function memberTable(locale: Locale, summary: StudySummary): TemplateResult {
  const s = summaryStrings(locale);
  return html`<div class="table-scroll" part="table-scroll" role="region" aria-label=${s.tableRegion} tabindex="0">
    <table part="member-table">
      <caption class="visually-hidden">${s.membersTitle(summary.members.length)}</caption>
      <thead>
        <tr>
          <th scope="col">${s.memberName}</th>
          <th scope="col">${s.group}</th>
          <th scope="col">${s.memberStatus}</th>
          <th scope="col">${s.memberUrgency}</th>
          <th scope="col">${s.memberDone}</th>
          <th scope="col">${s.memberHours}</th>
        </tr>
      </thead>
      <tbody>
        ${summary.members.map(
          (m) => html`<tr data-status=${m.status}>
            <th scope="row">${m.name}</th>
            <td>${groupNames(locale, m)}</td>
            <td>${statusBadge(locale, m.status)}</td>
            <td>${urgencies(locale, m, summary.asOf) ?? '—'}</td>
            <td>${m.done} / ${m.items}</td>
            <td>${m.hours ? `${hoursText(locale, m.hours.creditedHours)} / ${hoursText(locale, m.hours.targetHours)}` : '—'}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
