import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateAnswers, type QuestionDef } from '../rules/answer-validation';
import { evaluateCondition } from '../shared-contract';
import { checkEvaluationGrid, excellentLimit } from '../rules/evaluation-rules';
import { scoreQuiz } from '../rules/quiz-scoring';
import { competitionRank } from '../rules/ranking';

describe('competition ranking', () => {
  it('ties share a rank and the next rank skips (1, 2, 2, 4)', () => {
    const ranked = competitionRank([
      { id: 'a', name: '甲', value: 90 },
      { id: 'b', name: '乙', value: 80 },
      { id: 'c', name: '丙', value: 80 },
      { id: 'd', name: '丁', value: 70 },
    ]);
    assert.deepEqual(ranked.map((r) => r.rank), [1, 2, 2, 4]);
  });

  it('three-way ties at the top and at the bottom', () => {
    const ranked = competitionRank(['a', 'b', 'c', 'd', 'e', 'f'].map((id, i) => ({ id, name: id, value: [5, 5, 5, 3, 1, 1][i]! })));
    assert.deepEqual(ranked.map((r) => r.rank), [1, 1, 1, 4, 5, 5]);
  });

  it('floating-point noise does not split a tie', () => {
    const ranked = competitionRank([
      { id: 'a', name: 'a', value: 0.1 + 0.2 },
      { id: 'b', name: 'b', value: 0.3 },
    ]);
    assert.deepEqual(ranked.map((r) => r.rank), [1, 1]);
  });

  it('orders ties by name so pages are stable; empty lists rank nothing', () => {
    const ranked = competitionRank([
      { id: 'x', name: '王伟', value: 1 },
      { id: 'y', name: '李明', value: 1 },
    ]);
    assert.deepEqual(ranked.map((r) => r.item.id), ['y', 'x']);
    assert.deepEqual(competitionRank([]), []);
  });
});

describe('democratic evaluation', () => {
  it('at most a third rated 优秀', () => {
    assert.deepEqual([0, 2, 3, 8, 9, 19].map(excellentLimit), [0, 0, 1, 2, 3, 6]);
  });

  const ratees = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6'];
  it('accepts a full grid within the quota', () => {
    assert.deepEqual(checkEvaluationGrid(ratees, { m1: 'excellent', m2: 'excellent', m3: 'qualified', m4: 'basic', m5: 'qualified', m6: 'unqualified' }), []);
  });
  it('rejects more than ⌊n/3⌋ excellent, missing rows, strangers and unknown grades', () => {
    const tooMany = checkEvaluationGrid(ratees, { m1: 'excellent', m2: 'excellent', m3: 'excellent', m4: 'basic', m5: 'qualified', m6: 'qualified' });
    assert.equal(tooMany.length, 1);
    assert.equal(tooMany[0]!.code, 'limit-exceeded');
    assert.match(tooMany[0]!.detail, /at most 2/);
    assert.deepEqual(checkEvaluationGrid(ratees, { m1: 'qualified' }).map((p) => p.code), ['ungraded']);
    assert.deepEqual(checkEvaluationGrid(['m1'], { m1: 'qualified', m9: 'qualified' }).map((p) => p.code), ['not-an-option']);
    assert.deepEqual(checkEvaluationGrid(['m1'], { m1: 'great' }).map((p) => p.code), ['not-an-option']);
  });
});

const questions: QuestionDef[] = [
  { id: 'migrant', type: 'boolean', title: '流动党员？', description: null, required: true },
  { id: 'difficulty', type: 'single', title: '困难', description: null, required: true, visibleIf: { question: 'migrant', equals: true }, options: [{ value: 'time', label: '时间' }, { value: 'distance', label: '距离' }] },
  { id: 'topics', type: 'multiple', title: '内容', description: null, required: true, maxSelect: 2, options: ['a', 'b', 'c'].map((v) => ({ value: v, label: v })) },
  { id: 'score', type: 'rating', title: '满意度', description: null, scale: 5 },
  { id: 'reason', type: 'text', title: '原因', description: null, requiredIf: { question: 'score', in: [1, 2] }, maxLength: 10, pattern: '^[^0-9]*$', patternMessage: '不要填数字' },
  { id: 'hours', type: 'number', title: '小时', description: null, min: 0, max: 40, step: 0.5 },
  { id: 'order', type: 'ranking', title: '排序', description: null, options: ['x', 'y'].map((v) => ({ value: v, label: v })) },
];

