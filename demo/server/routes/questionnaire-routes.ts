/** listQuestionnaires, getQuestionnaire, startAttempt, getDraft, saveDraft, submitResponse, getMyResponses. */
import { randomBytes } from 'node:crypto';
import type { Hono } from 'hono';
import { pageOf } from '../http/cursor';
import { mountOperation, type OperationDeps } from '../http/operation';
import { HttpProblem, problems, type FieldError } from '../http/problem';
import { dayOf } from '../rules/calendar';
import { answerOf, type Answers, type SubmissionRequest } from '../shared-contract';
import { checkSubmission, draftAttemptError, keepsSnapshot } from '../rules/questionnaire-submission';
import {
  allQuestions,
  answerRefusal,
  attemptDeadline,
  attemptView,
  keepsAnswersApart,
  pagesFor,
  questionnaireView,
  summaryView,
  type MemberFacts,
} from '../rules/questionnaire-status';
import { scoreQuiz } from '../rules/quiz-scoring';
import type { MemberRecord } from '../store/members-store';
import type { QuestionnaireRecord, SubmissionRecord } from '../store/questionnaire-store';
import type { Services } from './services';

const newId = (prefix: string) => `${prefix}_${randomBytes(9).toString('base64url')}`;

const refused = (why: 'not-open' | 'already-submitted') =>
  why === 'not-open' ? new HttpProblem(409, 'questionnaire-not-open', 'The questionnaire is not open') : new HttpProblem(409, 'already-submitted', 'Already submitted');
const invalidAnswers = (errors: FieldError[]) => new HttpProblem(422, 'invalid-answers', 'Some answers are not valid', { errors });

function submissionView(s: SubmissionRecord) {
  return { id: s.id, submittedAt: new Date(s.submittedAt).toISOString(), late: s.late, result: s.result };
}

export function mountQuestionnaireRoutes(app: Hono, deps: OperationDeps, services: Services): void {
  const { questionnaires: store, members } = services;
  const find = (id: string): QuestionnaireRecord => store.get(id) ?? (() => { throw problems.notFound('Questionnaire'); })();
  const factsOf = (q: QuestionnaireRecord, memberId: string): MemberFacts => ({
    submitted: store.hasTakenPart(q.id, memberId),
    openAttempt: store.openAttempt(q.id, memberId),
  });
  /** The pages as the member answers them (an evaluation's rows are the branch's members). */
  const pagesOf = (q: QuestionnaireRecord, member: MemberRecord) =>
    pagesFor(q, member.id, q.mode === 'evaluation' ? members.membersOfBranch(member.branchId) : []);
  const assertCanAnswer = (q: QuestionnaireRecord, memberId: string, now: number) => {
    const why = answerRefusal(q, store.hasTakenPart(q.id, memberId), now);
    if (why) throw refused(why);
  };

  mountOperation(app, deps, 'listQuestionnaires', ({ member, query, now }) => {
    const visible = store.list().filter((q) => query.mode === undefined || q.mode === query.mode);
    const page = pageOf(visible, query);
    return { status: 200, body: { ...page, items: page.items.map((q) => summaryView(q, factsOf(q, member.id), now)) } };
  });

  mountOperation(app, deps, 'getQuestionnaire', ({ member, params, now }) => {
    const q = find(params.questionnaireId!);
    return { status: 200, body: questionnaireView(q, pagesOf(q, member), factsOf(q, member.id), now) };
  });

  mountOperation(app, deps, 'startAttempt', ({ member, params, now }) => {
    const q = find(params.questionnaireId!);
    const open = store.openAttempt(q.id, member.id);
    if (open) return { status: 200, body: attemptView(open, now) };
    assertCanAnswer(q, member.id, now);
    const id = newId('att');
    const deadline = attemptDeadline(q, now);
    store.startAttempt(q.id, member.id, id, now, deadline);
    return { status: 201, body: attemptView({ id, startedAt: now, deadline }, now) };
  });

  mountOperation(app, deps, 'getDraft', ({ member, params }) => {
    const q = find(params.questionnaireId!);
    const draft = store.draft(q.id, member.id);
    // No draft yet is normal (most visits): `null`, not a 404 the browser logs as an error.
    return { status: 200, body: draft && { ...draft, updatedAt: new Date(draft.updatedAt).toISOString() } };
  });

  mountOperation(app, deps, 'saveDraft', ({ member, params, body, now }) => {
    const q = find(params.questionnaireId!);
    const { answers, pageIndex, attemptId = null } = body as { answers: Answers; pageIndex: number; attemptId?: string | null };
    assertCanAnswer(q, member.id, now);
    if (attemptId !== null) {
      const attempt = store.attempt(q.id, attemptId);
      const error = draftAttemptError(attempt, member.id);
      if (error) throw invalidAnswers([error]);
      if (keepsSnapshot(attempt!, now)) store.snapshotAttempt(attempt!.id, answers);
    }
    const draft = { answers, pageIndex, attemptId, updatedAt: now };
    store.saveDraft(q.id, member.id, draft);
    return { status: 200, body: { ...draft, updatedAt: new Date(now).toISOString() } };
  });

  mountOperation(app, deps, 'submitResponse', ({ member, params, body, now }) => {
    const q = find(params.questionnaireId!);
    const request = body as SubmissionRequest;
    assertCanAnswer(q, member.id, now);
    const questions = allQuestions(pagesOf(q, member));
    const attempt = request.attemptId ? store.attempt(q.id, request.attemptId) : null;
    const checked = checkSubmission(q, questions, request, attempt, member.id, now);
    if (checked.errors) throw invalidAnswers(checked.errors);
    const { answers, late } = checked;

    const result = q.mode === 'quiz' ? scoreQuiz(questions, q.answerKey, answers, q.passMark, q.showAnswers) : null;
    const participationId = newId('sub');
    store.recordParticipation(participationId, q.id, member.id, now);
    if (q.mode === 'evaluation') {
      const matrix = questions.find((question) => question.type === 'matrix');
      store.recordGrades(q.id, member.branchId, (answerOf(answers, matrix?.id ?? '') ?? {}) as Record<string, string>);
    } else {
      store.saveSubmission({
        id: q.anonymous ? newId('ans') : participationId,
        questionnaireId: q.id,
        memberId: q.anonymous ? null : member.id,
        answers,
        result,
        late,
        submittedAt: now,
        day: dayOf(now),
      });
    }
    if (attempt) store.closeAttempt(attempt.id, now, keepsAnswersApart(q));
    store.deleteDraft(q.id, member.id);
    return { status: 201, body: submissionView({ id: participationId, submittedAt: now, late, result }) };
  });

  mountOperation(app, deps, 'getMyResponses', ({ member, params }) => {
    const q = find(params.questionnaireId!);
    const items = keepsAnswersApart(q) ? store.myParticipations(q.id, member.id) : store.mySubmissions(q.id, member.id);
    return { status: 200, body: { items: items.map(submissionView) } };
  });
}
