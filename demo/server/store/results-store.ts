/**
 * What a questionnaire's results are computed from, selected in SQL by scope: answers
 * without their authors, grade counts summed per person evaluated, and who took part.
 * Nothing here returns a member id next to an answer.
 */
import type { Db } from '../db/database';
import type { Answers, MemberCategory, QuizResult } from '../shared-contract';
import type { Grade } from '../rules/evaluation-rules';
import { DEFAULT_MIN_BALLOTS } from '../rules/questionnaire-results';

/** Which members' answers count: a branch (null: every branch), a category, a span of days (CST). */
export interface ResultScope {
  branchId: string | null;
  category: MemberCategory | null;
  from: string | null;
  to: string | null;
}

const OFFSET = '+08:00';
const dayStart = (day: string) => Date.parse(`${day}T00:00:00${OFFSET}`);
const dayEnd = (day: string) => dayStart(day) + 24 * 3600_000;

export function createResultsStore(db: Db) {
  // Named answers: joined to their member only to filter, never selected with them.
  const named = db.prepare(
    `SELECT s.answers, s.result FROM submissions s JOIN members m ON m.id = s.member_id
      WHERE s.questionnaire_id = @q
        AND (@branch IS NULL OR m.branch_id = @branch) AND (@category IS NULL OR m.category = @category)
        AND (@from IS NULL OR s.submitted_on >= @from) AND (@to IS NULL OR s.submitted_on <= @to)
      ORDER BY s.submitted_at DESC, s.id`,
  );
  const anonymous = db.prepare('SELECT answers, result FROM submissions WHERE questionnaire_id = ? AND member_id IS NULL ORDER BY id');
  const grades = db.prepare(
    `SELECT ratee_id AS ratee, grade, COUNT(*) AS n FROM evaluation_grades
      WHERE questionnaire_id = @q AND (@branch IS NULL OR branch_id = @branch) GROUP BY ratee_id, grade`,
  );
  const expected = db.prepare(
    `SELECT COUNT(*) FROM members m WHERE (@branch IS NULL OR m.branch_id = @branch) AND (@category IS NULL OR m.category = @category)`,
  ).pluck();
  const responded = db.prepare(
    `SELECT COUNT(DISTINCT p.member_id) FROM participations p JOIN members m ON m.id = p.member_id
      WHERE p.questionnaire_id = @q AND (@branch IS NULL OR m.branch_id = @branch) AND (@category IS NULL OR m.category = @category)
        AND (@from IS NULL OR p.submitted_at >= @from) AND (@to IS NULL OR p.submitted_at < @to)`,
  ).pluck();
  const setting = db.prepare("SELECT value FROM settings WHERE key = 'results_min_ballots'").pluck();

  const params = (questionnaireId: string, s: ResultScope) => ({ q: questionnaireId, branch: s.branchId, category: s.category, from: s.from, to: s.to });
  const rows = (list: { answers: string; result: string | null }[]) =>
    list.map((r) => ({ answers: JSON.parse(r.answers) as Answers, result: r.result ? (JSON.parse(r.result) as QuizResult) : null }));

  return {
    /** The anonymity threshold: the `results_min_ballots` setting, 5 when unset. */
    minBallots(): number {
      const value = Number(setting.get() ?? DEFAULT_MIN_BALLOTS);
      return Number.isInteger(value) && value >= 1 ? value : DEFAULT_MIN_BALLOTS;
    },
    /** Answers in scope, newest first; an anonymous questionnaire's are all of them, in key order. */
    answers(questionnaireId: string, isAnonymous: boolean, scope: ResultScope) {
      return rows((isAnonymous ? anonymous.all(questionnaireId) : named.all(params(questionnaireId, scope))) as { answers: string; result: string | null }[]);
    },
    /** Ratee → grade → ballots, summed in SQL over the branch (or every branch). */
    gradeCounts(questionnaireId: string, branchId: string | null): Map<string, Partial<Record<Grade, number>>> {
      const out = new Map<string, Partial<Record<Grade, number>>>();
      for (const r of grades.all({ q: questionnaireId, branch: branchId }) as { ratee: string; grade: Grade; n: number }[]) {
        out.set(r.ratee, { ...out.get(r.ratee), [r.grade]: r.n });
      }
      return out;
    },
    /** Members expected to answer (in the branch and category) and how many of them took part. */
    participation(questionnaireId: string, scope: ResultScope): { expected: number; responded: number } {
      const p = { ...params(questionnaireId, scope), from: scope.from ? dayStart(scope.from) : null, to: scope.to ? dayEnd(scope.to) : null };
      return {
        expected: expected.get({ branch: scope.branchId, category: scope.category }) as number,
        responded: responded.get(p) as number,
      };
    },
  };
}

export type ResultsStore = ReturnType<typeof createResultsStore>;
