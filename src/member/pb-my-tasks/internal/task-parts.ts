/** The parts of the task list: the counts, the year's study hours, and the tasks by urgency. */
import { html, nothing, type TemplateResult } from 'lit';
import type { PlanHours, Task, TaskCounts, TaskList, TaskUrgency } from '../../../api/types.js';
import { formatCny, formatDate, formatNumber, formatPercent } from '../../../i18n/format.js';
import type { Locale } from '../../../i18n/locale.js';
import { tasksStrings } from '../strings/index.js';
import { taskHref, type LinkTemplates } from './task-links.js';

export const urgencies: readonly TaskUrgency[] = ['overdue', 'due-soon', 'later'];

// Each urgency has its own shape, so it reads without colour (and its word is always beside it).
const ring = 'M3 12a9 9 0 1 0 18 0a9 9 0 1 0-18 0';
const paths: Record<TaskUrgency, string> = {
  overdue: 'M12 3 2 21h20zM12 10v5M12 18v.5',
  'due-soon': `${ring}M12 7v5l3 2`,
  later: `${ring}M8 12h8`,
};
const urgencyIcon = (u: TaskUrgency) => html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d=${paths[u]} /></svg>`;

/** A day `YYYY-MM-DD` as `10月15日` / `Oct 15`. */
const dayName = (locale: Locale, day: string) => formatDate(locale, `${day}T00:00:00Z`, { month: 'short', day: 'numeric', timeZone: 'UTC' });
const monthName = (locale: Locale, month: string) => formatDate(locale, `${month}-01T00:00:00Z`, { year: 'numeric', month: 'short', timeZone: 'UTC' });

export interface ListPorts {
  links: LinkTemplates;
  /** Reminders marked read on this page (they leave at once, whatever the outbox still waits for). */
  read: ReadonlySet<string>;
  markRead(task: Task): void;
}

/** The tasks the member still sees: the server's, less reminders marked read here. */
export function visibleTasks(list: TaskList, read: ReadonlySet<string>): Task[] {
  return list.items.filter((t) => !(t.kind === 'reminder' && read.has(t.targetId)));
}

export function countsOf(items: readonly Task[]): TaskCounts {
  const counts: TaskCounts = { overdue: 0, 'due-soon': 0, later: 0, total: items.length };
  for (const t of items) counts[t.urgency] += 1;
  return counts;
}

export function titleOf(locale: Locale, task: Task): string {
  const s = tasksStrings(locale);
  if (task.kind === 'dues' && task.months.length) return s.duesTitle(monthName(locale, task.months[0]!), monthName(locale, task.months.at(-1)!));
  if (task.kind === 'reminder' && task.reminder) return task.reminder.message ?? s.reminderSubject[task.reminder.subject];
  return task.title;
}

/** When it is due, in words: 逾期 10 天 · 还剩 14 天 (9月29日截止) · 不限期. */
function dueText(locale: Locale, task: Task): string {
  const s = tasksStrings(locale);
  if (task.meeting?.need === 'check-in') return s.checkInOpen;
  if (task.kind === 'meeting' && task.daysLeft !== null && task.daysLeft >= 0 && task.daysLeft <= 30) return s.meetingIn(task.daysLeft);
  if (task.daysLeft === null || task.dueOn === null) return task.kind === 'reminder' ? '' : s.noDate;
  if (task.daysLeft < 0) return s.overdueBy(-task.daysLeft);
  return task.daysLeft <= 30 ? s.dueIn(task.daysLeft) : s.dueOn(dayName(locale, task.dueOn));
}

function detailText(locale: Locale, task: Task): string {
  const s = tasksStrings(locale);
  if (task.kind === 'course' && task.percent !== null) return s.percent(formatPercent(locale, task.percent / 100, 0));
  if (task.kind === 'dues' && task.amountFen !== null) return s.duesMonths(task.months.length, formatCny(locale, task.amountFen));
  if (task.kind === 'reminder' && task.reminder) return s.reminderFrom(task.reminder.from.name);
  if (task.kind === 'meeting' && task.meeting) {
    const { need, startsAt, place } = task.meeting;
    const when = formatDate(locale, startsAt, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
    return [s.meetingNeed[need], when, place].filter(Boolean).join(' · ');
  }
  return '';
}

export function countsLine(locale: Locale, counts: TaskCounts): TemplateResult {
  const s = tasksStrings(locale);
  return html`<ul part="counts" class="counts row" aria-label=${s.counts}>
    ${urgencies.map(
      (u) => html`<li class="row" data-urgency=${u}>${urgencyIcon(u)}<span>${s.urgency[u]}</span><strong>${formatNumber(locale, counts[u])}</strong></li>`,
    )}
  </ul>`;
}

export function hoursLine(locale: Locale, hours: PlanHours | null): TemplateResult | typeof nothing {
  if (!hours) return nothing;
  const s = tasksStrings(locale);
  const n = (h: number) => formatNumber(locale, h, 1);
  const note = hours.status === 'done' ? s.hoursDone : hours.behindHours > 0 ? s.hoursBehind(n(hours.behindHours)) : '';
  return html`<p part="hours" class="hours row" data-urgency=${hours.status === 'done' ? 'done' : hours.behindHours > 0 ? 'due-soon' : 'later'}>
    <span>${s.hours(n(hours.creditedHours), n(hours.targetHours))}</span> ${note ? html`<span class="muted">${note}</span>` : nothing}
  </p>`;
}

function taskItem(locale: Locale, task: Task, ports: ListPorts): TemplateResult {
  const s = tasksStrings(locale);
  const title = titleOf(locale, task);
  const href = taskHref(ports.links, task);
  const due = dueText(locale, task);
  const detail = detailText(locale, task);
  return html`<li part="task" class="task" data-urgency=${task.urgency} data-kind=${task.kind}>
    <span class="kind">${s.kind[task.kind]}</span>
    <span class="main">
      ${href ? html`<a part="link" class="title" href=${href}>${title}</a>` : html`<span class="title">${title}</span>`}
      <span class="meta row">
        <span class="badge">${urgencyIcon(task.urgency)}<span>${due || s.urgency[task.urgency]}</span></span>
        ${detail ? html`<span class="muted">${detail}</span>` : nothing}
      </span>
    </span>
    ${task.kind === 'reminder'
      ? html`<button type="button" part="mark-read" class="button" aria-label=${s.markReadLabel(title)} @click=${() => ports.markRead(task)}>${s.markRead}</button>`
      : nothing}
  </li>`;
}

export function taskSections(locale: Locale, items: readonly Task[], ports: ListPorts): TemplateResult {
  const s = tasksStrings(locale);
  return html`${urgencies.map((u) => {
    const group = items.filter((t) => t.urgency === u);
    if (!group.length) return nothing;
    return html`<section class="section" aria-labelledby="tasks-${u}">
      <h3 class="section-title row" id="tasks-${u}" data-urgency=${u}>${urgencyIcon(u)}<span>${s.urgency[u]}</span> <span class="muted">${s.count(group.length)}</span></h3>
      <ol part="tasks" class="tasks">
        ${group.map((t) => taskItem(locale, t, ports))}
      </ol>
    </section>`;
  })}`;
}
