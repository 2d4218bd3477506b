import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { expectAnswers } from '../../api/answers.js';
import type { Task, TaskCounts, TaskList } from '../../api/types.js';
import { markReminderRead } from '../../contract/shapes/Reminder.gen.js';
import { getMyTasks } from '../../contract/shapes/TaskList.gen.js';
import { OutboxController } from '../../outbox/outbox-controller.js';
import { emit } from '../../shared/emit.js';
import { PbElement } from '../../shared/pb-element.js';
import { Resource } from '../../shared/resource.js';
import { emptyState, errorState, stateStyles, syncNote } from '../../shared/states.js';
import { countsLine, countsOf, hoursLine, taskSections, visibleTasks } from './internal/task-parts.js';
import { styles } from './pb-my-tasks.styles.js';
import { tasksStrings } from './strings/index.js';

expectAnswers({ getMyTasks, markReminderRead });

/** Detail of `pb-tasks-change`: how many tasks the member has, for a badge. */
export interface TasksChangeDetail {
  counts: TaskCounts;
  /** The tasks as shown, most urgent first. */
  items: Task[];
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pb-tasks-change': CustomEvent<TasksChangeDetail>;
  }
}

/**
 * One list of what is expected of the member now, from every area, as the server orders
 * it: courses to study (assigned with a due date, or required), questionnaires and
 * evaluations still open to them, dues months overdue or due, meetings of their branch to
 * reply to or check in at now (组织生活), and reminders from the branch, grouped as overdue, due soon and later, each saying in words how urgent it is
 * (逾期 10 天, 还剩 14 天). Each task links to where it is done through the page's link
 * templates; a reminder has 知道了, which marks it read through the member's outbox. The
 * counts come with every change as `pb-tasks-change`, for a badge in the site's menu.
 *
 * @tagname pb-my-tasks
 * @summary A member's to-do list from every area, most urgent first, with counts for a badge.
 *
 * @fires {TasksChangeDetail} pb-tasks-change - The tasks were loaded, or changed (a reminder marked read): the counts for a badge.
 *
 * @csspart base - The wrapper of everything.
 * @csspart counts - The number of tasks per urgency.
 * @csspart hours - The year's study hours against the member's target.
 * @csspart tasks - The list of one urgency's tasks.
 * @csspart task - One task; `data-urgency` is `overdue`, `due-soon` or `later`, `data-kind` its kind (`course`, `questionnaire`, `evaluation`, `dues`, `reminder`, `meeting`).
 * @csspart link - A task's title, linking where it is done.
 * @csspart mark-read - A reminder's 知道了 button.
 * @csspart empty - Shown when nothing is expected of the member.
 * @csspart error - The error, with `retry`.
 * @csspart retry - The retry button.
 *
 * @cssprop --pb-my-tasks-overdue-color - Overdue tasks; default the danger colour.
 * @cssprop --pb-my-tasks-due-soon-color - Tasks due soon; default the warning colour.
 */
export class PbMyTasks extends PbElement {
  static override styles = [...PbElement.styles, stateStyles, styles];

  /** Where a course links to, `{id}` its id, e.g. `/study.html?course={id}`. */
  @property({ attribute: 'course-href' }) courseHref?: string;
  /** Where a questionnaire or quiz links to, `{id}` its id, e.g. `/survey.html?id={id}`. */
  @property({ attribute: 'questionnaire-href' }) questionnaireHref?: string;
  /** Where an evaluation (民主评议) links to; the questionnaire's template when unset. */
  @property({ attribute: 'evaluation-href' }) evaluationHref?: string;
  /** Where dues link to, `{id}` the oldest month to pay (`YYYY-MM`), e.g. `/dues.html?month={id}`. */
  @property({ attribute: 'dues-href' }) duesHref?: string;
  /** Where a meeting links to, `{id}` the meeting's id, e.g. `/meetings.html#{id}`. */
  @property({ attribute: 'meeting-href' }) meetingHref?: string;

  /** Reminders marked read on this page: they leave the list at once. */
  @state() private read = new Set<string>();
  private readonly outbox = new OutboxController(this);
  private lastCounts = '';

  private readonly tasks = new Resource(this, {
    args: () => [] as const,
    loadingRows: 4,
    load: (backend, _args, signal) => backend.getMyTasks({ signal }),
    isEmpty: (list: TaskList) => visibleTasks(list, this.read).length === 0 && !list.hours,
  });

  protected override updated(): void {
    const list = this.tasks.value;
    if (!list) return;
    const items = visibleTasks(list, this.read);
    const counts = countsOf(items);
    const key = JSON.stringify(counts) + items.map((t) => t.id).join();
    if (key === this.lastCounts) return;
    this.lastCounts = key;
    emit(this, 'pb-tasks-change', { counts, items });
  }

  private markRead(task: Task): void {
    this.read = new Set(this.read).add(task.targetId);
    // The next focus stop after the one that went: the list's heading keeps the member's place.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('h2')?.focus());
    this.outbox.enqueue('markReminderRead', [task.targetId], { coalesce: `reminder-read|${task.targetId}` }).catch(() => {
      // Refused (it is someone else's, or gone): the next load shows the list as the server has it.
    });
  }

  protected override render() {
    const locale = this.settings.locale;
    const s = tasksStrings(locale);
    const links = { course: this.courseHref, questionnaire: this.questionnaireHref, evaluation: this.evaluationHref, dues: this.duesHref, meeting: this.meetingHref };
    return html`<div part="base" class="base" lang=${locale}>
      <div class="head row"><h2 tabindex="-1">${s.title}</h2></div>
      ${this.tasks.render({
        complete: (list) => {
          const items = visibleTasks(list, this.read);
          return html`${countsLine(locale, countsOf(items))} ${hoursLine(locale, list.hours)}
            ${items.length
              ? taskSections(locale, items, { links, read: this.read, markRead: (t) => this.markRead(t) })
              : emptyState(locale, s.empty, s.emptyHint)}`;
        },
        empty: () => emptyState(locale, s.empty, s.emptyHint),
        error: (error) => errorState(this.settings, error, () => void this.tasks.reload()),
      })}
      ${this.outbox.value?.pending ? syncNote(this.settings, this.outbox.value) : nothing}
    </div>`;
  }
}
