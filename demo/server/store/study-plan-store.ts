/** A branch's study assignments, and the 学时 credited to members in a span of time (course_completions). */
import type { Db } from '../db/database';
import type { MemberGroup } from '../rules/member-groups';
import type { AssignmentRecord } from '../rules/study-assignments';

export type { AssignmentRecord };

interface Row {
  id: string;
  branch_id: string;
  title: string;
  course_ids: string;
  due_on: string | null;
  hours_per_year: number | null;
  member_groups: string;
  member_ids: string;
  created_at: number;
}

const toRecord = (r: Row): AssignmentRecord => ({
  id: r.id,
  branchId: r.branch_id,
  title: r.title,
  courseIds: JSON.parse(r.course_ids) as string[],
  dueOn: r.due_on,
  hoursPerYear: r.hours_per_year,
  groups: JSON.parse(r.member_groups) as MemberGroup[],
  memberIds: JSON.parse(r.member_ids) as string[],
  createdAt: r.created_at,
});

export function createStudyPlanStore(db: Db) {
  const ofBranch = db.prepare('SELECT * FROM study_assignments WHERE branch_id = ? ORDER BY created_at DESC, id');
  const byId = db.prepare('SELECT * FROM study_assignments WHERE id = ? AND branch_id = ?');
  const insert = db.prepare(
    `INSERT INTO study_assignments (id, branch_id, title, course_ids, due_on, hours_per_year, member_groups, member_ids, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const remove = db.prepare('DELETE FROM study_assignments WHERE id = ?');
  const creditedOfMember = db.prepare('SELECT COALESCE(SUM(credit_hours), 0) FROM course_completions WHERE member_id = ? AND completed_at >= ? AND completed_at < ?').pluck();
  const creditedOfBranch = db.prepare(
    `SELECT c.member_id AS id, SUM(c.credit_hours) AS hours FROM course_completions c JOIN members m ON m.id = c.member_id
      WHERE m.branch_id = ? AND c.completed_at >= ? AND c.completed_at < ? GROUP BY c.member_id`,
  );

  return {
    ofBranch(branchId: string): AssignmentRecord[] {
      return (ofBranch.all(branchId) as Row[]).map(toRecord);
    },
    get(branchId: string, id: string): AssignmentRecord | null {
      const row = byId.get(id, branchId) as Row | undefined;
      return row ? toRecord(row) : null;
    },
    insert(a: AssignmentRecord): void {
      insert.run(a.id, a.branchId, a.title, JSON.stringify(a.courseIds), a.dueOn, a.hoursPerYear, JSON.stringify(a.groups), JSON.stringify(a.memberIds), a.createdAt);
    },
    remove(id: string): void {
      remove.run(id);
    },
    /** 学时 credited to a member in [from, to): the credit hours of the courses completed then. */
    creditedHours(memberId: string, from: number, to: number): number {
      return creditedOfMember.get(memberId, from, to) as number;
    },
    /** 学时 credited to each member of a branch in [from, to). */
    branchCreditedHours(branchId: string, from: number, to: number): Map<string, number> {
      return new Map((creditedOfBranch.all(branchId, from, to) as { id: string; hours: number }[]).map((r) => [r.id, r.hours]));
    },
  };
}

export type StudyPlanStore = ReturnType<typeof createStudyPlanStore>;
