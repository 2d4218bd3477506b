/**
 * What a submission records (rules/questionnaire-submission.ts), decided on error codes:
 * when a timed attempt's time is up, unanswered questions no longer block it, and nothing
 * else is let through, whatever a definition's own messages say.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { QuestionDef } from '../rules/answer-validation';
import { checkSubmission, LATE_GRACE_MS } from '../rules/questionnaire-submission';
import type { AttemptRecord, QuestionnaireRecord } from '../rules/questionnaire-status';

const T0 = Date.parse('2026-09-15T02:00:00.000Z');
const questions: QuestionDef[] = [
  { id: 'q1', type: 'single', title: '党的根本宗旨', description: null, required: true, options: [{ value: 'a', label: '全心全意为人民服务' }, { value: 'b', label: '其他' }] },
  // A definition's own message may be any text, the word "required" included.
  { id: 'code', type: 'text', title: '党员编号', description: null, pattern: '^\\d{6}$', patternMessage: 'required' },
  { id: 'grid', type: 'matrix', title: '学习情况', description: null, required: true, rows: [{ value: 'r1', label: '党章' }, { value: 'r2', label: '党史' }], columns: [{ value: 'done', label: '已学' }] },
];
const quiz: QuestionnaireRecord = {
  id: 'qz',
  title: '党章知识测验',
  description: null,
  mode: 'quiz',
  opensAt: null,
  closesAt: null,
  allowRetake: false,
  anonymous: false,
  showAnswers: false,
  timeLimitSeconds: 600,
  passMark: null,
  pages: [{ id: 'p1', title: null, questions }],
  answerKey: {},
};
const attempt: AttemptRecord = { id: 'att_1', memberId: 'm0001', startedAt: T0, deadline: T0 + 600_000, snapshot: null, closedAt: null };

describe('a submission when time is up', () => {
  it('before the deadline, an unanswered question and a half-answered grid block it, with their codes', () => {
    const out = checkSubmission(quiz, questions, { answers: { grid: { r1: 'done' } }, attemptId: attempt.id }, attempt, 'm0001', T0 + 60_000);
    assert.deepEqual(out.errors?.map((e) => [e.pointer, e.code]), [
      ['/answers/q1', 'required'],
      ['/answers/grid', 'incomplete'],
    ]);
  });

  it('at the deadline, unanswered questions score nothing instead of blocking the submission', () => {
    const out = checkSubmission(quiz, questions, { answers: { grid: { r1: 'done' } }, attemptId: attempt.id }, attempt, 'm0001', attempt.deadline!);
    assert.deepEqual(out, { errors: null, late: false, answers: { grid: { r1: 'done' } } });
  });

  it('at the deadline, a wrong answer still blocks it, even when its message reads "required"', () => {
    const out = checkSubmission(quiz, questions, { answers: { q1: 'a', code: '12ab', grid: { r1: 'done', r2: 'done' } }, attemptId: attempt.id }, attempt, 'm0001', attempt.deadline! + 1000);
    assert.deepEqual(out.errors, [{ pointer: '/answers/code', code: 'wrong-format', detail: 'required' }]);
  });

  it('past the grace period, the last draft saved in time is what counts (late)', () => {
    const saved = { ...attempt, snapshot: { q1: 'a' } };
    const out = checkSubmission(quiz, questions, { answers: { q1: 'b' }, attemptId: attempt.id }, saved, 'm0001', attempt.deadline! + LATE_GRACE_MS + 1);
    assert.deepEqual(out, { errors: null, late: true, answers: { q1: 'a' } });
  });

  it('a timed quiz needs an attempt of the member’s own', () => {
    assert.deepEqual(checkSubmission(quiz, questions, { answers: {} }, null, 'm0001', T0).errors?.map((e) => e.code), ['required']);
    assert.deepEqual(checkSubmission(quiz, questions, { answers: {}, attemptId: attempt.id }, attempt, 'm0002', T0).errors?.map((e) => e.code), ['not-found']);
  });
});
