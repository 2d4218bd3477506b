/** getMyTasks (from every area, meetings included), markReminderRead, sendReminders. */
import { randomBytes } from 'node:crypto';
import type { Hono } from 'hono';
import { mountOperation, type OperationDeps } from '../http/operation';
import { HttpProblem, problems } from '../http/problem';
import type { ReminderDelivery } from '../http/reminder-webhook';
import { canManageBranch } from '../rules/branch-access';
import { dayOf, monthOf } from '../rules/calendar';
import { memberDuesState } from '../rules/dues-year';
import { isCheckInOpen, MAX_MEETING_MS, meetingStatus } from '../rules/meeting-rules';
import { statusAt } from '../rules/questionnaire-status';
import { MEETING_HORIZON_DAYS, taskList, type MeetingFacts } from '../rules/tasks';
import { courseProgressSummary } from '../rules/course-progress';
import type { Reminder, ReminderRequest } from '../shared-contract';
import { createMeetingStore } from '../store/meeting-store';
import type { MemberRecord } from '../store/members-store';
import type { ReminderRecord } from '../store/reminder-store';
import { myStudyPlan, yearHoursOf } from './member-study';
import type { Services } from './services';

export function mountTaskRoutes(app: Hono, deps: OperationDeps, services: Services): void {
  const { members, questionnaires, dues, reminders, courses, duesSettings } = services;
  const meetings = createMeetingStore(services.db);
  const duesOf = (member: MemberRecord, now: number) => memberDuesState(member, dues.records(member.id, '0000-01', '9999-12'), monthOf(now), duesSettings);

  const reminderView = (r: ReminderRecord): Reminder => ({
    id: r.id,
    subject: r.subject,
    message: r.message,
    from: { id: r.senderId, name: members.member(r.senderId)?.name ?? '' },
    sentAt: new Date(r.sentAt).toISOString(),
    read: r.readAt !== null,
  });

  /** The member's own branch's meetings they are expected at, not ended, starting within the horizon. */
  const meetingsOf = (member: MemberRecord, now: number): MeetingFacts[] => {
    const replies = new Map(meetings.repliesOfMember(member.id).map((r) => [r.meetingId, r]));
    const checkedIn = new Set(meetings.checkInsOfMember(member.id).map((c) => c.meetingId));
    // A meeting not ended started at most its longest length ago.
    return meetings
      .ofMember(member.id, now - MAX_MEETING_MS, now + MEETING_HORIZON_DAYS * 86_400_000)
      .filter((m) => m.branchId === member.branchId && meetingStatus(m, now) !== 'ended')
      .map((m) => {
        const reply = replies.get(m.id);
        return {
          id: m.id,
          kind: m.kind,
          topic: m.topic,
          startsOn: dayOf(m.startsAt),
          startsAt: new Date(m.startsAt).toISOString(),
          endsAt: new Date(m.endsAt).toISOString(),
          place: m.place,
          checkInOpen: isCheckInOpen(m, now),
          reply: reply?.reply ?? null,
          leave: reply?.reply === 'leave' ? reply.leaveStatus : null,
          checkedIn: checkedIn.has(m.id),
        };
      });
  };

  mountOperation(app, deps, 'getMyTasks', ({ member, now }) => {
    const plan = myStudyPlan(services, member, now);
    const progress = courses.progressOfMember(member.id);
    const requiredCourses = courses
      .courses()
      .filter((c) => c.required)
      .map((c) => ({ id: c.id, title: c.title, ...courseProgressSummary(c, progress) }));
    const open = questionnaires.list().map((q) => {
      const submitted = questionnaires.hasTakenPart(q.id, member.id);
      const isOpen = statusAt(q, now) === 'open';
      return {
        id: q.id,
        title: q.title,
        mode: q.mode,
        open: isOpen,
        canSubmit: isOpen && (!submitted || q.allowRetake),
        submitted,
        // The last day it takes answers: closing at midnight means the day before.
        closesOn: q.closesAt === null ? null : dayOf(q.closesAt - 1),
      };
    });
    const state = duesOf(member, now);
    const arrears = state.arrears();
    const current = monthOf(now);
    const dueNow = state.statusOf(current) === 'due';
    const body = taskList(member.id, {
      today: dayOf(now),
      planCourses: plan.courses,
      requiredCourses,
      questionnaires: open,
      dues: { overdueMonths: arrears.months, owedFen: arrears.owedFen, dueMonth: dueNow ? current : null, dueFen: dueNow ? state.amountOf(current) : 0 },
      reminders: reminders.unread(member.id).map(reminderView),
      meetings: meetingsOf(member, now),
      hours: yearHoursOf(plan),
    });
    return { status: 200, body };
  });

  mountOperation(app, deps, 'markReminderRead', ({ member, params, now }) => {
    const reminder = reminders.get(params.reminderId!);
    // Someone else's reminder is missing, not forbidden: ids are not to be probed.
    if (!reminder || reminder.memberId !== member.id) throw problems.notFound('Reminder');
    if (reminder.readAt === null) reminders.markRead(reminder.id, now);
    return { status: 200, body: reminderView({ ...reminder, readAt: reminder.readAt ?? now }) };
  });

  mountOperation(app, deps, 'sendReminders', ({ member, params, body, now }) => {
    if (!canManageBranch(member, params.branchId!)) throw problems.forbidden('Only the branch secretary can remind its members');
    const branch = members.branch(params.branchId!);
    if (!branch) throw problems.notFound('Branch');
    const request = body as ReminderRequest;
    const branchMembers = members.membersOfBranch(branch.id);
    let recipients: MemberRecord[];
    if (request.to === 'member') {
      if (request.questionnaireId !== undefined) throw problems.validation([{ pointer: '/questionnaireId', code: 'not-allowed', detail: 'only with to: unanswered' }]);
      if (request.memberId === undefined) throw problems.validation([{ pointer: '/memberId', code: 'required', detail: 'is required with to: member' }]);
      const target = branchMembers.find((m) => m.id === request.memberId);
      if (!target) {
        throw new HttpProblem(422, 'invalid-reminder', 'The reminder cannot be sent as it is', {
          errors: [{ pointer: '/memberId', code: 'not-found', detail: 'is not a member of the branch' }],
        });
      }
      recipients = [target];
    } else {
      if (request.memberId !== undefined) throw problems.validation([{ pointer: '/memberId', code: 'not-allowed', detail: 'only with to: member' }]);
      if (request.to === 'arrears') {
        if (request.questionnaireId !== undefined) throw problems.validation([{ pointer: '/questionnaireId', code: 'not-allowed', detail: 'only with to: unanswered' }]);
        // Everyone in arrears now, as the dues summary lists them.
        recipients = branchMembers.filter((m) => duesOf(m, now).arrears().months.length > 0);
      } else {
        if (request.questionnaireId === undefined) throw problems.validation([{ pointer: '/questionnaireId', code: 'required', detail: 'is required with to: unanswered' }]);
        const q = questionnaires.get(request.questionnaireId);
        if (!q || statusAt(q, now) !== 'open') {
          throw new HttpProblem(422, 'invalid-reminder', 'The reminder cannot be sent as it is', {
            errors: [{ pointer: '/questionnaireId', code: q ? 'conflict' : 'not-found', detail: q ? 'is not open' : 'is not a questionnaire' }],
          });
        }
        // Taking part only (the participation record), never what anyone answered.
        recipients = branchMembers.filter((m) => !questionnaires.hasTakenPart(q.id, m.id));
      }
    }
    const message = request.message ?? null;
    const sent = recipients.map((m) => {
      const record = { id: `rm_${randomBytes(9).toString('base64url')}`, branchId: branch.id, memberId: m.id, senderId: member.id, subject: request.subject, message, sentAt: now };
      reminders.insert(record);
      return { member: m, record };
    });
    const deliveries: ReminderDelivery[] = sent.map(({ member: m, record }) => ({
      type: 'reminder',
      reminder: { id: record.id, subject: record.subject, message, sentAt: new Date(now).toISOString() },
      member: { id: m.id, name: m.name },
      branch: { id: branch.id, name: branch.name },
      from: { id: member.id, name: member.name },
    }));
    // Handed to the site's messaging once committed; a replay of this request never gets here.
    if (deliveries.length) void deps.batch.settled().then(() => services.deliverReminders(deliveries), () => undefined);
    return {
      status: 201,
      body: {
        branchId: branch.id,
        subject: request.subject,
        message,
        sentAt: new Date(now).toISOString(),
        recipients: sent.map(({ member: m, record }) => ({ memberId: m.id, name: m.name, reminderId: record.id })),
      },
    };
  });
}
