/**
 * What a member sees of a questionnaire: whether it is open, whether they may still answer,
 * the attempt they have open, and the definition with the evaluation grid filled in for the
 * voter's branch. Never the answer key. Pure: the routes read the records.
 */
import type { QuestionDef } from './answer-validation';
import type { Answers, Page, QuestionnaireMode, QuestionnaireStatus } from '../shared-contract';
import { EVALUATION_GRADES, excellentLimit } from './evaluation-rules';
import type { AnswerKey } from './quiz-scoring';

/** The contract's page, its questions as the server reads them. */
export type PageDef = Omit<Page, 'questions'> & { questions: QuestionDef[] };

export interface QuestionnaireRecord {
  id: string;
  title: string;
  description: string | null;
  mode: QuestionnaireMode;
  opensAt: number | null;
  closesAt: number | null;
  allowRetake: boolean;
  anonymous: boolean;
  showAnswers: boolean;
  timeLimitSeconds: number | null;
  passMark: number | null;
  pages: PageDef[];
  answerKey: AnswerKey;
}

export interface AttemptRecord {
  id: string;
  memberId: string;
  startedAt: number;
  deadline: number | null;
  snapshot: Answers | null;
  closedAt: number | null;
}

export type { QuestionnaireStatus };

export function statusAt(q: QuestionnaireRecord, now: number): QuestionnaireStatus {
  if (q.opensAt !== null && now < q.opensAt) return 'not-open';
  if (q.closesAt !== null && now >= q.closesAt) return 'closed';
  return 'open';
}

/** Why the member may not answer (start, save a draft, submit) now, or null when they may. */
export function answerRefusal(q: QuestionnaireRecord, submitted: boolean, now: number): 'not-open' | 'already-submitted' | null {
  if (statusAt(q, now) !== 'open') return 'not-open';
  return submitted && !q.allowRetake ? 'already-submitted' : null;
}

/** When a new attempt must be submitted by: a timed questionnaire's limit from now, else never. */
export function attemptDeadline(q: QuestionnaireRecord, now: number): number | null {
  return q.timeLimitSeconds ? now + q.timeLimitSeconds * 1000 : null;
}

/** An attempt as the contract shows it, with the server's time so a client can correct its clock. */
export function attemptView(a: Pick<AttemptRecord, 'id' | 'startedAt' | 'deadline'>, now: number) {
  return { id: a.id, startedAt: new Date(a.startedAt).toISOString(), deadline: iso(a.deadline), serverTime: new Date(now).toISOString() };
}

/** What the records say of one member and one questionnaire. */
export interface MemberFacts {
  /** They have submitted (taken part) before. */
  submitted: boolean;
  /** Their latest attempt not submitted, started on any device (its deadline may have passed). */
  openAttempt: Pick<AttemptRecord, 'id' | 'startedAt' | 'deadline'> | null;
}

/** What the member has done here: submitted, may submit, and the attempt they have open. */
export function mineState(q: QuestionnaireRecord, facts: MemberFacts, now: number) {
  const canSubmit = answerRefusal(q, facts.submitted, now) === null;
  const attempt = canSubmit ? facts.openAttempt : null;
  return { submitted: facts.submitted, canSubmit, attempt: attempt && attemptView(attempt, now) };
}

/**
 * The pages as this member must answer them: an evaluation's grid has a row for each
 * other member of the voter's branch (`branchMembers`; ignored for other modes).
 */
export function pagesFor(q: QuestionnaireRecord, voterId: string, branchMembers: readonly { id: string; name: string }[]): PageDef[] {
  if (q.mode !== 'evaluation') return q.pages;
  const ratees = branchMembers.filter((m) => m.id !== voterId);
  return q.pages.map((page) => ({
    ...page,
    questions: page.questions.map(
      (question): QuestionDef =>
        question.type === 'matrix'
          ? {
              ...question,
              rows: ratees.map((m) => ({ value: m.id, label: m.name })),
              columns: EVALUATION_GRADES.map((g) => ({ value: g.value, label: g.label })),
              columnLimits: { excellent: excellentLimit(ratees.length) },
            }
          : question,
    ),
  }));
}

export function allQuestions(pages: readonly PageDef[]): QuestionDef[] {
  return pages.flatMap((p) => p.questions);
}

/**
 * Anonymous surveys and evaluations keep answers apart from the member: no submission rows
 * naming them (only "has taken part"), and no answer snapshot left on a closed attempt.
 */
export function keepsAnswersApart(q: Pick<QuestionnaireRecord, 'anonymous' | 'mode'>): boolean {
  return q.anonymous || q.mode === 'evaluation';
}

function iso(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString();
}

export function summaryView(q: QuestionnaireRecord, facts: MemberFacts, now: number) {
  return {
    id: q.id,
    title: q.title,
    description: q.description,
    mode: q.mode,
    status: statusAt(q, now),
    opensAt: iso(q.opensAt),
    closesAt: iso(q.closesAt),
    timeLimitSeconds: q.timeLimitSeconds,
    questionCount: allQuestions(q.pages).length,
    mine: mineState(q, facts, now),
  };
}

/** The contract's `Questionnaire` for one member, with `pages` from pagesFor. */
export function questionnaireView(q: QuestionnaireRecord, pages: PageDef[], facts: MemberFacts, now: number) {
  const scored = q.mode === 'quiz' ? allQuestions(pages).reduce((sum, question) => sum + (question.points ?? 0), 0) : null;
  return {
    id: q.id,
    title: q.title,
    description: q.description,
    mode: q.mode,
    status: statusAt(q, now),
    opensAt: iso(q.opensAt),
    closesAt: iso(q.closesAt),
    allowRetake: q.allowRetake,
    anonymous: q.anonymous,
    showAnswers: q.showAnswers,
    timeLimitSeconds: q.timeLimitSeconds,
    passMark: q.passMark,
    totalPoints: scored,
    pages,
    mine: mineState(q, facts, now),
  };
}
