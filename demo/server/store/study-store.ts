/** Writes of study credit: playback sessions, members' study clocks, lesson progress and the credit history. */
import type { Db } from '../db/database';
import type { Interval, MemberClock, SessionCreditState } from '../shared-contract';

export interface StudySessionRecord extends SessionCreditState {
  memberId: string;
  lessonId: string;
}

export function createStudyStore(db: Db) {
  const findSession = db.prepare(
    `SELECT member_id AS memberId, lesson_id AS lessonId, first_received_at AS firstReceivedAt,
            credited_seconds AS creditedSeconds, covered_seconds AS coveredSeconds, last_seq AS lastSeq
       FROM study_sessions WHERE id = ?`,
  );
  const upsertSession = db.prepare(
    `INSERT INTO study_sessions (id, member_id, lesson_id, first_received_at, last_received_at, last_seq, credited_seconds, covered_seconds)
     VALUES (@id, @memberId, @lessonId, @firstReceivedAt, @receivedAt, @lastSeq, @creditedSeconds, @coveredSeconds)
     ON CONFLICT (id) DO UPDATE SET last_received_at = excluded.last_received_at,
       last_seq = excluded.last_seq, credited_seconds = excluded.credited_seconds, covered_seconds = excluded.covered_seconds`,
  );
  const upsertProgress = db.prepare(
    `INSERT INTO lesson_progress (member_id, lesson_id, course_id, position_seconds, watched, credited_seconds, completed_at, updated_at)
     VALUES (@memberId, @lessonId, @courseId, @position, @watched, @credited, @completedAt, @updatedAt)
     ON CONFLICT (member_id, lesson_id) DO UPDATE SET position_seconds = excluded.position_seconds,
       watched = excluded.watched, credited_seconds = excluded.credited_seconds,
       completed_at = COALESCE(lesson_progress.completed_at, excluded.completed_at), updated_at = excluded.updated_at`,
  );
  const findClock = db.prepare('SELECT credited_until AS creditedUntil, holder_session AS holder FROM study_clocks WHERE member_id = ?');
  const upsertClock = db.prepare(
    `INSERT INTO study_clocks (member_id, credited_until, holder_session) VALUES (?, ?, ?)
     ON CONFLICT (member_id) DO UPDATE SET credited_until = excluded.credited_until, holder_session = excluded.holder_session`,
  );
  const insertCredit = db.prepare('INSERT INTO study_credits (member_id, lesson_id, seconds, at) VALUES (?, ?, ?, ?)');

  return {
    session(id: string): StudySessionRecord | undefined {
      return findSession.get(id) as StudySessionRecord | undefined;
    },
    saveSession(id: string, memberId: string, lessonId: string, state: SessionCreditState, receivedAt: number): void {
      upsertSession.run({ id, memberId, lessonId, receivedAt, ...state });
    },
    clock(memberId: string): MemberClock | null {
      return (findClock.get(memberId) as MemberClock | undefined) ?? null;
    },
    saveClock(memberId: string, clock: MemberClock): void {
      upsertClock.run(memberId, clock.creditedUntil, clock.holder);
    },
    saveProgress(p: {
      memberId: string;
      lessonId: string;
      courseId: string;
      position: number;
      watched: Interval[];
      credited: number;
      completedAt: number | null;
      updatedAt: number;
    }): void {
      upsertProgress.run({ ...p, watched: JSON.stringify(p.watched) });
    },
    recordCredit(memberId: string, lessonId: string, seconds: number, at: number): void {
      insertCredit.run(memberId, lessonId, seconds, at);
    },
  };
}

export type StudyStore = ReturnType<typeof createStudyStore>;
