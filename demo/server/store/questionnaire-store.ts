/**
 * Questionnaire definitions (kept in memory; they change only on seeding), attempts,
 * drafts, submissions and the anonymous records of evaluation.
 *
 * Anonymous answers and evaluation grades carry nothing that links them to the
 * participation row naming the member: random keys in tables without a rowid (so neither
 * their stored order nor their ids follow the order of submission), and no time at all.
 */
import { randomBytes } from 'node:crypto';
import type { Db } from '../db/database';
import type { Answers, QuizResult } from '../shared-contract';
import type { AnswerKey } from '../rules/quiz-scoring';
import type { AttemptRecord, PageDef, QuestionnaireRecord } from '../rules/questionnaire-status';

export type { AttemptRecord, PageDef, QuestionnaireRecord };

export interface DraftRecord {
  answers: Answers;
  pageIndex: number;
  attemptId: string | null;
  updatedAt: number;
}

export interface SubmissionRecord {
  id: string;
  submittedAt: number;
  late: boolean;
  result: QuizResult | null;
}

export function createQuestionnaireStore(db: Db) {
  const all = db.prepare('SELECT * FROM questionnaires ORDER BY sort');
  const participationCount = db.prepare('SELECT COUNT(*) FROM participations WHERE questionnaire_id = ? AND member_id = ?').pluck();
  const attemptById = db.prepare('SELECT * FROM attempts WHERE id = ? AND questionnaire_id = ?');
  const openAttempt = db.prepare(
    'SELECT * FROM attempts WHERE questionnaire_id = ? AND member_id = ? AND closed_at IS NULL ORDER BY started_at DESC LIMIT 1',
  );
  const insertAttempt = db.prepare(
    'INSERT INTO attempts (id, questionnaire_id, member_id, started_at, deadline) VALUES (?, ?, ?, ?, ?)',
  );
  const snapshotAttempt = db.prepare('UPDATE attempts SET snapshot = ? WHERE id = ?');
  const closeAttempt = db.prepare('UPDATE attempts SET closed_at = ? WHERE id = ?');
  const closeAnonymousAttempt = db.prepare('UPDATE attempts SET closed_at = ?, snapshot = NULL WHERE id = ?');
  const draft = db.prepare('SELECT * FROM drafts WHERE questionnaire_id = ? AND member_id = ?');
  const upsertDraft = db.prepare(
    `INSERT INTO drafts (questionnaire_id, member_id, answers, page_index, attempt_id, updated_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (questionnaire_id, member_id) DO UPDATE SET answers = excluded.answers,
       page_index = excluded.page_index, attempt_id = excluded.attempt_id, updated_at = excluded.updated_at`,
  );
  const deleteDraft = db.prepare('DELETE FROM drafts WHERE questionnaire_id = ? AND member_id = ?');
  const insertSubmission = db.prepare(
    `INSERT INTO submissions (id, questionnaire_id, member_id, answers, result, late, submitted_at, submitted_on)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertParticipation = db.prepare(
    'INSERT INTO participations (id, questionnaire_id, member_id, submitted_at) VALUES (?, ?, ?, ?)',
  );
  const insertGrade = db.prepare('INSERT INTO evaluation_grades (id, questionnaire_id, branch_id, ratee_id, grade) VALUES (?, ?, ?, ?, ?)');
  const mySubmissions = db.prepare(
    'SELECT id, submitted_at, late, result FROM submissions WHERE questionnaire_id = ? AND member_id = ? ORDER BY submitted_at DESC, id',
  );
  const myParticipations = db.prepare(
    'SELECT id, submitted_at FROM participations WHERE questionnaire_id = ? AND member_id = ? ORDER BY submitted_at DESC, id',
  );
  let definitions: Map<string, QuestionnaireRecord> | null = null;

  function load(): Map<string, QuestionnaireRecord> {
    const rows = all.all() as Record<string, unknown>[];
    return new Map(
      rows.map((r) => [
        r.id as string,
        {
          id: r.id as string,
          title: r.title as string,
          description: r.description as string | null,
          mode: r.mode as QuestionnaireRecord['mode'],
          opensAt: r.opens_at as number | null,
          closesAt: r.closes_at as number | null,
          allowRetake: r.allow_retake === 1,
          anonymous: r.anonymous === 1,
          showAnswers: r.show_answers === 1,
          timeLimitSeconds: r.time_limit_seconds as number | null,
          passMark: r.pass_mark as number | null,
          pages: JSON.parse(r.pages as string) as PageDef[],
          answerKey: JSON.parse(r.answer_key as string) as AnswerKey,
        },
      ]),
    );
  }

  const toAttempt = (r: Record<string, unknown> | undefined): AttemptRecord | null =>
    r
      ? {
          id: r.id as string,
          memberId: r.member_id as string,
          startedAt: r.started_at as number,
          deadline: r.deadline as number | null,
          snapshot: r.snapshot ? (JSON.parse(r.snapshot as string) as Answers) : null,
          closedAt: r.closed_at as number | null,
        }
      : null;

  return {
    list(): QuestionnaireRecord[] {
      definitions ??= load();
      return [...definitions.values()];
    },
    get(id: string): QuestionnaireRecord | null {
      definitions ??= load();
      return definitions.get(id) ?? null;
    },
    hasTakenPart(questionnaireId: string, memberId: string): boolean {
      return (participationCount.get(questionnaireId, memberId) as number) > 0;
    },
    attempt(questionnaireId: string, attemptId: string): AttemptRecord | null {
      return toAttempt(attemptById.get(attemptId, questionnaireId) as Record<string, unknown> | undefined);
    },
    openAttempt(questionnaireId: string, memberId: string): AttemptRecord | null {
      return toAttempt(openAttempt.get(questionnaireId, memberId) as Record<string, unknown> | undefined);
    },
    startAttempt(questionnaireId: string, memberId: string, id: string, startedAt: number, deadline: number | null): void {
      insertAttempt.run(id, questionnaireId, memberId, startedAt, deadline);
    },
    snapshotAttempt(attemptId: string, answers: Answers): void {
      snapshotAttempt.run(JSON.stringify(answers), attemptId);
    },
    /** Closes an attempt; an anonymous questionnaire's keeps no answers (its last draft) under the member. */
    closeAttempt(attemptId: string, at: number, anonymous: boolean): void {
      (anonymous ? closeAnonymousAttempt : closeAttempt).run(at, attemptId);
    },
    draft(questionnaireId: string, memberId: string): DraftRecord | null {
      const r = draft.get(questionnaireId, memberId) as Record<string, unknown> | undefined;
      return r
        ? {
            answers: JSON.parse(r.answers as string) as Answers,
            pageIndex: r.page_index as number,
            attemptId: r.attempt_id as string | null,
            updatedAt: r.updated_at as number,
          }
        : null;
    },
    saveDraft(questionnaireId: string, memberId: string, d: DraftRecord): void {
      upsertDraft.run(questionnaireId, memberId, JSON.stringify(d.answers), d.pageIndex, d.attemptId, d.updatedAt);
    },
    deleteDraft(questionnaireId: string, memberId: string): void {
      deleteDraft.run(questionnaireId, memberId);
    },
    /** Answers with the member's id and time, or (anonymous) with neither. */
    saveSubmission(s: {
      id: string;
      questionnaireId: string;
      memberId: string | null;
      answers: Answers;
      result: QuizResult | null;
      late: boolean;
      submittedAt: number;
      day: string;
    }): void {
      insertSubmission.run(
        s.id,
        s.questionnaireId,
        s.memberId,
        JSON.stringify(s.answers),
        s.result ? JSON.stringify(s.result) : null,
        s.late ? 1 : 0,
        s.memberId ? s.submittedAt : null,
        s.memberId ? s.day : null,
      );
    },
    recordParticipation(id: string, questionnaireId: string, memberId: string, at: number): void {
      insertParticipation.run(id, questionnaireId, memberId, at);
    },
    recordGrades(questionnaireId: string, branchId: string, grid: Record<string, string>): void {
      for (const [rateeId, grade] of Object.entries(grid)) insertGrade.run(randomBytes(12).toString('base64url'), questionnaireId, branchId, rateeId, grade);
    },
    mySubmissions(questionnaireId: string, memberId: string): SubmissionRecord[] {
      return (mySubmissions.all(questionnaireId, memberId) as Record<string, unknown>[]).map((r) => ({
        id: r.id as string,
        submittedAt: r.submitted_at as number,
        late: r.late === 1,
        result: r.result ? (JSON.parse(r.result as string) as QuizResult) : null,
      }));
    },
    myParticipations(questionnaireId: string, memberId: string): SubmissionRecord[] {
      return (myParticipations.all(questionnaireId, memberId) as Record<string, unknown>[]).map((r) => ({
        id: r.id as string,
        submittedAt: r.submitted_at as number,
        late: false,
        result: null,
      }));
    },
  };
}

export type QuestionnaireStore = ReturnType<typeof createQuestionnaireStore>;
