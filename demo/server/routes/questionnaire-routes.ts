/** listQuestionnaires, getQuestionnaire, startAttempt, getDraft, saveDraft, submitResponse, getMyResponses. */
import { randomBytes } from 'node:crypto';
import type { Hono } from 'hono';
import { pageOf } from '../http/cursor';
import { mountOperation, type OperationDeps } from '../http/operation';
import { HttpProblem, problems } from '../http/problem';
import { validateAnswers, visibleAnswers } from '../rules/answer-validation';
import { dayOf } from '../rules/calendar';
import type { Answers } from '../rules/conditions';
import { checkEvaluationGrid } from '../rules/evaluation-rules';
import { scoreQuiz } from '../rules/quiz-scoring';
import type { QuestionnaireRecord, SubmissionRecord } from '../store/questionnaire-store';
import { allQuestions, attemptView, mineState, pagesFor, questionnaireView, statusAt, summaryView } from '../rules/questionnaire-status';
import type { Services } from './services';

/** A submission arriving this long after the deadline still counts as on time (clock skew, slow links). */
export const LATE_GRACE_MS = 60_000;

const newId = (prefix: string) => `${prefix}_${randomBytes(9).toString('base64url')}`;

const notOpen = () => new HttpProblem(409, 'questionnaire-not-open', 'The questionnaire is not open');
const alreadySubmitted = () => new HttpProblem(409, 'already-submitted', 'Already submitted');
const invalidAnswers = (errors: { pointer: string; detail: string }[]) =>
  new HttpProblem(422, 'invalid-answers', 'Some answers are not valid', { errors });

function submissionView(s: SubmissionRecord) {
  return { id: s.id, submittedAt: new Date(s.submittedAt).toISOString(), late: s.late, result: s.result };
}

export function mountQuestionnaireRoutes(app: Hono, deps: OperationDeps, services: Services): void {
  const { questionnaires: store, members } = services;
  const find = (id: string): QuestionnaireRecord => store.get(id) ?? (() => { throw problems.notFound('Questionnaire'); })();

  const assertCanAnswer = (q: QuestionnaireRecord, memberId: string, now: number) => {
    if (statusAt(q, now) !== 'open') throw notOpen();
    if (!q.allowRetake && store.hasTakenPart(q.id, memberId)) throw alreadySubmitted();
  };

  mountOperation(app, deps, 'listQuestionnaires', ({ member, query, now }) => {
    const visible = store.list().filter((q) => query.mode === undefined || q.mode === query.mode);
    const page = pageOf(visible, query);
    return { status: 200, body: { ...page, items: page.items.map((q) => summaryView(q, store, member.id, now)) } };
  });

  mountOperation(app, deps, 'getQuestionnaire', ({ member, params, now }) => ({
    status: 200,
    body: questionnaireView(find(params.questionnaireId!), member, members, store, now),
  }));

  mountOperation(app, deps, 'startAttempt', ({ member, params, now }) => {
    const q = find(params.questionnaireId!);
    const open = store.openAttempt(q.id, member.id);
    if (open) return { status: 200, body: attemptView(open, now) };
    assertCanAnswer(q, member.id, now);
    const id = newId('att');
    const deadline = q.timeLimitSeconds ? now + q.timeLimitSeconds * 1000 : null;
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
    if (!mineState(q, store, member.id, now).canSubmit) {
      throw statusAt(q, now) === 'open' ? alreadySubmitted() : notOpen();
    }
    if (attemptId !== null) {
      const attempt = store.attempt(q.id, attemptId);
      if (!attempt || attempt.memberId !== member.id) {
        throw invalidAnswers([{ pointer: '/attemptId', detail: 'is not an attempt of yours' }]);
      }
      // What a late submission is scored on: the last draft stored before the deadline.
      if (attempt.closedAt === null && (attempt.deadline === null || now <= attempt.deadline)) store.snapshotAttempt(attempt.id, answers);
    }
    const draft = { answers, pageIndex, attemptId, updatedAt: now };
    store.saveDraft(q.id, member.id, draft);
    return { status: 200, body: { ...draft, updatedAt: new Date(now).toISOString() } };
  });

  mountOperation(app, deps, 'submitResponse', ({ member, params, body, now }) => {
    const q = find(params.questionnaireId!);
    const request = body as { answers: Answers; attemptId?: string | null };
    assertCanAnswer(q, member.id, now);
    const questions = allQuestions(pagesFor(q, member, members));

    let late = false;
    let answers: Answers;
    const attemptId = request.attemptId ?? null;
    const attempt = attemptId ? store.attempt(q.id, attemptId) : null;
    if (attemptId && (!attempt || attempt.memberId !== member.id || attempt.closedAt !== null)) {
      throw invalidAnswers([{ pointer: '/attemptId', detail: 'is not an open attempt of yours' }]);
    }
    if (q.mode === 'quiz' && q.timeLimitSeconds && !attempt) {
      throw invalidAnswers([{ pointer: '/attemptId', detail: 'start an attempt first (timed quiz)' }]);
    }
    if (attempt?.deadline != null && now > attempt.deadline + LATE_GRACE_MS) {
      late = true;
      answers = visibleAnswers(questions, attempt.snapshot ?? {});
    } else {
      const checked = validateAnswers(questions, request.answers);
      if (q.mode === 'evaluation') {
        const matrix = questions.find((question) => question.type === 'matrix');
        const grid = (checked.answers[matrix?.id ?? ''] ?? {}) as Record<string, string>;
        const gridProblems = matrix ? checkEvaluationGrid((matrix.rows ?? []).map((r) => r.value), grid) : [];
        const pointer = `/answers/${matrix?.id}`;
        checked.errors = checked.errors.filter((e) => e.pointer !== pointer);
        checked.errors.push(...gridProblems.map((detail) => ({ pointer, detail })));
      }
      // When time is up the member's answers are submitted as they stand: unanswered
      // questions score nothing instead of blocking the submission.
      if (attempt?.deadline != null && now >= attempt.deadline) {
        checked.errors = checked.errors.filter((e) => e.detail !== 'required' && e.detail !== 'every row must be answered');
      }
      if (checked.errors.length) throw invalidAnswers(checked.errors);
      answers = checked.answers;
    }

    const result = q.mode === 'quiz' ? scoreQuiz(questions, q.answerKey, answers, q.passMark, q.showAnswers) : null;
    const participationId = newId('sub');
    store.recordParticipation(participationId, q.id, member.id, now);
    if (q.mode === 'evaluation') {
      const matrix = questions.find((question) => question.type === 'matrix');
      store.recordGrades(q.id, member.branchId, (answers[matrix?.id ?? ''] ?? {}) as Record<string, string>);
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
    if (attempt) store.closeAttempt(attempt.id, now, q.anonymous || q.mode === 'evaluation');
    store.deleteDraft(q.id, member.id);
    return { status: 201, body: submissionView({ id: participationId, submittedAt: now, late, result }) };
  });

  mountOperation(app, deps, 'getMyResponses', ({ member, params }) => {
    const q = find(params.questionnaireId!);
    const items = q.anonymous || q.mode === 'evaluation' ? store.myParticipations(q.id, member.id) : store.mySubmissions(q.id, member.id);
    return { status: 200, body: { items: items.map(submissionView) } };
  });
}
