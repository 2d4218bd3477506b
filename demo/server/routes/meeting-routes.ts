/**
 * Organisational life: listMeetings, getMeeting, replyToMeeting, checkInMeeting,
 * getMyAttendance; for the branch's secretary getBranchMeetings, createMeeting,
 * getMeetingCheckInCode, getMeetingAttendance, markAttendance, decideLeave.
 * The rules are rules/meeting-rules.ts; who may manage a branch is rules/branch-access.ts.
 */
import { randomBytes } from 'node:crypto';
import type { Hono } from 'hono';
import { mountOperation, type OperationDeps } from '../http/operation';
import { HttpProblem, problems } from '../http/problem';
import { canManageBranch } from '../rules/branch-access';
import { yearSpan } from '../rules/calendar';
import type { FieldError } from '../rules/field-errors';
import {
  attendanceStatus,
  cadence,
  checkInWindow,
  countAttendance,
  isCheckInOpen,
  MAX_MEETING_MS,
  meetingStatus,
  parseCadence,
  yearOf,
  type AttendanceStatus,
  type MeetingKind,
} from '../rules/meeting-rules';
import { checkCode, CODE_PERIOD_SECONDS, currentCode } from '../store/check-in-code';
import type { MemberRecord } from '../store/members-store';
import { createMeetingStore, type CheckInRow, type MeetingRecord, type ReplyRecord } from '../store/meeting-store';
import type { Services } from './services';

const iso = (ms: number) => new Date(ms).toISOString();
const MAX_WRONG_CODES = 10;
const invalidMeeting = (errors: FieldError[]) => new HttpProblem(422, 'invalid-meeting', 'The meeting cannot be planned or answered so', { errors });
const invalidCheckIn = (error: FieldError) => new HttpProblem(422, 'invalid-check-in', 'The check-in is not accepted', { errors: [error] });
const closed = (detail: string) => new HttpProblem(409, 'meeting-closed', 'The meeting does not take this now', { detail });
const notExpected = (pointer = '/'): FieldError => ({ pointer, code: 'not-expected', detail: 'the member is not expected at this meeting' });

/** What is known of one member at one meeting. */
interface MemberFacts {
  expected: boolean;
  reply: ReplyRecord | null;
  checkIn: CheckInRow | null;
  madeUp: boolean;
}

function outcome(m: MeetingRecord, f: MemberFacts, now: number): AttendanceStatus {
  if (!f.expected) return 'not-expected';
  return attendanceStatus({ checkedIn: f.checkIn !== null, leave: f.reply?.leaveStatus ?? null, madeUp: f.madeUp }, meetingStatus(m, now) === 'ended');
}

const leaveView = (r: ReplyRecord | null) =>
  r?.reply === 'leave' && r.leaveStatus
    ? { reason: r.reason ?? '', status: r.leaveStatus, decidedAt: r.decidedAt === null ? null : iso(r.decidedAt), note: r.note }
    : null;
const checkInView = (c: CheckInRow | null) => (c ? { at: iso(c.at), method: c.method } : null);

function meetingView(m: MeetingRecord, f: MemberFacts, now: number) {
  const window = checkInWindow(m);
  return {
    id: m.id,
    branchId: m.branchId,
    kind: m.kind,
    topic: m.topic,
    startsAt: iso(m.startsAt),
    endsAt: iso(m.endsAt),
    checkInOpensAt: iso(window.opensAt),
    checkInClosesAt: iso(window.closesAt),
    place: m.place,
    onlineUrl: m.onlineUrl,
    onlineAllowed: m.onlineAllowed,
    attendees: { scope: m.scope, group: m.group },
    expectedCount: m.expectedCount,
    status: meetingStatus(m, now),
    materials: m.materials,
    makeUpCourseId: m.makeUpCourseId,
    mine: { expected: f.expected, reply: f.reply?.reply ?? null, leave: leaveView(f.reply), checkIn: checkInView(f.checkIn), attendance: outcome(m, f, now) },
  };
}

