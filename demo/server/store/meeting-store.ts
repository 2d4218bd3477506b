/** Meetings, who is expected, replies and leave, check-ins, party groups and the committee. */
import type { Db } from '../db/database';
import type { MeetingKind } from '../rules/meeting-rules';

export interface MeetingMaterialRecord {
  id: string;
  name: string;
  kind: 'minutes' | 'slides' | 'recording' | 'document';
  url: string;
  type: string;
  sizeBytes: number;
}

export interface MeetingRecord {
  id: string;
  branchId: string;
  kind: MeetingKind;
  topic: string;
  startsAt: number;
  endsAt: number;
  place: string | null;
  onlineUrl: string | null;
  onlineAllowed: boolean;
  scope: 'branch' | 'committee' | 'group';
  group: string | null;
  makeUpCourseId: string | null;
  materials: MeetingMaterialRecord[];
  secret: string;
  createdBy: string | null;
  createdAt: number;
  expectedCount: number;
}

export interface ReplyRecord {
  meetingId: string;
  memberId: string;
  reply: 'attend' | 'leave';
  reason: string | null;
  leaveStatus: 'pending' | 'approved' | 'refused' | null;
  decidedAt: number | null;
  note: string | null;
}

export interface CheckInRow {
  meetingId: string;
  memberId: string;
  at: number;
  method: 'code' | 'online' | 'manual';
}

interface MeetingRow {
  id: string;
  branch_id: string;
  kind: MeetingKind;
  topic: string;
  starts_at: number;
  ends_at: number;
  place: string | null;
  online_url: string | null;
  online_allowed: number;
  scope: MeetingRecord['scope'];
  group_name: string | null;
  make_up_course_id: string | null;
  materials: string;
  secret: string;
  created_by: string | null;
  created_at: number;
  expected_count: number;
}

const toRecord = (r: MeetingRow): MeetingRecord => ({
  id: r.id,
  branchId: r.branch_id,
  kind: r.kind,
  topic: r.topic,
  startsAt: r.starts_at,
  endsAt: r.ends_at,
  place: r.place,
  onlineUrl: r.online_url,
  onlineAllowed: r.online_allowed === 1,
  scope: r.scope,
  group: r.group_name,
  makeUpCourseId: r.make_up_course_id,
  materials: JSON.parse(r.materials) as MeetingMaterialRecord[],
  secret: r.secret,
  createdBy: r.created_by,
  createdAt: r.created_at,
  expectedCount: r.expected_count,
});

const SELECT = `SELECT m.*, (SELECT COUNT(*) FROM meeting_expected e WHERE e.meeting_id = m.id) AS expected_count FROM meetings m`;
const REPLY = `SELECT meeting_id AS meetingId, member_id AS memberId, reply, reason, leave_status AS leaveStatus, decided_at AS decidedAt, note FROM meeting_replies`;
const CHECKIN = 'SELECT meeting_id AS meetingId, member_id AS memberId, at, method FROM meeting_checkins';

