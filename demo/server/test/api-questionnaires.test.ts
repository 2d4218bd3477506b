import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TestServer } from './support/harness';

const Q = (id: string, rest = '') => `/api/v1/questionnaires/${id}${rest}`;
const QUIZ_RIGHT = { k1: 'a', k2: 'one', k3: true, k4: ['warning', 'serious-warning', 'probation', 'expel'], k5: 6, k6: 'a', k7: '5', k8: false, k9: 'b', k10: ['assembly', 'committee', 'group'] };
const SURVEY_OK = { work: 'government', migrant: false, device: 'phone', topics: ['history'], hours: 3.5, satisfaction: 4 };

describe('questionnaires', () => {
  let t: TestServer;
  before(() => {
    t = new TestServer();
  });
  after(() => t.close());

  it('lists the five questionnaires with status and the member’s own state; filters by mode', async () => {
    const res = await t.as('member').get('/api/v1/questionnaires');
    assert.deepEqual(res.body.items.map((q: { id: string }) => q.id), ['q-learning-needs', 'q-dangzhang-quiz', 'q-evaluation-2026', 'q-satisfaction', 'q-study-topics']);
    assert.ok(res.body.items.every((q: { status: string; mine: { canSubmit: boolean } }) => q.status === 'open' && q.mine.canSubmit));
    const quizzes = await t.as('member').get('/api/v1/questionnaires?mode=quiz');
    assert.deepEqual(quizzes.body.items.map((q: { id: string }) => q.id), ['q-dangzhang-quiz']);
    assert.equal((await t.as('member').get('/api/v1/questionnaires?mode=exam')).status, 400);
    assert.equal((await t.as('member').get(Q('q-none'))).status, 404);
  });

  it('never sends correct answers or explanations before submission', async () => {
    const res = await t.as('member').get(Q('q-dangzhang-quiz'));
    assert.equal(res.body.totalPoints, 100);
    assert.equal(res.body.passMark, 60);
    assert.equal(res.body.timeLimitSeconds, 600);
    const text = JSON.stringify(res.body);
    for (const leak of ['correct', 'explanation', 'accepted', 'answerKey', '党的全国代表大会每五年']) assert.ok(!text.includes(leak), leak);
  });

  it('evaluation rows are the voter’s branch minus the voter, with the 优秀 quota', async () => {
    const res = await t.as('member').get(Q('q-evaluation-2026'));
    const grid = res.body.pages[0].questions[0];
    assert.equal(grid.type, 'matrix');
    assert.equal(grid.rows.length, 19);
    assert.ok(!grid.rows.some((r: { value: string }) => r.value === 'm0001'));
    assert.deepEqual(grid.columns.map((c: { label: string }) => c.label), ['优秀', '合格', '基本合格', '不合格']);
    assert.deepEqual(grid.columnLimits, { excellent: 6 });
    assert.equal(res.body.anonymous, true);
  });

  it('drafts: none is 200 with null (a normal state, not a 404 the browser logs), saved and read back, only the member’s own', async () => {
    const member = t.as(t.memberWhoHasNotAnswered('q-learning-needs'));
    const none = await member.get(Q('q-learning-needs', '/draft'));
    assert.equal(none.status, 200);
    assert.equal(none.body, null);
    assert.equal((await member.get(Q('q-none', '/draft'))).status, 404, 'no such questionnaire is still 404');
    const saved = await member.put(Q('q-learning-needs', '/draft'), { answers: { work: 'rural' }, pageIndex: 1 });
    assert.equal(saved.status, 200);
    assert.deepEqual(saved.body.answers, { work: 'rural' });
    const read = await member.get(Q('q-learning-needs', '/draft'));
    assert.deepEqual(read.body, saved.body);
    assert.equal((await t.as(t.memberWhoHasNotAnswered('q-learning-needs')).get(Q('q-learning-needs', '/draft'))).body, null, 'another member’s draft');
    const badAttempt = await member.put(Q('q-learning-needs', '/draft'), { answers: {}, pageIndex: 0, attemptId: 'att_nope' });
    assert.equal(badAttempt.status, 422);
    const badShape = await member.put(Q('q-learning-needs', '/draft'), { answers: { work: { deep: { nested: 1 } } }, pageIndex: -1 });
    assert.equal(badShape.status, 400);
    const pointers = badShape.body.errors.map((e: { pointer: string }) => e.pointer);
    assert.ok(pointers.includes('/pageIndex') && pointers.some((p: string) => p.startsWith('/answers/work')), JSON.stringify(pointers));
  });

  it('survey: rule violations → 422 with one pointer per answer; conditional questions; exactly once', async () => {
    const member = t.as(t.memberWhoHasNotAnswered('q-learning-needs'));
    const bad = await member.post(Q('q-learning-needs', '/responses'), { answers: { work: 'astronaut', migrant: true, topics: ['history', 'law', 'digital', 'theory'], hours: 41, satisfaction: 2 } });
    assert.equal(bad.status, 422);
    assert.equal(bad.body.type, '/problems/invalid-answers');
    assert.deepEqual(
      bad.body.errors.map((e: { pointer: string }) => e.pointer).sort(),
      ['/answers/device', '/answers/hours', '/answers/migrantDifficulty', '/answers/reason', '/answers/topics', '/answers/work'],
    );
    await member.put(Q('q-learning-needs', '/draft'), { answers: SURVEY_OK, pageIndex: 1 });
    const ok = await member.post(Q('q-learning-needs', '/responses'), { answers: { ...SURVEY_OK, migrantDifficulty: 'time' } });
    assert.equal(ok.status, 201);
    assert.equal(ok.body.result, null);
    assert.equal(ok.body.late, false);
    const stored = t.db.prepare('SELECT answers FROM submissions WHERE id = ?').pluck().get(ok.body.id) as string;
    assert.equal(JSON.parse(stored).migrantDifficulty, undefined, 'the hidden question’s answer was dropped');
    assert.equal((await member.get(Q('q-learning-needs', '/draft'))).body, null, 'draft deleted on submit');
    const again = await member.post(Q('q-learning-needs', '/responses'), { answers: SURVEY_OK });
    assert.equal(again.status, 409);
    assert.equal(again.body.type, '/problems/already-submitted');
    const mine = await member.get(Q('q-learning-needs', '/responses/mine'));
    assert.deepEqual(mine.body.items.map((s: { id: string }) => s.id), [ok.body.id]);
    const q = await member.get(Q('q-learning-needs'));
    assert.deepEqual(q.body.mine, { submitted: true, canSubmit: false, attempt: null });
    assert.equal((await member.put(Q('q-learning-needs', '/draft'), { answers: {}, pageIndex: 0 })).status, 409);
  });

  it('quiz: a timed attempt is required, started by the server, resumed unchanged, and scored on the server', async () => {
    const member = t.as(t.memberWhoHasNotAnswered('q-dangzhang-quiz'));
    const noAttempt = await member.post(Q('q-dangzhang-quiz', '/responses'), { answers: QUIZ_RIGHT });
    assert.equal(noAttempt.status, 422);
    assert.equal(noAttempt.body.errors[0].pointer, '/attemptId');
    const started = await member.post(Q('q-dangzhang-quiz', '/attempts'), {});
    assert.equal(started.status, 201);
    assert.equal(Date.parse(started.body.deadline) - Date.parse(started.body.startedAt), 600_000);
    t.advance(30_000);
    const resumed = await member.post(Q('q-dangzhang-quiz', '/attempts'), {});
    assert.equal(resumed.status, 200);
    assert.deepEqual({ ...resumed.body, serverTime: undefined }, { ...started.body, serverTime: undefined });
    // startedAt before the server's time: the client knows it resumed an attempt.
    assert.equal(started.body.serverTime, started.body.startedAt);
    assert.equal(Date.parse(resumed.body.serverTime) - Date.parse(started.body.startedAt), 30_000);
    assert.equal((await member.post(Q('q-dangzhang-quiz', '/attempts'), { extra: 1 })).status, 400);
    const answers = { ...QUIZ_RIGHT, k2: 'two', k4: ['warning'] };
    const submitted = await member.post(Q('q-dangzhang-quiz', '/responses'), { answers, attemptId: started.body.id });
    assert.equal(submitted.status, 201);
    const result = submitted.body.result;
    assert.equal(result.score, 80);
    assert.equal(result.totalPoints, 100);
    assert.equal(result.passed, true);
    const k2 = result.questions.find((q: { questionId: string }) => q.questionId === 'k2');
    assert.deepEqual([k2.correct, k2.correctAnswer], [false, 'one']);
    assert.match(k2.explanation, /一年/);
    // Retakes are allowed for this quiz: the closed attempt cannot be reused, a new one can.
    assert.equal((await member.post(Q('q-dangzhang-quiz', '/responses'), { answers, attemptId: started.body.id })).status, 422);
    const retake = await member.post(Q('q-dangzhang-quiz', '/attempts'), {});
    assert.equal(retake.status, 201);
    assert.notEqual(retake.body.id, started.body.id);
    assert.equal((await t.as(t.memberWhoHasNotAnswered('q-dangzhang-quiz')).post(Q('q-dangzhang-quiz', '/responses'), { answers, attemptId: retake.body.id })).status, 422, 'not their attempt');
  });

  it('quiz: reading it tells the member of their running attempt (started on any device), its deadline and the server’s time', async () => {
    const memberId = t.memberWhoHasNotAnswered('q-dangzhang-quiz', 'b02');
    const phone = t.as(memberId);
    const desk = t.as(memberId);
    const before = await desk.get(Q('q-dangzhang-quiz'));
    assert.equal(before.body.mine.attempt, null, 'not started: no attempt');
    const started = (await phone.post(Q('q-dangzhang-quiz', '/attempts'), {})).body;
    t.advance(86_000);
    const read = await desk.get(Q('q-dangzhang-quiz'));
    assert.deepEqual(read.body.mine.attempt, { id: started.id, startedAt: started.startedAt, deadline: started.deadline, serverTime: new Date(Date.parse(started.startedAt) + 86_000).toISOString() });
    const listed = (await desk.get('/api/v1/questionnaires?mode=quiz')).body.items[0];
    assert.equal(listed.mine.attempt.id, started.id, 'the list says so too');
    assert.equal((await t.as(t.memberWhoHasNotAnswered('q-dangzhang-quiz', 'b02')).get(Q('q-dangzhang-quiz'))).body.mine.attempt, null, 'only the member’s own');
    // Nothing is submitted at the deadline: the attempt stays open, past its deadline, until submitted.
    t.advance(600_000);
    const expired = (await desk.get(Q('q-dangzhang-quiz'))).body.mine;
    assert.equal(expired.attempt.id, started.id);
    assert.equal(expired.submitted, false);
    assert.ok(Date.parse(expired.attempt.serverTime) > Date.parse(expired.attempt.deadline));
    const submitted = await desk.post(Q('q-dangzhang-quiz', '/responses'), { answers: {}, attemptId: started.id });
    assert.equal(submitted.status, 201);
    assert.deepEqual((await phone.get(Q('q-dangzhang-quiz'))).body.mine, { submitted: true, canSubmit: true, attempt: null });
  });

  it('quiz: an answer arriving after deadline + 60 s is scored on the last draft saved before the deadline', async () => {
    const member = t.as(t.memberWhoHasNotAnswered('q-dangzhang-quiz'));
    const attempt = (await member.post(Q('q-dangzhang-quiz', '/attempts'), {})).body;
    t.advance(100_000);
    await member.put(Q('q-dangzhang-quiz', '/draft'), { answers: { k1: 'a', k2: 'one', k3: true }, pageIndex: 0, attemptId: attempt.id });
    t.advance(600_000); // past the deadline
    await member.put(Q('q-dangzhang-quiz', '/draft'), { answers: QUIZ_RIGHT, pageIndex: 0, attemptId: attempt.id });
    const late = await member.post(Q('q-dangzhang-quiz', '/responses'), { answers: QUIZ_RIGHT, attemptId: attempt.id });
    assert.equal(late.status, 201);
    assert.equal(late.body.late, true);
    assert.equal(late.body.result.score, 30);
    assert.equal(late.body.result.passed, false);
    // Within the grace period the submitted answers count.
    const second = (await member.post(Q('q-dangzhang-quiz', '/attempts'), {})).body;
    t.advance(600_000 + 30_000);
    const inGrace = await member.post(Q('q-dangzhang-quiz', '/responses'), { answers: QUIZ_RIGHT, attemptId: second.id });
    assert.equal(inGrace.body.late, false);
    assert.equal(inGrace.body.result.score, 100);
    const mine = await member.get(Q('q-dangzhang-quiz', '/responses/mine'));
    assert.deepEqual(mine.body.items.map((s: { id: string }) => s.id), [inGrace.body.id, late.body.id]);
  });

  it('evaluation: at most a third 优秀; stored without the voter; only "has voted" is recorded', async () => {
    const voter = t.as(t.memberWhoHasNotAnswered('q-evaluation-2026'));
    const rows = (await voter.get(Q('q-evaluation-2026'))).body.pages[0].questions[0].rows.map((r: { value: string }) => r.value) as string[];
    const grid = (excellent: number) => Object.fromEntries(rows.map((id, i) => [id, i < excellent ? 'excellent' : 'qualified']));
    const tooMany = await voter.post(Q('q-evaluation-2026', '/responses'), { answers: { grades: grid(7) } });
    assert.equal(tooMany.status, 422);
    assert.equal(tooMany.body.errors[0].pointer, '/answers/grades');
    const missing = await voter.post(Q('q-evaluation-2026', '/responses'), { answers: { grades: { [rows[0]!]: 'qualified' } } });
    assert.equal(missing.status, 422);
    const stranger = await voter.post(Q('q-evaluation-2026', '/responses'), { answers: { grades: { ...grid(1), m0100: 'qualified' } } });
    assert.equal(stranger.status, 422);
    const before = { grades: t.count('evaluation_grades'), submissions: t.count('submissions') };
    const ok = await voter.post(Q('q-evaluation-2026', '/responses'), { answers: { grades: grid(6), comment: '支部班子团结' } });
    assert.equal(ok.status, 201);
    assert.equal(t.count('evaluation_grades') - before.grades, 19);
    assert.equal(t.count('submissions'), before.submissions, 'no answer row tied to anyone');
    const columns = t.db.prepare("SELECT name FROM pragma_table_info('evaluation_grades')").pluck().all();
    assert.deepEqual(columns, ['id', 'questionnaire_id', 'branch_id', 'ratee_id', 'grade'], 'a random id, and nothing of the voter');
    const mine = await voter.get(Q('q-evaluation-2026', '/responses/mine'));
    assert.deepEqual(mine.body.items.map((s: { id: string; result: null }) => [s.id, s.result]), [[ok.body.id, null]]);
    assert.equal((await voter.post(Q('q-evaluation-2026', '/responses'), { answers: { grades: grid(0) } })).status, 409);
  });

  it('anonymous survey: the answers carry neither the member nor any time', async () => {
    const ok = await t.as(t.memberWhoHasNotAnswered('q-satisfaction')).post(Q('q-satisfaction', '/responses'), { answers: { overall: 5, best: 'care', improve: '希望多组织现场教学' } });
    assert.equal(ok.status, 201);
    const row = t.db.prepare("SELECT member_id, submitted_at, submitted_on FROM submissions WHERE answers LIKE '%现场教学%'").get() as Record<string, unknown>;
    // Not even the day: when only one member answered on a day, the day would name them.
    assert.deepEqual(row, { member_id: null, submitted_at: null, submitted_on: null });
    assert.equal(t.db.prepare('SELECT COUNT(*) FROM submissions WHERE id = ?').pluck().get(ok.body.id), 0, 'the id returned is not the answer row');
  });

  it('closed questionnaires refuse attempts, drafts and answers (409)', async () => {
    const member = t.as(t.memberWhoHasNotAnswered('q-satisfaction'));
    t.advance(100 * 24 * 60 * 60 * 1000);
    const q = await member.get(Q('q-satisfaction'));
    assert.equal(q.body.status, 'closed');
    assert.equal(q.body.mine.canSubmit, false);
    const res = await member.post(Q('q-satisfaction', '/responses'), { answers: { overall: 5, best: 'care' } });
    assert.equal(res.status, 409);
    assert.equal(res.body.type, '/problems/questionnaire-not-open');
    assert.equal((await member.post(Q('q-satisfaction', '/attempts'), {})).status, 409);
    assert.equal((await member.put(Q('q-satisfaction', '/draft'), { answers: {}, pageIndex: 0 })).status, 409);
  });
});

