/**
 * 为你安排, the first thing in the catalog for a member with a study plan: the courses
 * the branch assigned them, most urgent first (the server's order), each with its status,
 * due date and progress, and the year's study hours against the target. A chunk of its
 * own, fetched together with the plan, so sites without study plans carry none of it;
 * the catalog leaves the section out when the backend has no plan for the member.
 */
import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import type { CertificateHost, CertificatePanel } from '../../../certificate/certificate.lazy.js';
import { lazy } from '../../../../shared/lazy.js';
import { errorState, loadingState } from '../../../../shared/states.js';
import type { ResolvedSettings } from '../../../../config/settings.js';
import type { PlanCourse, PlanHours, StudyPlan } from '../../../../api/types.js';
import { formatPercent } from '../../../../i18n/format.js';
import type { Locale } from '../../../../i18n/locale.js';
import { planStatuses, statusBadge } from '../../../study-plan/status.js';
import { planWords } from '../../../study-plan/strings/index.js';
import { courseUrgency } from '../../../study-plan/urgency.js';
import { dayName, hoursText, urgencyText } from '../../../study-plan/urgency-text.js';
import { planSectionStrings } from './strings/index.js';

export { planSectionStyles as styles } from './plan-section.styles.js';

/** The shape the plan's answer must have, which the catalog's backend checks. */
export { getMyStudyPlan } from '../../../../contract/shapes/StudyPlan.gen.js';

/** What the section asks of the catalog around it (requests up: the catalog decides). */
export interface PlanSectionHost {
  /** The course's link from `href-template`; undefined makes the title a button. */
  href(courseId: string): string | undefined;
  /** The member chose a course (fires `pb-course-select`). */
  select(event: Event, course: PlanCourse): void;
  /**
   * The catalog: the veteran's "larger text" is its `data-larger-text` attribute (this
   * catalog only, the page's colours kept); the year's certificate shows in it.
   */
  element: HTMLElement & CertificateHost & Pick<ReactiveElement, 'renderRoot'> & { settings: ResolvedSettings };
  /** The page's theme: where it is already large text, no switch is offered. */
  theme(): string;
}

function largeTextSwitch(locale: Locale, host: PlanSectionHost): TemplateResult | typeof nothing {
  const element = host.element;
  const pressed = element.hasAttribute('data-larger-text');
  if (!pressed && host.theme() === 'large-text') return nothing;
  const toggle = () => {
    element.toggleAttribute('data-larger-text');
    element.requestUpdate();
  };
  return html`<button type="button" class="button" aria-pressed=${pressed ? 'true' : 'false'} @click=${toggle}>${planSectionStrings(locale).largeText}</button>`;
}

function courseRow(locale: Locale, plan: StudyPlan, course: PlanCourse, host: PlanSectionHost): TemplateResult {
  const w = planWords(locale);
  const href = host.href(course.courseId);
  const select = (event: Event) => host.select(event, course);
  const urgency = courseUrgency(course);
  return html`<li part="plan-course" class="plan-course" data-status=${course.status} data-id=${course.courseId}>
    ${statusBadge(locale, course.status)}
    <span class="plan-name">${href ? html`<a href=${href} @click=${select}>${course.title}</a>` : html`<button type="button" @click=${select}>${course.title}</button>`}</span>
    <span class="plan-when">
      ${urgency.kind === 'done' ? nothing : html`<strong>${urgencyText(locale, urgency)}</strong>`}
      ${course.dueOn ? html`<span class="muted">${w.dueOn(dayName(locale, course.dueOn, plan.year))}</span>` : nothing}
    </span>
    <span class="plan-progress">
      <progress max="100" .value=${course.percent} aria-label=${w.percent(course.title)}></progress>
      <span>${formatPercent(locale, course.percent / 100, 0)}</span>
    </span>
  </li>`;
}