export function createMeetingStore(db: Db) {
  const q = {
    get: db.prepare(`${SELECT} WHERE m.id = ?`),
    ofBranch: db.prepare(`${SELECT} WHERE m.branch_id = ? AND m.starts_at >= ? AND m.starts_at < ? ORDER BY m.starts_at, m.id`),
    ofMember: db.prepare(
      `${SELECT} JOIN meeting_expected x ON x.meeting_id = m.id AND x.member_id = ? WHERE m.starts_at >= ? AND m.starts_at < ? ORDER BY m.starts_at, m.id`,
    ),
    insert: db.prepare(
      `INSERT INTO meetings (id, branch_id, kind, topic, starts_at, ends_at, place, online_url, online_allowed, scope, group_name, make_up_course_id, materials, secret, created_by, created_at)
       VALUES (@id, @branchId, @kind, @topic, @startsAt, @endsAt, @place, @onlineUrl, @onlineAllowed, @scope, @group, @makeUpCourseId, @materials, @secret, @createdBy, @createdAt)`,
    ),
    expect: db.prepare('INSERT OR IGNORE INTO meeting_expected (meeting_id, member_id) VALUES (?, ?)'),
    expected: db.prepare('SELECT member_id FROM meeting_expected WHERE meeting_id = ? ORDER BY member_id').pluck(),
    isExpected: db.prepare('SELECT 1 FROM meeting_expected WHERE meeting_id = ? AND member_id = ?').pluck(),
    expectedInRange: db.prepare(
      'SELECT e.meeting_id AS meetingId, e.member_id AS memberId FROM meeting_expected e JOIN meetings m ON m.id = e.meeting_id WHERE m.branch_id = ? AND m.starts_at >= ? AND m.starts_at < ?',
    ),
    reply: db.prepare(`${REPLY} WHERE meeting_id = ? AND member_id = ?`),
    replies: db.prepare(`${REPLY} WHERE meeting_id = ?`),
    repliesInRange: db.prepare(`${REPLY} WHERE meeting_id IN (SELECT id FROM meetings WHERE branch_id = ? AND starts_at >= ? AND starts_at < ?)`),
    repliesOfMember: db.prepare(`${REPLY} WHERE member_id = ?`),
    setReply: db.prepare(
      `INSERT INTO meeting_replies (meeting_id, member_id, reply, reason, leave_status, decided_at, decided_by, note, replied_at)
       VALUES (?, ?, ?, ?, ?, NULL, NULL, NULL, ?)
       ON CONFLICT (meeting_id, member_id) DO UPDATE SET reply = excluded.reply, reason = excluded.reason, leave_status = excluded.leave_status,
         decided_at = NULL, decided_by = NULL, note = NULL, replied_at = excluded.replied_at`,
    ),
    decide: db.prepare('UPDATE meeting_replies SET leave_status = ?, decided_at = ?, decided_by = ?, note = ? WHERE meeting_id = ? AND member_id = ?'),
    checkIn: db.prepare(`${CHECKIN} WHERE meeting_id = ? AND member_id = ?`),
    checkIns: db.prepare(`${CHECKIN} WHERE meeting_id = ?`),
    checkInsInRange: db.prepare(`${CHECKIN} WHERE meeting_id IN (SELECT id FROM meetings WHERE branch_id = ? AND starts_at >= ? AND starts_at < ?)`),
    checkInsOfMember: db.prepare(`${CHECKIN} WHERE member_id = ?`),
    addCheckIn: db.prepare('INSERT OR IGNORE INTO meeting_checkins (meeting_id, member_id, at, method) VALUES (?, ?, ?, ?)'),
    removeCheckIn: db.prepare('DELETE FROM meeting_checkins WHERE meeting_id = ? AND member_id = ?'),
    groups: db.prepare('SELECT name, member_id AS memberId FROM party_groups WHERE branch_id = ? ORDER BY name, member_id'),
    committee: db.prepare('SELECT member_id FROM branch_committee WHERE branch_id = ? ORDER BY member_id').pluck(),
    completedAfter: db.prepare(
      `SELECT member_id FROM lesson_progress WHERE course_id = ? GROUP BY member_id
        HAVING COUNT(completed_at) = (SELECT COUNT(*) FROM lessons WHERE course_id = ?) AND COUNT(completed_at) > 0 AND MAX(completed_at) > ?`,
    ).pluck(),
    cadence: db.prepare("SELECT value FROM settings WHERE key = 'meeting_cadence'").pluck(),
  };

  return {
    get(id: string): MeetingRecord | null {
      const row = q.get.get(id) as MeetingRow | undefined;
      return row ? toRecord(row) : null;
    },
    ofBranch(branchId: string, from: number, to: number): MeetingRecord[] {
      return (q.ofBranch.all(branchId, from, to) as MeetingRow[]).map(toRecord);
    },
    /** The meetings a member is expected at, in [from, to). */
    ofMember(memberId: string, from: number, to: number): MeetingRecord[] {
      return (q.ofMember.all(memberId, from, to) as MeetingRow[]).map(toRecord);
    },
    insert(record: Omit<MeetingRecord, 'expectedCount'>, expected: readonly string[]): void {
      db.transaction(() => {
        q.insert.run({ ...record, onlineAllowed: record.onlineAllowed ? 1 : 0, materials: JSON.stringify(record.materials) });
        for (const memberId of expected) q.expect.run(record.id, memberId);
      })();
    },
    expected(meetingId: string): string[] {
      return q.expected.all(meetingId) as string[];
    },
    isExpected(meetingId: string, memberId: string): boolean {
      return q.isExpected.get(meetingId, memberId) !== undefined;
    },
    expectedInRange(branchId: string, from: number, to: number): { meetingId: string; memberId: string }[] {
      return q.expectedInRange.all(branchId, from, to) as { meetingId: string; memberId: string }[];
    },
    reply(meetingId: string, memberId: string): ReplyRecord | null {
      return (q.reply.get(meetingId, memberId) as ReplyRecord | undefined) ?? null;
    },
    replies(meetingId: string): ReplyRecord[] {
      return q.replies.all(meetingId) as ReplyRecord[];
    },
    repliesInRange(branchId: string, from: number, to: number): ReplyRecord[] {
      return q.repliesInRange.all(branchId, from, to) as ReplyRecord[];
    },
    repliesOfMember(memberId: string): ReplyRecord[] {
      return q.repliesOfMember.all(memberId) as ReplyRecord[];
    },
    setReply(meetingId: string, memberId: string, reply: 'attend' | 'leave', reason: string | null, at: number): void {
      q.setReply.run(meetingId, memberId, reply, reply === 'leave' ? reason : null, reply === 'leave' ? 'pending' : null, at);
    },
    decideLeave(meetingId: string, memberId: string, approved: boolean, by: string, at: number, note: string | null): void {
      q.decide.run(approved ? 'approved' : 'refused', at, by, note, meetingId, memberId);
    },
    checkIn(meetingId: string, memberId: string): CheckInRow | null {
      return (q.checkIn.get(meetingId, memberId) as CheckInRow | undefined) ?? null;
    },
    checkIns(meetingId: string): CheckInRow[] {
      return q.checkIns.all(meetingId) as CheckInRow[];
    },
    checkInsInRange(branchId: string, from: number, to: number): CheckInRow[] {
      return q.checkInsInRange.all(branchId, from, to) as CheckInRow[];
    },
    checkInsOfMember(memberId: string): CheckInRow[] {
      return q.checkInsOfMember.all(memberId) as CheckInRow[];
    },
    /** Records a check-in; false when the member had one already (the primary key keeps one). */
    addCheckIn(meetingId: string, memberId: string, at: number, method: CheckInRow['method']): boolean {
      return q.addCheckIn.run(meetingId, memberId, at, method).changes === 1;
    },
    removeCheckIn(meetingId: string, memberId: string): void {
      q.removeCheckIn.run(meetingId, memberId);
    },
    /** The branch's party groups by name, each with its members' ids. */
    groups(branchId: string): Map<string, string[]> {
      const out = new Map<string, string[]>();
      for (const r of q.groups.all(branchId) as { name: string; memberId: string }[]) out.set(r.name, [...(out.get(r.name) ?? []), r.memberId]);
      return out;
    },
    committee(branchId: string): string[] {
      return q.committee.all(branchId) as string[];
    },
    /** Members who completed every lesson of a course, the last after `after`. */
    completedAfter(courseId: string, after: number): Set<string> {
      return new Set(q.completedAfter.all(courseId, courseId, after) as string[]);
    },
    cadenceSetting(): string | null {
      return (q.cadence.get() as string | undefined) ?? null;
    },
  };
}

export type MeetingStore = ReturnType<typeof createMeetingStore>;