describe('a question named like a property every object has (constructor, toString…)', () => {
  let t: TestServer;
  before(() => {
    t = new TestServer();
    const question = (id: string, type: string, extra: object = {}) => ({ id, type, title: id, description: null, ...extra });
    const pages = [
      {
        id: 'p1',
        title: null,
        questions: [
          question('constructor', 'single', { required: true, options: [{ value: 'yes', label: '是' }, { value: 'no', label: '否' }] }),
          question('hasOwnProperty', 'boolean'),
          // Shown only once `hasOwnProperty` is answered: an answer every object seems to have must not show it.
          question('toString', 'text', { required: true, visibleIf: { question: 'hasOwnProperty', answered: true } }),
        ],
      },
    ];
    t.db
      .prepare(
        `INSERT INTO questionnaires (id, sort, title, mode, allow_retake, anonymous, show_answers, pages, answer_key) VALUES ('q-prototype', 99, '原型', 'survey', 1, 0, 0, ?, '{}')`,
      )
      .run(JSON.stringify(pages));
  });
  after(() => t.close());

  it('is unanswered until the member answers it, as in the widget: the same rule on both sides', async () => {
    const member = t.as('member');
    const empty = await member.post(Q('q-prototype', '/responses'), { answers: {} });
    assert.equal(empty.status, 422);
    assert.deepEqual(
      empty.body.errors.map((e: { pointer: string; code: string }) => [e.pointer, e.code]),
      [['/answers/constructor', 'required']],
    );
    const answered = await member.post(Q('q-prototype', '/responses'), { answers: { constructor: 'yes', hasOwnProperty: true, toString: '有' } });
    assert.equal(answered.status, 201, JSON.stringify(answered.body));
  });
});
