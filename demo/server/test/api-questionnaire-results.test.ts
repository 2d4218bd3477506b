/**
 * A questionnaire's results through the API, against figures worked out by hand: a small
 * named survey answered by four members of branch b01 and one of b02 (counts, shares,
 * averages, the matrix's cross-table, ranking positions, free text searched), the filters,
 * a quiz's bands and misses, the anonymity threshold on an anonymous survey and on 民主评议
 * tallies, and who may see what.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TestServer, T0, type Client } from './support/harness';

const DAY = 24 * 60 * 60 * 1000;
const RESULTS = (id: string, query = '') => `/api/v1/questionnaires/${id}/results${query}`;
const TEXT = (id: string, query: string) => `/api/v1/questionnaires/${id}/results/text?${query}`;
const RESPONSES = (id: string) => `/api/v1/questionnaires/${id}/responses`;

const SURVEY = 'q-test-results';
const ANON = 'q-test-anon';
const EVAL = 'q-test-eval';
const QUIZ = 'q-test-quiz';

const opts = (...values: string[]) => values.map((v) => ({ value: v, label: v.toUpperCase() }));
const question = (id: string, type: string, extra: Record<string, unknown> = {}) => ({ id, type, title: `Q ${id}`, description: null, ...extra });

const SURVEY_PAGES = [
  {
    id: 'p1',
    title: null,
    questions: [
      question('color', 'single', { required: true, options: opts('red', 'blue', 'green') }),
      question('langs', 'multiple', { options: opts('a', 'b', 'c') }),
      question('ok', 'boolean', { labelTrue: 'Yes', labelFalse: 'No' }),
      question('stars', 'rating', { scale: 5 }),
      question('hours', 'number', { min: 0, max: 40 }),
      question('grid', 'matrix', { rows: opts('r1', 'r2'), columns: opts('x', 'y') }),
      question('order', 'ranking', { options: opts('p', 'q', 'r') }),
      question('note', 'text', { maxLength: 100 }),
    ],
  },
];

/** Four b01 answers; the hand-computed figures below are theirs. */
const B01_ANSWERS = [
  { color: 'red', langs: ['a', 'b'], ok: true, stars: 5, hours: 2, grid: { r1: 'x', r2: 'y' }, order: ['p', 'q', 'r'], note: 'More video lessons' },
  { color: 'red', langs: ['a'], ok: false, stars: 4, hours: 4, grid: { r1: 'x', r2: 'x' }, order: ['q', 'p', 'r'], note: 'Video at night, please' },
  { color: 'blue', langs: ['c'], ok: true, stars: 3, hours: 6, grid: { r1: 'y', r2: 'y' }, order: ['p', 'r', 'q'] },
  { color: 'green', langs: ['a', 'c'], ok: true, stars: 5, hours: 1, grid: { r1: 'x', r2: 'y' }, order: ['r', 'q', 'p'], note: 'a study group' },
];
const B02_ANSWER = { color: 'blue', langs: ['b'], ok: false, stars: 1, hours: 10, grid: { r1: 'y', r2: 'y' }, order: ['r', 'p', 'q'], note: 'nothing' };

type Agg = { questionId: string; kind: string; answered: number; options?: { value: string; count: number; share: number }[]; average?: number | null; min?: number | null; max?: number | null; rows?: { value: string; counts: number[]; answered: number }[]; ranking?: { value: string; averagePosition: number | null; firstCount: number }[] };
const byId = (questions: Agg[], id: string) => questions.find((q) => q.questionId === id)!;
const counts = (a: Agg) => Object.fromEntries(a.options!.map((o) => [o.value, o.count]));

