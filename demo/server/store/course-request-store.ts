/**
 * Course requests, their voices and what each member last saw of them. How anonymity is
 * kept is in migration 11 and store/anonymity.ts: this store only writes what it is given.
 */
import type { Db } from '../db/database';
import type { CourseRequestRecord, RequestStatus } from '../rules/course-request-rules';

export type { CourseRequestRecord };

interface Row {
  id: string;
  branch_id: string;
  title: string;
  details: string;
  category: string;
  topic: string;
  anonymous: number;
  author_id: string | null;
  author_tag: string | null;
  status: RequestStatus;
  revision: number;
  created_on: string;
  status_changed_at: number | null;
  planned_on: string | null;
  course_id: string | null;
  decline_reason: string | null;
  merged_into: string | null;
}

const toRecord = (r: Row): CourseRequestRecord => ({
  id: r.id,
  branchId: r.branch_id,
  title: r.title,
  details: r.details,
  category: r.category,
  topic: r.topic,
  anonymous: r.anonymous === 1,
  authorId: r.author_id,
  authorTag: r.author_tag,
  status: r.status,
  revision: r.revision,
  createdOn: r.created_on,
  statusChangedAt: r.status_changed_at,
  plannedOn: r.planned_on,
  courseId: r.course_id,
  declineReason: r.decline_reason,
  mergedInto: r.merged_into,
});

/** Submissions' answers of one questionnaire by a branch's members, oldest first. */
export interface MemberAnswers {
  memberId: string;
  answers: Record<string, unknown>;
}

export function createCourseRequestStore(db: Db) {
  const byBranch = db.prepare('SELECT * FROM course_requests WHERE branch_id = ?');
  const byId = db.prepare('SELECT * FROM course_requests WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO course_requests (id, branch_id, title, details, category, topic, anonymous, author_id, author_tag, status, revision,
       created_on, status_changed_at, planned_on, course_id, decline_reason, merged_into)
     VALUES (@id, @branchId, @title, @details, @category, @topic, @anonymous, @authorId, @authorTag, @status, @revision,
       @createdOn, @statusChangedAt, @plannedOn, @courseId, @declineReason, @mergedInto)`,
  );
  const update = db.prepare(
    `UPDATE course_requests SET topic = @topic, status = @status, revision = @revision, status_changed_at = @statusChangedAt,
       planned_on = @plannedOn, course_id = @courseId, decline_reason = @declineReason, merged_into = @mergedInto WHERE id = @id`,
  );
  const voiceCounts = db.prepare(
    `SELECT v.request_id AS id, COUNT(*) AS n FROM course_request_voices v JOIN course_requests r ON r.id = v.request_id
      WHERE r.branch_id = ? GROUP BY v.request_id`,
  );
  const votersOf = db.prepare('SELECT voter FROM course_request_voices WHERE request_id = ?').pluck();
  const branchVoices = db.prepare(
    `SELECT v.request_id AS id, v.voter FROM course_request_voices v JOIN course_requests r ON r.id = v.request_id WHERE r.branch_id = ?`,
  );
  const hasVoice = db.prepare('SELECT 1 FROM course_request_voices WHERE request_id = ? AND voter = ?').pluck();
  const addVoice = db.prepare('INSERT OR IGNORE INTO course_request_voices (request_id, voter) VALUES (?, ?)');
  const removeVoice = db.prepare('DELETE FROM course_request_voices WHERE request_id = ? AND voter = ?');
  const seen = db.prepare('SELECT revision FROM course_request_seen WHERE request_id = ? AND viewer = ?').pluck();
  const markSeen = db.prepare(
    `INSERT INTO course_request_seen (request_id, viewer, revision) VALUES (?, ?, ?)
     ON CONFLICT (request_id, viewer) DO UPDATE SET revision = MAX(revision, excluded.revision)`,
  );
  const answersOf = db.prepare(
    `SELECT s.member_id AS memberId, s.answers FROM submissions s JOIN members m ON m.id = s.member_id
      WHERE s.questionnaire_id = ? AND m.branch_id = ? ORDER BY s.submitted_at, s.id`,
  );

  return {
    ofBranch(branchId: string): CourseRequestRecord[] {
      return (byBranch.all(branchId) as Row[]).map(toRecord);
    },
    get(id: string): CourseRequestRecord | null {
      const row = byId.get(id) as Row | undefined;
      return row ? toRecord(row) : null;
    },
    insert(r: CourseRequestRecord): void {
      insert.run({ ...r, anonymous: r.anonymous ? 1 : 0 });
    },
    update(r: CourseRequestRecord): void {
      update.run(r);
    },
    /** Voices per request of a branch (requests without any are absent). */
    voiceCounts(branchId: string): Map<string, number> {
      return new Map((voiceCounts.all(branchId) as { id: string; n: number }[]).map((r) => [r.id, r.n]));
    },
    /** Every voice of a branch's requests: request id and voter. */
    branchVoices(branchId: string): { id: string; voter: string }[] {
      return branchVoices.all(branchId) as { id: string; voter: string }[];
    },
    voters(requestId: string): string[] {
      return votersOf.all(requestId) as string[];
    },
    hasVoice(requestId: string, voter: string): boolean {
      return hasVoice.get(requestId, voter) !== undefined;
    },
    addVoice(requestId: string, voter: string): void {
      addVoice.run(requestId, voter);
    },
    removeVoice(requestId: string, voter: string): void {
      removeVoice.run(requestId, voter);
    },
    /** The revision last seen under a viewer key, or null. */
    seen(requestId: string, viewer: string): number | null {
      return (seen.get(requestId, viewer) as number | undefined) ?? null;
    },
    /** Records a revision as seen; never moves back. */
    markSeen(requestId: string, viewer: string, revision: number): void {
      markSeen.run(requestId, viewer, revision);
    },
    /** Named (not anonymous) answers to a questionnaire by a branch's members, oldest first. */
    branchAnswers(questionnaireId: string, branchId: string): MemberAnswers[] {
      return (answersOf.all(questionnaireId, branchId) as { memberId: string; answers: string }[]).map((r) => ({
        memberId: r.memberId,
        answers: JSON.parse(r.answers) as Record<string, unknown>,
      }));
    },
  };
}

export type CourseRequestStore = ReturnType<typeof createCourseRequestStore>;
