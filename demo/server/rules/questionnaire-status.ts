/**
 * What a member sees of a questionnaire: status, own state, and the definition with the
 * evaluation grid filled in for the voter's branch. Never the answer key.
 */
import { EVALUATION_GRADES, excellentLimit } from './evaluation-rules';
import type { QuestionDef } from './answer-validation';
import type { MemberRecord, MembersStore } from '../store/members-store';
import type { AttemptRecord, PageDef, QuestionnaireRecord, QuestionnaireStore } from '../store/questionnaire-store';

export type QuestionnaireStatus = 'open' | 'not-open' | 'closed';

export function statusAt(q: QuestionnaireRecord, now: number): QuestionnaireStatus {
  if (q.opensAt !== null && now < q.opensAt) return 'not-open';
  if (q.closesAt !== null && now >= q.closesAt) return 'closed';
  return 'open';
}

/** An attempt as the contract shows it, with the server's time so a client can correct its clock. */
export function attemptView(a: Pick<AttemptRecord, 'id' | 'startedAt' | 'deadline'>, now: number) {
  return { id: a.id, startedAt: new Date(a.startedAt).toISOString(), deadline: iso(a.deadline), serverTime: new Date(now).toISOString() };
}

/**
 * What the member has done here: submitted, may submit, and the attempt they have open
 * (started on any device, not submitted; its deadline may have passed).
 */
export function mineState(q: QuestionnaireRecord, store: QuestionnaireStore, memberId: string, now: number) {
  const submitted = store.hasTakenPart(q.id, memberId);
  const canSubmit = statusAt(q, now) === 'open' && (!submitted || q.allowRetake);
  const attempt = canSubmit ? store.openAttempt(q.id, memberId) : null;
  return { submitted, canSubmit, attempt: attempt && attemptView(attempt, now) };
}

/** The pages as this member must answer them (evaluation rows = the branch's other members). */
export function pagesFor(q: QuestionnaireRecord, member: MemberRecord, members: MembersStore): PageDef[] {
  if (q.mode !== 'evaluation') return q.pages;
  const ratees = members.membersOfBranch(member.branchId).filter((m) => m.id !== member.id);
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

function iso(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString();
}

export function summaryView(q: QuestionnaireRecord, store: QuestionnaireStore, memberId: string, now: number) {
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
    mine: mineState(q, store, memberId, now),
  };
}

export function questionnaireView(
  q: QuestionnaireRecord,
  member: MemberRecord,
  members: MembersStore,
  store: QuestionnaireStore,
  now: number,
) {
  const pages = pagesFor(q, member, members);
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
    mine: mineState(q, store, member.id, now),
  };
}