describe('questionnaire results', () => {
  let t: TestServer;
  let secretary: Client;
  let admin: Client;
  let b01Size: number;
  const addQuestionnaire = (id: string, mode: string, anonymous: boolean, pages: unknown, answerKey: unknown = {}, passMark: number | null = null) =>
    t.db
      .prepare(
        `INSERT INTO questionnaires (id, sort, title, description, mode, opens_at, closes_at, allow_retake, anonymous, show_answers,
           time_limit_seconds, pass_mark, pages, answer_key) VALUES (?, ?, ?, NULL, ?, ?, ?, 0, ?, 0, NULL, ?, ?, ?)`,
      )
      .run(id, 90 + id.length, `Test ${id}`, mode, T0 - DAY, T0 + 30 * DAY, anonymous ? 1 : 0, passMark, JSON.stringify(pages), JSON.stringify(answerKey));
  const answer = async (questionnaireId: string, member: string, answers: unknown) => {
    const res = await t.as(member).post(RESPONSES(questionnaireId), { answers });
    assert.equal(res.status, 201, JSON.stringify(res.body));
  };

  before(async () => {
    t = new TestServer();
    // Before the first request: the store reads the definitions once.
    addQuestionnaire(SURVEY, 'survey', false, SURVEY_PAGES);
    addQuestionnaire(ANON, 'survey', true, [{ id: 'p1', title: null, questions: [question('mood', 'rating', { scale: 3 }), question('why', 'longtext', { maxLength: 200 })] }]);
    addQuestionnaire(EVAL, 'evaluation', true, [{ id: 'p1', title: null, questions: [question('grades', 'matrix', { rows: [], columns: [] })] }]);
    addQuestionnaire(
      QUIZ,
      'quiz',
      false,
      [{ id: 'p1', title: null, questions: [question('k1', 'single', { points: 50, options: opts('a', 'b') }), question('k2', 'boolean', { points: 50 })] }],
      { k1: { correct: 'a' }, k2: { correct: true } },
      60,
    );
    t.db.prepare("INSERT INTO members (id, username, password_hash, name, branch_id, roles, category, migrant, base_fen, dues_from) SELECT 'm-admin', NULL, password_hash, '管理员', 'b03', 'member,admin', category, 0, base_fen, dues_from FROM members WHERE id = 'm0002'").run();
    secretary = t.as('secretary');
    admin = t.as('m-admin');
    b01Size = t.db.prepare("SELECT COUNT(*) FROM members WHERE branch_id = 'b01'").pluck().get() as number;

    for (const [i, answers] of B01_ANSWERS.entries()) {
      if (i === 3) t.advance(2 * DAY); // the last one is given two days later (2026-09-17)
      await answer(SURVEY, t.memberWhoHasNotAnswered(SURVEY, 'b01'), answers);
    }
    await answer(SURVEY, t.memberWhoHasNotAnswered(SURVEY, 'b02'), B02_ANSWER);
  });
  after(() => t.close());

  it("gives a secretary their branch's figures per question, as counted by hand", async () => {
    const res = await secretary.get(RESULTS(SURVEY));
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const r = res.body;
    assert.deepEqual([r.branchId, r.responses, r.responded, r.expected, r.filterable, r.withheld], ['b01', 4, 4, b01Size, true, false]);
    assert.equal(r.rate, 4 / b01Size);
    const q = r.questions as Agg[];
    assert.deepEqual(counts(byId(q, 'color')), { red: 2, blue: 1, green: 1 });
    assert.deepEqual(byId(q, 'color').options!.map((o) => o.share), [0.5, 0.25, 0.25]);
    assert.deepEqual(counts(byId(q, 'langs')), { a: 3, b: 1, c: 2 });
    assert.deepEqual(counts(byId(q, 'ok')), { true: 3, false: 1 });
    assert.deepEqual(counts(byId(q, 'stars')), { 1: 0, 2: 0, 3: 1, 4: 1, 5: 2 });
    assert.equal(byId(q, 'stars').average, 4.25);
    assert.deepEqual([byId(q, 'hours').average, byId(q, 'hours').min, byId(q, 'hours').max], [3.25, 1, 6]);
    assert.deepEqual(byId(q, 'grid').rows!.map((row) => [row.value, row.counts, row.answered]), [['r1', [3, 1], 4], ['r2', [1, 3], 4]]);
    assert.deepEqual(byId(q, 'order').ranking!.map((x) => [x.value, x.averagePosition, x.firstCount]), [['p', 1.75, 2], ['q', 2, 1], ['r', 2.25, 1]]);
    assert.deepEqual([byId(q, 'note').kind, byId(q, 'note').answered], ['text', 3]);
    assert.equal(JSON.stringify(r).includes('m0'), false, 'no member id anywhere in the results');
  });

  it('lists the free-text answers searchable and paged, without their authors', async () => {
    const all = await secretary.get(TEXT(SURVEY, 'questionId=note'));
    assert.equal(all.status, 200);
    assert.deepEqual([all.body.total, all.body.items.length, Object.keys(all.body.items[0])], [3, 3, ['text']]);
    const video = await secretary.get(TEXT(SURVEY, 'questionId=note&q=VIDEO'));
    assert.deepEqual(video.body.items.map((i: { text: string }) => i.text).sort(), ['More video lessons', 'Video at night, please']);
    const first = await secretary.get(TEXT(SURVEY, 'questionId=note&limit=2'));
    assert.equal(first.body.items.length, 2);
    const second = await secretary.get(TEXT(SURVEY, `questionId=note&limit=2&cursor=${first.body.nextCursor}`));
    assert.deepEqual([second.body.items.length, second.body.nextCursor], [1, null]);
    assert.equal((await secretary.get(TEXT(SURVEY, 'questionId=color'))).status, 400, 'only a free-text question');
  });

  it('filters by member category and by the day answered', async () => {
    const retired = await secretary.get(RESULTS(SURVEY, '?category=retired'));
    assert.deepEqual([retired.body.responses, retired.body.expected], [0, 0]);
    const later = await secretary.get(RESULTS(SURVEY, '?from=2026-09-16'));
    assert.deepEqual([later.body.responses, later.body.responded], [1, 1]);
    assert.deepEqual(counts(byId(later.body.questions, 'color')), { red: 0, blue: 0, green: 1 });
    const earlier = await secretary.get(RESULTS(SURVEY, '?to=2026-09-15'));
    assert.equal(earlier.body.responses, 3);
    assert.equal((await secretary.get(RESULTS(SURVEY, '?from=2026-09-20&to=2026-09-16'))).status, 400);
  });

  it('a member may not see results; a secretary only their own branch; an admin any branch or all', async () => {
    assert.equal((await t.as('member').get(RESULTS(SURVEY))).status, 403);
    assert.equal((await t.as('member').get(TEXT(SURVEY, 'questionId=note'))).status, 403);
    assert.equal((await secretary.get(RESULTS(SURVEY, '?branchId=b02'))).status, 403);
    assert.equal((await secretary.get(RESULTS('q-nope'))).status, 404);
    const everyone = await admin.get(RESULTS(SURVEY));
    assert.deepEqual([everyone.body.branchId, everyone.body.responses], [null, 5]);
    const b02 = await admin.get(RESULTS(SURVEY, '?branchId=b02'));
    assert.deepEqual([b02.body.branchId, b02.body.responses, counts(byId(b02.body.questions, 'color'))], ['b02', 1, { red: 0, blue: 1, green: 0 }]);
    assert.equal((await admin.get(RESULTS(SURVEY, '?branchId=b99'))).status, 404);
  });

  it('a quiz: score bands, pass rate, average and the questions most often missed', async () => {
    const members = [0, 1, 2].map(() => t.memberWhoHasNotAnswered(QUIZ, 'b01'));
    await answer(QUIZ, members[0]!, { k1: 'a', k2: true }); // 100
    await answer(QUIZ, members[1]!, { k1: 'a', k2: false }); // 50
    await answer(QUIZ, members[2]!, { k1: 'b', k2: false }); // 0
    const quiz = (await secretary.get(RESULTS(QUIZ))).body.quiz;
    assert.deepEqual([quiz.totalPoints, quiz.passMark, quiz.scored, quiz.passed, quiz.average], [100, 60, 3, 1, 50]);
    assert.equal(quiz.passRate, 1 / 3);
    assert.deepEqual(quiz.bands.map((b: { count: number }) => b.count), [1, 0, 0, 0, 0, 1, 0, 0, 0, 1]);
    assert.deepEqual([quiz.bands[9].from, quiz.bands[9].to], [90, 100]);
    assert.deepEqual(quiz.mostWrong.map((m: { questionId: string; wrong: number; answered: number }) => [m.questionId, m.wrong, m.answered]), [['k2', 2, 3], ['k1', 1, 3]]);
  });

  it('an anonymous survey shows nothing while fewer than five have answered, then every branch together; no category or dates', async () => {
    const voters = ['b01', 'b01', 'b02', 'b04', 'b05'].map((b) => t.memberWhoHasNotAnswered(ANON, b));
    for (const [i, member] of voters.slice(0, 4).entries()) await answer(ANON, member, { mood: (i % 3) + 1, why: `reason ${i}` });
    const four = (await secretary.get(RESULTS(ANON))).body;
    assert.deepEqual([four.anonymous, four.branchId, four.filterable, four.responses, four.withheld, four.questions, four.minBallots], [true, null, false, 4, true, [], 5]);
    const text = (await secretary.get(TEXT(ANON, 'questionId=why'))).body;
    assert.deepEqual([text.withheld, text.items, text.total], [true, [], 0]);
    await answer(ANON, voters[4]!, { mood: 3 });
    const five = (await secretary.get(RESULTS(ANON))).body;
    assert.equal(five.withheld, false);
    assert.deepEqual(counts(byId(five.questions, 'mood')), { 1: 2, 2: 1, 3: 2 });
    assert.equal(byId(five.questions, 'mood').average, 2);
    assert.equal((await secretary.get(TEXT(ANON, 'questionId=why'))).body.total, 4);
    for (const q of ['?category=retired', '?from=2026-09-01', '?to=2026-09-30']) assert.equal((await secretary.get(RESULTS(ANON, q))).status, 400, q);
  });

  it("民主评议: a tally per person evaluated in the branch, withheld (not zeros) below the threshold, which is a setting", async () => {
    const [x, y] = t.db.prepare("SELECT id FROM members WHERE branch_id = 'b01' ORDER BY id LIMIT 2 OFFSET 3").pluck().all() as string[];
    const grade = t.db.prepare('INSERT INTO evaluation_grades (questionnaire_id, branch_id, ratee_id, grade) VALUES (?, ?, ?, ?)');
    for (const g of ['excellent', 'excellent', 'excellent', 'qualified', 'qualified']) grade.run(EVAL, 'b01', x, g);
    for (const g of ['qualified', 'qualified', 'basic', 'unqualified']) grade.run(EVAL, 'b01', y, g);
    grade.run(EVAL, 'b02', x, 'unqualified'); // another branch's ballot (cannot happen in the API) stays out of b01's tally
    const tallies = (await secretary.get(RESULTS(EVAL))).body.evaluation as { memberId: string; ballots: number; withheld: boolean; counts: unknown }[];
    assert.equal(tallies.length, b01Size);
    const of = (id: string) => tallies.find((row) => row.memberId === id)!;
    assert.deepEqual(of(x), { ...of(x), ballots: 5, withheld: false, counts: { excellent: 3, qualified: 2, basic: 0, unqualified: 0 } });
    assert.deepEqual([of(y!).ballots, of(y!).withheld, of(y!).counts], [4, true, null]);
    assert.equal((await secretary.get(RESULTS(EVAL, '?category=retired'))).status, 400);
    t.db.prepare("INSERT INTO settings (key, value) VALUES ('results_min_ballots', '3')").run();
    const lower = (await secretary.get(RESULTS(EVAL))).body;
    assert.equal(lower.minBallots, 3);
    assert.deepEqual(lower.evaluation.find((row: { memberId: string }) => row.memberId === y).counts, { excellent: 0, qualified: 2, basic: 1, unqualified: 1 });
    t.db.prepare("DELETE FROM settings WHERE key = 'results_min_ballots'").run();
  });
});