/** The year's certificate (the education widgets' certificate chunk), one panel per catalog. */
const certificateChunk = lazy(() => import('../../../certificate/certificate.lazy.js'));
const panels = new WeakMap<HTMLElement, CertificatePanel>();
const failed = new WeakMap<HTMLElement, unknown>();

function openYearCertificate(host: PlanSectionHost, year: number): void {
  const element = host.element;
  failed.delete(element);
  certificateChunk(element).then(
    (parts) => {
      let panel = panels.get(element);
      if (!panel) panels.set(element, (panel = new parts.CertificatePanel(element)));
      void panel.open(String(year), (backend) => backend.getYearCertificate({ year }));
    },
    (error: unknown) => {
      failed.set(element, error);
      element.requestUpdate();
    },
  );
}

function yearCertificate(host: PlanSectionHost, year: number): unknown {
  const { element } = host;
  const settings = element.settings;
  if (failed.has(element)) return errorState(settings, failed.get(element), () => openYearCertificate(host, year));
  return panels.get(element)?.view(String(year), { loading: () => loadingState(settings.locale, 3), error: (error, retry) => errorState(settings, error, retry) });
}

function hoursRow(locale: Locale, hours: PlanHours, host: PlanSectionHost): TemplateResult {
  const s = planSectionStrings(locale);
  const value = planWords(locale).hours(hoursText(locale, hours.creditedHours), hoursText(locale, hours.targetHours));
  const done = hours.status === 'done';
  return html`<div part="plan-hours" class="plan-hours" data-status=${hours.status}>
    <p class="plan-hours-head">
      <span class="plan-label">${s.hours(hours.year)}</span>
      <strong>${value}</strong>
      ${statusBadge(locale, hours.status)}
    </p>
    <progress max=${hours.targetHours} .value=${Math.min(hours.creditedHours, hours.targetHours)} aria-label=${s.hoursProgress(value)}></progress>
    ${done && !host.element.settings.notOffered.has('getYearCertificate') ? html`<p><button type="button" class="button" @click=${() => openYearCertificate(host, hours.year)}>${s.yearCertificate}</button></p>` : nothing}
    ${yearCertificate(host, hours.year)}
    <p class="muted">
      ${done
        ? s.reached
        : [s.pace(hoursText(locale, hours.expectedHours)), hours.behindHours > 0 ? s.behind(hoursText(locale, hours.behindHours)) : '', hours.daysLeft >= 0 ? s.yearEnd(hours.daysLeft) : '']
            .filter(Boolean)
            .join(' · ')}
    </p>
  </div>`;
}

/** Old members are offered listening and large text first; members away from home, listening on a poor connection. */
function tip(locale: Locale, plan: StudyPlan, host: PlanSectionHost): TemplateResult | typeof nothing {
  const s = planSectionStrings(locale);
  const veteran = plan.groups.includes('veteran');
  if (!veteran && !plan.groups.includes('migrant')) return nothing;
  return html`<p part="plan-tip" class="plan-tip">
    <span>${veteran ? s.veteranTip : s.migrantTip}</span>
    ${veteran ? largeTextSwitch(locale, host) : nothing}
  </p>`;
}

/** The section; the catalog renders it above its own toolbar. */
export function planSection(locale: Locale, plan: StudyPlan, host: PlanSectionHost): TemplateResult {
  const s = planSectionStrings(locale);
  const label = planWords(locale).status;
  const counts = planStatuses.filter((status) => plan.counts[status] > 0).map((status) => s.count(label[status], plan.counts[status]));
  return html`<section part="plan" class="plan" aria-labelledby="plan-title">
    <div class="plan-head">
      <h3 class="plan-title" id="plan-title">${s.title}</h3>
      <p class="muted">${counts.join(' · ')}</p>
    </div>
    ${plan.hours ? hoursRow(locale, plan.hours, host) : nothing}
    ${plan.courses.length ? html`<ol class="plan-list">${plan.courses.map((course) => courseRow(locale, plan, course, host))}</ol>` : nothing}
    ${tip(locale, plan, host)}
  </section>`;
}
