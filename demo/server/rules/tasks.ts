/**
 * A member's to-do list (`getMyTasks`): what every area expects of them now, as one list
 * ordered by urgency. Pure: the route reads the plan, the catalog, the questionnaires, the
 * dues, the reminders and the meetings, and this decides which become tasks and how urgent
 * each is.
 */
import type { PlanCourse, PlanHours, Reminder, Task, TaskCounts, TaskKind, TaskMeeting, TaskUrgency, YearMonth } from '../shared-contract';

/** A questionnaire closing within this many days (the closing day included) is due soon. */
export const QUESTIONNAIRE_DUE_SOON_DAYS = 7;
/** A meeting starting within this many days (its day included) that needs a reply is due soon. */
export const MEETING_DUE_SOON_DAYS = 7;
/** Meetings starting further ahead than this are not asked about yet (the route reads no further). */
export const MEETING_HORIZON_DAYS = 30;

/** One meeting the member is expected at, not ended, with what they have done about it. */
export interface MeetingFacts {
  id: string;
  kind: TaskMeeting['kind'];
  topic: string;
  /** The day it starts, `YYYY-MM-DD` in China Standard Time. */
  startsOn: string;
  startsAt: string;
  endsAt: string;
  place: string | null;
  /** Its check-in is open now (30 minutes before the start until the end). */
  checkInOpen: boolean;
  reply: 'attend' | 'leave' | null;
  leave: 'pending' | 'approved' | 'refused' | null;
  checkedIn: boolean;
}

export interface TaskInputs {
  /** Today, `YYYY-MM-DD` in China Standard Time. */
  today: string;
  /** The member's assigned courses (`getMyStudyPlan`'s), any status. */
  planCourses: readonly PlanCourse[];
  /** Required courses of the catalog, with the member's progress. */
  requiredCourses: readonly { id: string; title: string; percent: number; completed: boolean }[];
  /** Questionnaires as the member sees them: open and not yet answered ones become tasks. */
  questionnaires: readonly { id: string; title: string; mode: 'survey' | 'quiz' | 'evaluation'; open: boolean; canSubmit: boolean; submitted: boolean; closesOn: string | null }[];
  /** Every overdue month (any year) and what they come to; this month when due and unpaid. */
  dues: { overdueMonths: readonly YearMonth[]; owedFen: number; dueMonth: YearMonth | null; dueFen: number };
  /** The member's reminders not read yet. */
  reminders: readonly Reminder[];
  /** Meetings of the member's branch they are expected at, not ended, within the horizon. */
  meetings: readonly MeetingFacts[];
  hours: PlanHours | null;
}

/** A reminder's standard words, when the sender wrote none (the widget words them in the member's language). */
export const REMINDER_TITLES: Record<Reminder['subject'], string> = {
  dues: '请及时交纳党费',
  study: '请按时完成学习任务',
  questionnaire: '请及时填写问卷',
  general: '支部提醒',
};

const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** The last day of a month `YYYY-MM`. */
export function lastDayOf(month: YearMonth): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

type Draft = Omit<Task, 'id' | 'daysLeft' | 'percent' | 'amountFen' | 'months' | 'reminder' | 'meeting'> &
  Partial<Pick<Task, 'percent' | 'amountFen' | 'months' | 'reminder' | 'meeting'>>;

function task(today: string, t: Draft): Task {
  return {
    id: `${t.kind}:${t.targetId}`,
    kind: t.kind,
    targetId: t.targetId,
    title: t.title,
    urgency: t.urgency,
    dueOn: t.dueOn,
    daysLeft: t.dueOn === null ? null : daysBetween(today, t.dueOn),
    percent: t.percent ?? null,
    amountFen: t.amountFen ?? null,
    months: t.months ?? [],
    reminder: t.reminder ?? null,
    meeting: t.meeting ?? null,
  };
}

const URGENCY_ORDER: TaskUrgency[] = ['overdue', 'due-soon', 'later'];
const KIND_ORDER: TaskKind[] = ['reminder', 'meeting', 'dues', 'course', 'evaluation', 'questionnaire'];