export function mountMeetingRoutes(app: Hono, deps: OperationDeps, services: Services): void {
  const { members, courses } = services;
  const meetings = createMeetingStore(services.db);
  /**
   * Wrong codes per meeting and member: six digits could be tried in bulk inside the window,
   * so after MAX_WRONG_CODES a member checks in by the secretary's hand. Kept in memory (a
   * restart forgives), which is enough for a window of a few hours.
   */
  const wrongCodes = new Map<string, number>();

  /** A meeting of the caller's own branch (another branch's is not there for them), or 404. */
  const visible = (member: MemberRecord, id: string): MeetingRecord => {
    const m = meetings.get(id);
    if (!m || (m.branchId !== member.branchId && !member.roles.includes('admin'))) throw problems.notFound('Meeting');
    return m;
  };
  /** A meeting the caller manages: 404 when they cannot see it, 403 when they may not manage it. */
  const managed = (member: MemberRecord, id: string, what: string): MeetingRecord => {
    const m = visible(member, id);
    if (!canManageBranch(member, m.branchId)) throw problems.forbidden(`Only the branch secretary can ${what}`);
    return m;
  };
  const managedBranch = (member: MemberRecord, branchId: string) => {
    if (!canManageBranch(member, branchId)) throw problems.forbidden("Only the branch secretary can see or plan the branch's meetings");
    return members.branch(branchId) ?? (() => { throw problems.notFound('Branch'); })();
  };
  const madeUpOf = (m: MeetingRecord): Set<string> => (m.kind === 'lecture' && m.makeUpCourseId ? meetings.completedAfter(m.makeUpCourseId, m.endsAt) : new Set());
  const factsOf = (m: MeetingRecord, memberId: string): MemberFacts => ({
    expected: meetings.isExpected(m.id, memberId),
    reply: meetings.reply(m.id, memberId),
    checkIn: meetings.checkIn(m.id, memberId),
    madeUp: madeUpOf(m).has(memberId),
  });
  const yearOfQuery = (query: Record<string, unknown>, now: number) => (query.year as number | undefined) ?? yearOf(now);

  /** The member's own meetings of a year, each with its facts. */
  const memberYear = (member: MemberRecord, year: number) => {
    const span = yearSpan(year);
    const replies = new Map(meetings.repliesOfMember(member.id).map((r) => [r.meetingId, r]));
    const checkIns = new Map(meetings.checkInsOfMember(member.id).map((c) => [c.meetingId, c]));
    return meetings
      .ofMember(member.id, span.from, span.to)
      .filter((m) => m.branchId === member.branchId)
      .map((m) => ({ m, f: { expected: true, reply: replies.get(m.id) ?? null, checkIn: checkIns.get(m.id) ?? null, madeUp: madeUpOf(m).has(member.id) } }));
  };

  const attendeeView = (m: MeetingRecord, memberId: string, f: MemberFacts, now: number) => ({
    memberId,
    name: members.member(memberId)?.name ?? '',
    reply: f.reply?.reply ?? null,
    leave: leaveView(f.reply),
    checkIn: checkInView(f.checkIn),
    status: outcome(m, f, now),
  });

  mountOperation(app, deps, 'listMeetings', ({ member, query, now }) => {
    const year = yearOfQuery(query, now);
    const items = memberYear(member, year).map(({ m, f }) => meetingView(m, f, now));
    return { status: 200, body: { branchId: member.branchId, year, serverTime: iso(now), items } };
  });

  mountOperation(app, deps, 'getMeeting', ({ member, params, now }) => {
    const m = visible(member, params.meetingId!);
    return { status: 200, body: meetingView(m, factsOf(m, member.id), now) };
  });

  mountOperation(app, deps, 'replyToMeeting', ({ member, params, body, now }) => {
    const m = visible(member, params.meetingId!);
    const input = body as { reply: 'attend' | 'leave'; reason?: string };
    if (meetingStatus(m, now) === 'ended') throw closed('Replies are taken until the meeting ends');
    if (!meetings.isExpected(m.id, member.id)) throw invalidMeeting([notExpected()]);
    const reason = input.reason?.trim() ?? '';
    if (input.reply === 'leave' && !reason) throw invalidMeeting([{ pointer: '/reason', code: 'required', detail: 'a leave request needs a reason' }]);
    if (input.reply === 'attend' && input.reason !== undefined) throw invalidMeeting([{ pointer: '/reason', code: 'not-allowed', detail: 'a reason goes with a leave request only' }]);
    meetings.setReply(m.id, member.id, input.reply, input.reply === 'leave' ? reason : null, now);
    return { status: 200, body: meetingView(m, factsOf(m, member.id), now) };
  });

  mountOperation(app, deps, 'checkInMeeting', ({ member, params, body, now }) => {
    const m = visible(member, params.meetingId!);
    const input = body as { method: 'code' | 'online'; code?: string };
    if (!isCheckInOpen(m, now)) throw closed(`Check-in is open from ${iso(checkInWindow(m).opensAt)} until ${iso(m.endsAt)}`);
    if (meetings.checkIn(m.id, member.id)) throw new HttpProblem(409, 'already-checked-in', 'Already checked in', { detail: 'A member checks in once per meeting' });
    if (!meetings.isExpected(m.id, member.id)) throw invalidCheckIn(notExpected());
    if (input.method === 'online') {
      if (!m.onlineAllowed) throw invalidCheckIn({ pointer: '/method', code: 'not-allowed', detail: 'this meeting takes no online check-in' });
      if (input.code !== undefined) throw invalidCheckIn({ pointer: '/code', code: 'not-allowed', detail: 'an online check-in takes no code' });
    } else {
      if (input.code === undefined) throw invalidCheckIn({ pointer: '/code', code: 'required', detail: 'the code shown at the meeting' });
      const tries = `${m.id} ${member.id}`;
      if ((wrongCodes.get(tries) ?? 0) >= MAX_WRONG_CODES) throw invalidCheckIn({ pointer: '/code', code: 'limit-exceeded', detail: `${MAX_WRONG_CODES} wrong codes: ask the secretary to mark you present` });
      const verdict = checkCode(m.secret, m, input.code, now);
      if (verdict !== 'ok') wrongCodes.set(tries, (wrongCodes.get(tries) ?? 0) + 1);
      if (verdict === 'expired') throw invalidCheckIn({ pointer: '/code', code: 'expired', detail: 'this code has rotated out; use the one shown now' });
      if (verdict === 'incorrect') throw invalidCheckIn({ pointer: '/code', code: 'incorrect', detail: 'not the code of this meeting' });
    }
    if (!meetings.addCheckIn(m.id, member.id, now, input.method)) throw new HttpProblem(409, 'already-checked-in', 'Already checked in');
    return { status: 200, body: meetingView(m, factsOf(m, member.id), now) };
  });

  mountOperation(app, deps, 'getMyAttendance', ({ member, query, now }) => {
    const year = yearOfQuery(query, now);
    const rows = memberYear(member, year).map(({ m, f }) => ({ m, status: outcome(m, f, now), ended: meetingStatus(m, now) === 'ended' }));
    return {
      status: 200,
      body: {
        memberId: member.id,
        year,
        counts: countAttendance(rows),
        items: rows.map(({ m, status }) => ({ meetingId: m.id, kind: m.kind, topic: m.topic, startsAt: iso(m.startsAt), status })),
      },
    };
  });

  mountOperation(app, deps, 'getBranchMeetings', ({ member, params, query, now }) => {
    const branch = managedBranch(member, params.branchId!);
    const year = yearOfQuery(query, now);
    const span = yearSpan(year);
    const list = meetings.ofBranch(branch.id, span.from, span.to);
    const expected = new Set(meetings.expectedInRange(branch.id, span.from, span.to).map((e) => `${e.meetingId} ${e.memberId}`));
    const replies = new Map(meetings.repliesInRange(branch.id, span.from, span.to).map((r) => [`${r.meetingId} ${r.memberId}`, r]));
    const checkIns = new Map(meetings.checkInsInRange(branch.id, span.from, span.to).map((c) => [`${c.meetingId} ${c.memberId}`, c]));
    const branchMembers = members.membersOfBranch(branch.id);
    const perMember = new Map(branchMembers.map((m) => [m.id, [] as { status: AttendanceStatus; ended: boolean }[]]));
    const summaries = list.map((m) => {
      const madeUp = madeUpOf(m);
      const ended = meetingStatus(m, now) === 'ended';
      const rows: { status: AttendanceStatus; ended: boolean }[] = [];
      let leavePending = 0;
      for (const memberId of perMember.keys()) {
        const key = `${m.id} ${memberId}`;
        if (!expected.has(key)) continue;
        const reply = replies.get(key) ?? null;
        if (reply?.leaveStatus === 'pending') leavePending += 1;
        const row = { status: outcome(m, { expected: true, reply, checkIn: checkIns.get(key) ?? null, madeUp: madeUp.has(memberId) }, now), ended };
        rows.push(row);
        perMember.get(memberId)!.push(row);
      }
      const mine = { expected: expected.has(`${m.id} ${member.id}`), reply: replies.get(`${m.id} ${member.id}`) ?? null, checkIn: checkIns.get(`${m.id} ${member.id}`) ?? null, madeUp: madeUp.has(member.id) };
      return { meeting: meetingView(m, mine, now), counts: countAttendance(rows), leavePending };
    });
    const groups = meetings.groups(branch.id);
    const memberRows = branchMembers
      .map((m) => ({ memberId: m.id, name: m.name, counts: countAttendance(perMember.get(m.id)!) }))
      .sort((a, b) => (a.counts.rate ?? 2) - (b.counts.rate ?? 2) || a.name.localeCompare(b.name, 'zh-CN') || a.memberId.localeCompare(b.memberId));
    const rules = parseCadence(meetings.cadenceSetting());
    return {
      status: 200,
      body: {
        branchId: branch.id,
        branchName: branch.name,
        year,
        serverTime: iso(now),
        memberCount: branchMembers.length,
        committeeCount: meetings.committee(branch.id).length,
        groups: [...groups].map(([name, ids]) => ({ name, memberCount: ids.length })),
        meetings: summaries,
        members: memberRows,
        cadence: cadence(rules, list, [...groups.keys()], year, now),
        counts: countAttendance([...perMember.values()].flat()),
      },
    };
  });

  mountOperation(app, deps, 'createMeeting', ({ member, params, body, now }) => {
    const branch = managedBranch(member, params.branchId!);
    const input = body as {
      kind: MeetingKind;
      topic: string;
      startsAt: string;
      endsAt: string;
      place?: string | null;
      onlineUrl?: string | null;
      onlineAllowed: boolean;
      attendees: { scope: 'branch' | 'committee' | 'group'; group?: string | null };
      makeUpCourseId?: string | null;
    };
    const startsAt = Date.parse(input.startsAt);
    const endsAt = Date.parse(input.endsAt);
    const errors: FieldError[] = [];
    if (!input.topic.trim()) errors.push({ pointer: '/topic', code: 'blank', detail: 'a topic' });
    if (endsAt <= startsAt) errors.push({ pointer: '/endsAt', code: 'out-of-order', detail: 'must be after startsAt' });
    else if (endsAt - startsAt > MAX_MEETING_MS) errors.push({ pointer: '/endsAt', code: 'too-large', detail: 'a meeting lasts at most 12 hours' });
    const groups = meetings.groups(branch.id);
    const group = input.attendees.group ?? null;
    if (input.attendees.scope === 'group' && (!group || !groups.has(group))) errors.push({ pointer: '/attendees/group', code: 'not-an-option', detail: `one of the branch's party groups: ${[...groups.keys()].join(', ')}` });
    if (input.attendees.scope !== 'group' && group !== null) errors.push({ pointer: '/attendees/group', code: 'not-allowed', detail: 'a group goes with scope group only' });
    const onlineUrl = input.onlineUrl ?? null;
    if (onlineUrl !== null && !/^https?:\/\/[^\s]+$/i.test(onlineUrl)) errors.push({ pointer: '/onlineUrl', code: 'wrong-format', detail: 'an http(s) link' });
    const makeUp = input.makeUpCourseId ?? null;
    if (makeUp !== null && !courses.course(makeUp)) errors.push({ pointer: '/makeUpCourseId', code: 'not-found', detail: 'a course of the catalog' });
    if (makeUp !== null && input.kind !== 'lecture') errors.push({ pointer: '/makeUpCourseId', code: 'not-allowed', detail: 'a make-up course goes with a 党课 only' });
    if (errors.length) throw invalidMeeting(errors);
    const expected =
      input.attendees.scope === 'branch'
        ? members.membersOfBranch(branch.id).map((m) => m.id)
        : input.attendees.scope === 'committee'
          ? meetings.committee(branch.id)
          : groups.get(group!)!;
    const record = {
      id: `mt_${randomBytes(9).toString('base64url')}`,
      branchId: branch.id,
      kind: input.kind,
      topic: input.topic.trim(),
      startsAt,
      endsAt,
      place: input.place?.trim() || null,
      onlineUrl,
      onlineAllowed: input.onlineAllowed,
      scope: input.attendees.scope,
      group: input.attendees.scope === 'group' ? group : null,
      makeUpCourseId: makeUp,
      materials: [],
      secret: randomBytes(32).toString('base64url'),
      createdBy: member.id,
      createdAt: now,
    };
    meetings.insert(record, expected);
    const m = meetings.get(record.id)!;
    return { status: 201, body: meetingView(m, factsOf(m, member.id), now) };
  });

  mountOperation(app, deps, 'getMeetingCheckInCode', ({ member, params, now }) => {
    const m = managed(member, params.meetingId!, 'show the check-in code');
    if (!isCheckInOpen(m, now)) throw closed(`Check-in is open from ${iso(checkInWindow(m).opensAt)} until ${iso(m.endsAt)}`);
    const { code, rotatesAt } = currentCode(m.secret, m.id, now);
    return { status: 200, body: { meetingId: m.id, code, periodSeconds: CODE_PERIOD_SECONDS, rotatesAt: iso(rotatesAt), serverTime: iso(now) } };
  });

  mountOperation(app, deps, 'getMeetingAttendance', ({ member, params, now }) => {
    const m = managed(member, params.meetingId!, "see a meeting's attendance");
    const replies = new Map(meetings.replies(m.id).map((r) => [r.memberId, r]));
    const checkIns = new Map(meetings.checkIns(m.id).map((c) => [c.memberId, c]));
    const madeUp = madeUpOf(m);
    const ended = meetingStatus(m, now) === 'ended';
    const rows = meetings.expected(m.id).map((id) => attendeeView(m, id, { expected: true, reply: replies.get(id) ?? null, checkIn: checkIns.get(id) ?? null, madeUp: madeUp.has(id) }, now));
    rows.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN') || a.memberId.localeCompare(b.memberId));
    return { status: 200, body: { meetingId: m.id, counts: countAttendance(rows.map((r) => ({ status: r.status, ended }))), members: rows } };
  });

  mountOperation(app, deps, 'markAttendance', ({ member, params, body, now }) => {
    const m = managed(member, params.meetingId!, 'mark attendance');
    const memberId = params.memberId!;
    if (now < checkInWindow(m).opensAt) throw closed('Attendance is marked from when check-in opens');
    if (!meetings.isExpected(m.id, memberId)) throw invalidMeeting([notExpected()]);
    if ((body as { present: boolean }).present) meetings.addCheckIn(m.id, memberId, now, 'manual');
    else meetings.removeCheckIn(m.id, memberId);
    return { status: 200, body: attendeeView(m, memberId, factsOf(m, memberId), now) };
  });

  mountOperation(app, deps, 'decideLeave', ({ member, params, body, now }) => {
    const m = managed(member, params.meetingId!, 'approve or refuse leave');
    const memberId = params.memberId!;
    const reply = meetings.reply(m.id, memberId);
    if (reply?.reply !== 'leave') throw problems.notFound('Leave request');
    const input = body as { approved: boolean; note?: string };
    meetings.decideLeave(m.id, memberId, input.approved, member.id, now, input.note?.trim() || null);
    return { status: 200, body: attendeeView(m, memberId, factsOf(m, memberId), now) };
  });
}
