/**
 * The reference server's rule the quiz timer relies on: when time is up the widget submits
 * the answers as they stand, so a timed attempt submitted at or after its deadline is
 * accepted with unanswered questions (scored zero) instead of refused as incomplete.
 * Before the deadline, required questions are still required.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TestServer } from '../../demo/server/test/support/harness';

const Q = (rest = '') => `/api/v1/questionnaires/q-dangzhang-quiz${rest}`;

describe('timed quiz submitted when time is up', () => {
  let t: TestServer;
  before(() => (t = new TestServer()));
  after(() => t.close());

  it('before the deadline an incomplete quiz is refused; at the deadline it is scored as it stands', async () => {
    const member = t.as(t.memberWhoHasNotAnswered('q-dangzhang-quiz'));
    const attempt = await member.post(Q('/attempts'), {});
    assert.equal(attempt.status, 201);
    const body = { answers: { k1: 'a', k3: true }, attemptId: attempt.body.id };

    const early = await member.post(Q('/responses'), body);
    assert.equal(early.status, 422);
    assert.ok(early.body.errors.some((e: { pointer: string; detail: string }) => e.pointer === '/answers/k2' && e.detail === 'required'));

    t.advance(600_000);
    const atDeadline = await member.post(Q('/responses'), body);
    assert.equal(atDeadline.status, 201);
    assert.equal(atDeadline.body.late, false);
    assert.equal(atDeadline.body.result.score, 20);
    assert.equal(atDeadline.body.result.questions.find((q: { questionId: string }) => q.questionId === 'k2').earned, 0);
  });

  it('answers that are wrong in kind are still refused at the deadline', async () => {
    const member = t.as(t.memberWhoHasNotAnswered('q-dangzhang-quiz'));
    const attempt = await member.post(Q('/attempts'), {});
    t.advance(600_500);
    const refused = await member.post(Q('/responses'), { answers: { k1: 'not-an-option' }, attemptId: attempt.body.id });
    assert.equal(refused.status, 422);
  });
});
