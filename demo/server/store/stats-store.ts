/**
 * Raw activity per member over a time range: the numbers every ranking and chart is
 * computed from. Aggregation happens in SQL over indexed columns.
 */
import type { Db } from '../db/database';
import type { AttendanceTally, DuesPaidRow, MemberActivity } from '../rules/metrics';

export type { DuesPaidRow, MemberActivity };

const CST_OFFSET_MS = 8 * 3600 * 1000;

export function createStatsStore(db: Db) {
  const study = db.prepare(
    `SELECT member_id AS id, SUM(seconds) AS seconds, COUNT(DISTINCT (at + ${CST_OFFSET_MS}) / 86400000) AS days
       FROM study_credits WHERE at >= ? AND at < ? GROUP BY member_id`,
  );
  const completed = db.prepare(
    `SELECT p.member_id AS id, COUNT(*) AS n, SUM(c.required) AS required
       FROM lesson_progress p JOIN courses c ON c.id = p.course_id
      WHERE p.completed_at >= ? AND p.completed_at < ? GROUP BY p.member_id`,
  );
  const creditHours = db.prepare(
    'SELECT member_id AS id, SUM(credit_hours) AS hours FROM course_completions WHERE completed_at >= ? AND completed_at < ? GROUP BY member_id',
  );
  const submissions = db.prepare(
    'SELECT member_id AS id, COUNT(*) AS n FROM participations WHERE submitted_at >= ? AND submitted_at < ? GROUP BY member_id',
  );
  const requiredLessons = db.prepare('SELECT COUNT(*) FROM lessons l JOIN courses c ON c.id = l.course_id WHERE c.required = 1').pluck();
  const duesRows = db.prepare('SELECT member_id AS memberId, month, state, paid_at AS paidAt FROM dues_months');
  const firstActivity = db.prepare('SELECT MIN(at) FROM study_credits').pluck();
  // The outcomes of rules/meeting-rules.ts in SQL: a check-in is present; approved leave
  // excuses; a missed 党课 whose make-up course was completed after it counts as attended.
  const attendance = db.prepare(
    `SELECT e.member_id AS id, COUNT(*) AS expected,
            SUM(c.member_id IS NOT NULL OR (COALESCE(r.leave_status, '') <> 'approved' AND m.kind = 'lecture' AND m.make_up_course_id IS NOT NULL AND (
              SELECT COUNT(p.completed_at) > 0 AND COUNT(p.completed_at) = (SELECT COUNT(*) FROM lessons l WHERE l.course_id = m.make_up_course_id) AND MAX(p.completed_at) > m.ends_at
                FROM lesson_progress p WHERE p.member_id = e.member_id AND p.course_id = m.make_up_course_id))) AS attended,
            SUM(c.member_id IS NULL AND r.leave_status = 'approved') AS leave
       FROM meeting_expected e JOIN meetings m ON m.id = e.meeting_id
       LEFT JOIN meeting_checkins c ON c.meeting_id = e.meeting_id AND c.member_id = e.member_id
       LEFT JOIN meeting_replies r ON r.meeting_id = e.meeting_id AND r.member_id = e.member_id
      WHERE m.ends_at >= ? AND m.ends_at < ? AND m.ends_at <= ? GROUP BY e.member_id`,
  );

  return {
    /** Activity per member id within [from, to). Completed required lessons count from the beginning. */
    activity(from: number, to: number): Map<string, MemberActivity> {
      const out = new Map<string, MemberActivity>();
      const entry = (id: string) => {
        let a = out.get(id);
        if (!a) {
          a = { creditedHours: 0, studySeconds: 0, completedLessons: 0, completedRequiredLessons: 0, submissions: 0, activeDays: 0 };
          out.set(id, a);
        }
        return a;
      };
      for (const r of study.all(from, to) as { id: string; seconds: number; days: number }[]) {
        entry(r.id).studySeconds = r.seconds;
        entry(r.id).activeDays = r.days;
      }
      for (const r of creditHours.all(from, to) as { id: string; hours: number }[]) entry(r.id).creditedHours = r.hours;
      for (const r of completed.all(from, to) as { id: string; n: number }[]) entry(r.id).completedLessons = r.n;
      for (const r of completed.all(0, to) as { id: string; required: number }[]) entry(r.id).completedRequiredLessons = r.required;
      for (const r of submissions.all(from, to) as { id: string; n: number }[]) entry(r.id).submissions = r.n;
      return out;
    },
    requiredLessonCount(): number {
      return requiredLessons.get() as number;
    },
    duesRecords(): DuesPaidRow[] {
      return duesRows.all() as DuesPaidRow[];
    },
    /** Meetings that ended within [from, to) and by `now`, per member. */
    attendance(from: number, to: number, now: number): Map<string, AttendanceTally> {
      const rows = attendance.all(from, to, now) as ({ id: string } & AttendanceTally)[];
      return new Map(rows.map((r) => [r.id, { expected: r.expected, attended: r.attended, leave: r.leave }]));
    },
    firstActivityAt(): number | null {
      return firstActivity.get() as number | null;
    },
  };
}

export type StatsStore = ReturnType<typeof createStatsStore>;