/**
 * What a meeting still needs of the member, or null: checked in, or leave approved or
 * waiting for the secretary, needs nothing; an open check-in needs the check-in; else a
 * refused leave or no reply at all needs an answer.
 */
export function meetingNeed(m: MeetingFacts): TaskMeeting['need'] | null {
  if (m.checkedIn || m.leave === 'approved' || m.leave === 'pending') return null;
  if (m.checkInOpen) return 'check-in';
  if (m.leave === 'refused') return 'leave-refused';
  return m.reply === null ? 'reply' : null;
}

/** Overdue, due soon, later; then the nearest due day (none last), the kind, the title, the id. */
export function compareTasks(a: Task, b: Task): number {
  return (
    URGENCY_ORDER.indexOf(a.urgency) - URGENCY_ORDER.indexOf(b.urgency) ||
    (a.dueOn ?? '9999-99-99').localeCompare(b.dueOn ?? '9999-99-99') ||
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
    a.title.localeCompare(b.title, 'zh-CN') ||
    a.id.localeCompare(b.id)
  );
}

export function taskList(memberId: string, input: TaskInputs) {
  const { today } = input;
  const items: Task[] = [];
  const planned = new Set(input.planCourses.map((c) => c.courseId));
  for (const c of input.planCourses) {
    if (c.status === 'done') continue;
    const urgency: TaskUrgency = c.status === 'overdue' ? 'overdue' : c.status === 'due-soon' ? 'due-soon' : 'later';
    items.push(task(today, { kind: 'course', targetId: c.courseId, title: c.title, urgency, dueOn: c.dueOn, percent: c.percent }));
  }
  for (const c of input.requiredCourses) {
    if (c.completed || planned.has(c.id)) continue;
    items.push(task(today, { kind: 'course', targetId: c.id, title: c.title, urgency: 'later', dueOn: null, percent: c.percent }));
  }
  for (const q of input.questionnaires) {
    if (!q.open || !q.canSubmit || q.submitted) continue;
    const soon = q.closesOn !== null && daysBetween(today, q.closesOn) < QUESTIONNAIRE_DUE_SOON_DAYS;
    const kind: TaskKind = q.mode === 'evaluation' ? 'evaluation' : 'questionnaire';
    items.push(task(today, { kind, targetId: q.id, title: q.title, urgency: soon ? 'due-soon' : 'later', dueOn: q.closesOn }));
  }
  const { dues } = input;
  const inArrears = dues.overdueMonths.length > 0;
  if (inArrears || dues.dueMonth) {
    const months = [...dues.overdueMonths, ...(dues.dueMonth ? [dues.dueMonth] : [])].sort();
    items.push(
      task(today, {
        kind: 'dues',
        targetId: months[0]!,
        title: '交纳党费',
        urgency: inArrears ? 'overdue' : 'due-soon',
        dueOn: lastDayOf(months[0]!),
        amountFen: dues.owedFen + (dues.dueMonth ? dues.dueFen : 0),
        months,
      }),
    );
  }
  for (const r of input.reminders) {
    if (r.read) continue;
    const urgency: TaskUrgency = r.subject === 'dues' && inArrears ? 'overdue' : 'due-soon';
    items.push(task(today, { kind: 'reminder', targetId: r.id, title: r.message ?? REMINDER_TITLES[r.subject], urgency, dueOn: null, reminder: r }));
  }
  for (const m of input.meetings) {
    const need = meetingNeed(m);
    if (!need) continue;
    const urgency: TaskUrgency = need === 'check-in' ? 'overdue' : daysBetween(today, m.startsOn) < MEETING_DUE_SOON_DAYS ? 'due-soon' : 'later';
    const meeting: TaskMeeting = { kind: m.kind, startsAt: m.startsAt, endsAt: m.endsAt, place: m.place, need };
    items.push(task(today, { kind: 'meeting', targetId: m.id, title: m.topic, urgency, dueOn: m.startsOn, meeting }));
  }
  items.sort(compareTasks);
  const counts: TaskCounts = { overdue: 0, 'due-soon': 0, later: 0, total: items.length };
  for (const t of items) counts[t.urgency] += 1;
  return { memberId, asOf: today, counts, items, hours: input.hours };
}