describe('answer validation and conditions', () => {
  it('conditions: equals, notEquals, in, answered, all, any; "contains" for lists', () => {
    const answers = { a: 'x', b: ['p', 'q'], c: 3 };
    assert.equal(evaluateCondition({ question: 'a', equals: 'x' }, answers), true);
    assert.equal(evaluateCondition({ question: 'b', equals: 'q' }, answers), true);
    assert.equal(evaluateCondition({ question: 'a', notEquals: 'x' }, answers), false);
    assert.equal(evaluateCondition({ question: 'c', in: [1, 3] }, answers), true);
    assert.equal(evaluateCondition({ question: 'z', answered: false }, answers), true);
    assert.equal(evaluateCondition({ all: [{ question: 'a', equals: 'x' }, { question: 'c', equals: 4 }] }, answers), false);
    assert.equal(evaluateCondition({ any: [{ question: 'a', equals: 'y' }, { question: 'c', equals: 3 }] }, answers), true);
  });

  it('accepts valid answers and drops answers to hidden questions', () => {
    const out = validateAnswers(questions, { migrant: false, difficulty: 'time', topics: ['a'], hours: 2.5, order: ['y', 'x'] });
    assert.deepEqual(out.errors, []);
    assert.equal('difficulty' in out.answers, false);
  });

  it('reports each broken answer with a JSON pointer', () => {
    const out = validateAnswers(questions, { migrant: true, topics: ['a', 'b', 'c'], score: 1, hours: 2.25, order: ['x'], extra: 'x' });
    const byPointer = Object.fromEntries(out.errors.map((e) => [e.pointer, e.detail]));
    assert.equal(byPointer['/answers/difficulty'], 'required');
    assert.match(byPointer['/answers/topics']!, /at most 2/);
    assert.equal(byPointer['/answers/reason'], 'required');
    assert.match(byPointer['/answers/hours']!, /multiple of 0.5/);
    assert.match(byPointer['/answers/order']!, /every option/);
    assert.equal(byPointer['/answers/extra'], 'no such question');
    // What code branches on: a stable code per kind of problem, whatever the words say.
    assert.deepEqual(Object.fromEntries(out.errors.map((e) => [e.pointer, e.code])), {
      '/answers/extra': 'not-allowed',
      '/answers/difficulty': 'required',
      '/answers/topics': 'too-many',
      '/answers/reason': 'required',
      '/answers/hours': 'off-step',
      '/answers/order': 'not-a-ranking',
    });
  });

  it('checks lengths, patterns, ranges and option values', () => {
    const out = validateAnswers(questions, { migrant: 'yes' as never, topics: ['zzz'], score: 6, reason: '12345678901', hours: 41 });
    const pointers = out.errors.map((e) => e.pointer).sort();
    assert.deepEqual(pointers, ['/answers/hours', '/answers/migrant', '/answers/reason', '/answers/score', '/answers/topics']);
    assert.equal(validateAnswers(questions, { migrant: false, topics: ['a'], score: 1, reason: '有数字1' }).errors[0]?.detail, '不要填数字');
  });
});

describe('quiz scoring', () => {
  const quiz: QuestionDef[] = [
    { id: 'q1', type: 'single', title: '1', description: null, points: 10, options: [{ value: 'a', label: 'a' }, { value: 'b', label: 'b' }] },
    { id: 'q2', type: 'multiple', title: '2', description: null, points: 20, options: ['a', 'b', 'c'].map((v) => ({ value: v, label: v })) },
    { id: 'q3', type: 'text', title: '3', description: null, points: 10 },
    { id: 'q4', type: 'number', title: '4', description: null, points: 10 },
    { id: 'note', type: 'longtext', title: 'note', description: null },
  ];
  const key = {
    q1: { correct: 'a', explanation: 'A' },
    q2: { correct: ['a', 'c'] },
    q3: { correct: '5', accepted: ['五'] },
    q4: { correct: 6 },
  };

  it('all-or-nothing per question, multiple as a set, text trimmed and with accepted spellings', () => {
    const result = scoreQuiz(quiz, key, { q1: 'a', q2: ['c', 'a'], q3: ' 五 ', q4: 5 }, 30, true);
    assert.equal(result.score, 40);
    assert.equal(result.totalPoints, 50);
    assert.equal(result.passed, true);
    assert.deepEqual(result.questions.map((q) => q.correct), [true, true, true, false]);
    assert.equal(result.questions[0]!.explanation, 'A');
    assert.equal(scoreQuiz(quiz, key, { q2: ['a'] }, 30, true).questions[1]!.earned, 0);
  });

  it('correct answers appear only when the quiz shows them', () => {
    const hidden = scoreQuiz(quiz, key, { q1: 'b' }, 30, false);
    assert.equal(hidden.passed, false);
    for (const q of hidden.questions) {
      assert.equal('correctAnswer' in q, false);
      assert.equal('explanation' in q, false);
    }
  });
});
