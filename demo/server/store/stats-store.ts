/**
 * Raw activity per member over a time range: the numbers every ranking and chart is
 * computed from. Aggregation happens in SQL over indexed columns.
 */
import type { Db } from '../db/database';
import type { DuesPaidRow, MemberActivity } from '../rules/metrics';

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
    firstActivityAt(): number | null {
      return firstActivity.get() as number | null;
    },
  };
}

export type StatsStore = ReturnType<typeof createStatsStore>;
