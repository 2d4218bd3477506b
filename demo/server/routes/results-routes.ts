/** getQuestionnaireResults, listTextAnswers: a questionnaire's results for its organisers. */
import type { Hono } from 'hono';
import { pageOf } from '../http/cursor';
import { mountOperation, type OperationDeps } from '../http/operation';
import { problems, type FieldError } from '../http/problem';
import { allQuestions, keepsAnswersApart } from '../rules/questionnaire-status';
import { aggregateQuestion, evaluationTallies, quizSummary, textAnswers } from '../rules/questionnaire-results';
import type { MemberCategory, QuizResult } from '../shared-contract';
import type { MemberRecord } from '../store/members-store';
import type { QuestionnaireRecord } from '../store/questionnaire-store';
import { createResultsStore, type ResultScope } from '../store/results-store';
import type { Services } from './services';

export function mountResultsRoutes(app: Hono, deps: OperationDeps, services: Services): void {
  const { questionnaires, members, db } = services;
  const results = createResultsStore(db);

  /**
   * Who asks, about which questionnaire, over which answers: a secretary their own branch,
   * an admin any branch or all; anyone else 403 (before 404, as the branch summaries). An
   * anonymous survey's answers keep no branch: its figures are every branch's. Anonymous
   * answers keep no member or day either, so category and dates are refused for them.
   */
  const ask = (member: MemberRecord, questionnaireId: string, query: Record<string, unknown>) => {
    const admin = member.roles.includes('admin');
    if (!admin && !member.roles.includes('secretary')) throw problems.forbidden('Only a branch secretary or an admin can see the results');
    const requested = (query.branchId as string | undefined) ?? null;
    if (!admin && requested !== null && requested !== member.branchId) throw problems.forbidden("A secretary sees their own branch's results");
    const q = questionnaires.get(questionnaireId) ?? (() => { throw problems.notFound('Questionnaire'); })();
    const branchId = admin ? requested : member.branchId;
    const branch = branchId ? (members.branch(branchId) ?? (() => { throw problems.notFound('Branch'); })()) : null;
    const apart = keepsAnswersApart(q);
    const errors: FieldError[] = [];
    for (const name of ['category', 'from', 'to'] as const) {
      if (apart && query[name] !== undefined) errors.push({ pointer: `/${name}`, in: 'query', code: 'not-allowed', detail: 'anonymous answers keep no member or day' });
    }
    if (typeof query.from === 'string' && typeof query.to === 'string' && query.from > query.to) {
      errors.push({ pointer: '/to', in: 'query', code: 'out-of-range', detail: 'must not be before from' });
    }
    if (errors.length) throw problems.validation(errors);
    const everyBranch = q.anonymous && q.mode !== 'evaluation';
    const scope: ResultScope = {
      branchId: everyBranch ? null : (branch?.id ?? null),
      category: (query.category as MemberCategory | undefined) ?? null,
      from: (query.from as string | undefined) ?? null,
      to: (query.to as string | undefined) ?? null,
    };
    return { q, scope, branchName: everyBranch ? null : (branch?.name ?? null), apart };
  };

  /** An anonymous survey shows nothing while fewer than the threshold have answered. */
  const withheldFor = (q: QuestionnaireRecord, count: number, minBallots: number) => q.anonymous && q.mode !== 'evaluation' && count < minBallots;

  mountOperation(app, deps, 'getQuestionnaireResults', ({ member, params, query }) => {
    const { q, scope, branchName, apart } = ask(member, params.questionnaireId!, query);
    const minBallots = results.minBallots();
    const { expected, responded } = results.participation(q.id, scope);
    const questions = allQuestions(q.pages);
    let body;
    if (q.mode === 'evaluation') {
      const ratees = scope.branchId ? members.membersOfBranch(scope.branchId) : members.allMembers();
      body = { responses: responded, withheld: false, questions: [], evaluation: evaluationTallies(ratees, results.gradeCounts(q.id, scope.branchId), minBallots), quiz: null };
    } else {
      const rows = results.answers(q.id, q.anonymous, scope);
      const withheld = withheldFor(q, rows.length, minBallots);
      const answers = rows.map((r) => r.answers);
      body = {
        responses: rows.length,
        withheld,
        questions: withheld ? [] : questions.map((question) => aggregateQuestion(question, answers)),
        evaluation: null,
        quiz: q.mode === 'quiz' && !withheld ? quizSummary(questions, rows.map((r) => r.result).filter((r): r is QuizResult => r !== null), q.passMark) : null,
      };
    }
    return {
      status: 200,
      body: {
        questionnaireId: q.id,
        title: q.title,
        mode: q.mode,
        anonymous: q.anonymous,
        branchId: scope.branchId,
        branchName,
        filterable: !apart,
        expected,
        responded,
        rate: expected > 0 ? responded / expected : null,
        minBallots,
        ...body,
      },
    };
  });

  mountOperation(app, deps, 'listTextAnswers', ({ member, params, query }) => {
    const { q, scope } = ask(member, params.questionnaireId!, query);
    const questionId = query.questionId as string;
    const question = allQuestions(q.pages).find((x) => x.id === questionId);
    if (!question || (question.type !== 'text' && question.type !== 'longtext')) {
      throw problems.validation([{ pointer: '/questionId', in: 'query', code: 'not-an-option', detail: 'is not a free-text question of this questionnaire' }]);
    }
    // 民主评议 keeps only grades: its comments are not stored, so there is nothing to list.
    const rows = q.mode === 'evaluation' ? [] : results.answers(q.id, q.anonymous, scope);
    const withheld = withheldFor(q, rows.length, results.minBallots());
    const texts = withheld ? [] : textAnswers(questionId, rows.map((r) => r.answers), query.q as string | undefined);
    const page = pageOf(texts, query);
    return { status: 200, body: { questionId, items: page.items.map((text) => ({ text })), nextCursor: page.nextCursor, total: page.total, withheld } };
  });
}
