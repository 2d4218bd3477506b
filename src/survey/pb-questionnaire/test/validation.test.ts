import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { QuestionDef } from '../internal/shapes.js';
import { parseNumber, questionProblem as problemOf, textLength, type QuestionRules } from '../internal/validation.js';
import { gridRules } from '../internal/grids/grid-rules.js';
import { rankingRules } from '../internal/ranking/ranking-rules.js';

/** Grids and ranking are checked by their parts' rules, which come with the questionnaire that has them. */
const rules: QuestionRules = { matrix: gridRules, ranking: rankingRules };
const questionProblem = (question: QuestionDef, value: Parameters<typeof problemOf>[1], required: boolean) => problemOf(question, value, required, rules);

const opts = (...values: string[]) => values.map((value) => ({ value, label: value.toUpperCase() }));
const make = (q: Partial<QuestionDef> & { type: QuestionDef['type'] }) => ({ id: 'q', title: 'Q', description: null, ...q }) as QuestionDef;

describe('per-question validation', () => {
  it('required only when unanswered and required', () => {
    const single = make({ type: 'single', options: opts('a', 'b') });
    assert.deepEqual(questionProblem(single, undefined, true), { code: 'required' });
    assert.equal(questionProblem(single, undefined, false), null);
    assert.equal(questionProblem(single, 'a', true), null);
    assert.deepEqual(questionProblem(single, 'z', false), { code: 'option' });
  });

  it('multiple choice: options only, no repeats, min and max selections', () => {
    const multiple = make({ type: 'multiple', options: opts('a', 'b', 'c'), minSelect: 2, maxSelect: 2 });
    assert.deepEqual(questionProblem(multiple, ['a'], true), { code: 'minSelect', n: 2 });
    assert.deepEqual(questionProblem(multiple, ['a', 'b', 'c'], true), { code: 'maxSelect', n: 2 });
    assert.deepEqual(questionProblem(multiple, ['a', 'a'], true), { code: 'option' });
    assert.equal(questionProblem(multiple, ['a', 'c'], true), null);
    assert.deepEqual(questionProblem(multiple, [], true), { code: 'required' });
  });

  it('text: lengths in characters, and the pattern with its own message', () => {
    const text = make({ type: 'text', minLength: 2, maxLength: 3, pattern: '^[0-9一二三四五六七八九十]+$', patternMessage: '请填写数字' });
    assert.deepEqual(questionProblem(text, '五', false), { code: 'minLength', n: 2 });
    assert.deepEqual(questionProblem(text, '1234', false), { code: 'maxLength', n: 3 });
    assert.deepEqual(questionProblem(text, 'ab', false), { code: 'pattern', message: '请填写数字' });
    assert.equal(questionProblem(text, '十五', false), null);
    assert.equal(textLength('𠮷野家'), 3);
    const broken = make({ type: 'text', pattern: '([' });
    assert.equal(questionProblem(broken, 'anything', false), null);
  });

  it('number: range and step from the minimum', () => {
    const number = make({ type: 'number', min: 0, max: 40, step: 0.5 });
    assert.deepEqual(questionProblem(number, -1, false), { code: 'min', n: 0 });
    assert.deepEqual(questionProblem(number, 41, false), { code: 'max', n: 40 });
    assert.deepEqual(questionProblem(number, 3.25, false), { code: 'step', n: 0.5 });
    assert.equal(questionProblem(number, 3.5, false), null);
    assert.deepEqual(questionProblem(number, Number.NaN, false), { code: 'number' });
  });

  it('numbers typed with Chinese input methods', () => {
    assert.equal(parseNumber('１２．５'), 12.5);
    assert.equal(parseNumber(' 3。5 '), 3.5);
    assert.equal(parseNumber('1.'), 1);
    assert.equal(parseNumber(''), undefined);
    assert.ok(Number.isNaN(parseNumber('1e3')));
    assert.ok(Number.isNaN(parseNumber('十')));
    assert.equal(parseNumber('－2'), -2);
  });

  it('rating: a whole number in 1…scale', () => {
    const rating = make({ type: 'rating', scale: 5 });
    assert.deepEqual(questionProblem(rating, 0, false), { code: 'rating', n: 5 });
    assert.deepEqual(questionProblem(rating, 2.5, false), { code: 'rating', n: 5 });
    assert.equal(questionProblem(rating, 5, true), null);
  });

  it('matrix: known rows and columns, every row when required, column limits', () => {
    const matrix = make({ type: 'matrix', rows: opts('r1', 'r2', 'r3'), columns: opts('excellent', 'qualified'), columnLimits: { excellent: 1 } });
    assert.deepEqual(questionProblem(matrix, { r1: 'excellent' }, true), { code: 'rows' });
    assert.equal(questionProblem(matrix, { r1: 'excellent' }, false), null);
    assert.deepEqual(questionProblem(matrix, { r1: 'excellent', r2: 'excellent', r3: 'qualified' }, true), { code: 'limit', column: 'excellent', n: 1 });
    assert.deepEqual(questionProblem(matrix, { r9: 'qualified' }, false), { code: 'option' });
    assert.equal(questionProblem(matrix, { r1: 'excellent', r2: 'qualified', r3: 'qualified' }, true), null);
  });

  it('ranking: every option exactly once', () => {
    const ranking = make({ type: 'ranking', options: opts('a', 'b', 'c') });
    assert.deepEqual(questionProblem(ranking, ['a', 'b'], false), { code: 'ranking' });
    assert.deepEqual(questionProblem(ranking, ['a', 'b', 'b'], false), { code: 'ranking' });
    assert.equal(questionProblem(ranking, ['c', 'a', 'b'], true), null);
  });

  it('boolean: true or false, and false is an answer', () => {
    const yesNo = make({ type: 'boolean' });
    assert.equal(questionProblem(yesNo, false, true), null);
    assert.deepEqual(questionProblem(yesNo, 'false', true), { code: 'option' });
  });
});
