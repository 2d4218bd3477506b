import { expect } from '@open-wc/testing';
import type { QuestionDef } from '../../../src/survey/pb-questionnaire/shapes.js';
import { parseNumber, questionProblem, textLength } from '../../../src/survey/pb-questionnaire/validation.js';

const opts = (...values: string[]) => values.map((value) => ({ value, label: value.toUpperCase() }));
const make = (q: Partial<QuestionDef> & { type: QuestionDef['type'] }) => ({ id: 'q', title: 'Q', description: null, ...q }) as QuestionDef;

describe('per-question validation', () => {
  it('required only when unanswered and required', () => {
    const single = make({ type: 'single', options: opts('a', 'b') });
    expect(questionProblem(single, undefined, true)).to.deep.equal({ code: 'required' });
    expect(questionProblem(single, undefined, false)).to.equal(null);
    expect(questionProblem(single, 'a', true)).to.equal(null);
    expect(questionProblem(single, 'z', false)).to.deep.equal({ code: 'option' });
  });

  it('multiple choice: options only, no repeats, min and max selections', () => {
    const multiple = make({ type: 'multiple', options: opts('a', 'b', 'c'), minSelect: 2, maxSelect: 2 });
    expect(questionProblem(multiple, ['a'], true)).to.deep.equal({ code: 'minSelect', n: 2 });
    expect(questionProblem(multiple, ['a', 'b', 'c'], true)).to.deep.equal({ code: 'maxSelect', n: 2 });
    expect(questionProblem(multiple, ['a', 'a'], true)).to.deep.equal({ code: 'option' });
    expect(questionProblem(multiple, ['a', 'c'], true)).to.equal(null);
    expect(questionProblem(multiple, [], true)).to.deep.equal({ code: 'required' });
  });

  it('text: lengths in characters, and the pattern with its own message', () => {
    const text = make({ type: 'text', minLength: 2, maxLength: 3, pattern: '^[0-9一二三四五六七八九十]+$', patternMessage: '请填写数字' });
    expect(questionProblem(text, '五', false)).to.deep.equal({ code: 'minLength', n: 2 });
    expect(questionProblem(text, '1234', false)).to.deep.equal({ code: 'maxLength', n: 3 });
    expect(questionProblem(text, 'ab', false)).to.deep.equal({ code: 'pattern', message: '请填写数字' });
    expect(questionProblem(text, '十五', false)).to.equal(null);
    expect(textLength('𠮷野家')).to.equal(3);
    const broken = make({ type: 'text', pattern: '([' });
    expect(questionProblem(broken, 'anything', false)).to.equal(null);
  });

  it('number: range and step from the minimum', () => {
    const number = make({ type: 'number', min: 0, max: 40, step: 0.5 });
    expect(questionProblem(number, -1, false)).to.deep.equal({ code: 'min', n: 0 });
    expect(questionProblem(number, 41, false)).to.deep.equal({ code: 'max', n: 40 });
    expect(questionProblem(number, 3.25, false)).to.deep.equal({ code: 'step', n: 0.5 });
    expect(questionProblem(number, 3.5, false)).to.equal(null);
    expect(questionProblem(number, Number.NaN, false)).to.deep.equal({ code: 'number' });
  });

  it('numbers typed with Chinese input methods', () => {
    expect(parseNumber('１２．５')).to.equal(12.5);
    expect(parseNumber(' 3。5 ')).to.equal(3.5);
    expect(parseNumber('1.')).to.equal(1);
    expect(parseNumber('')).to.equal(undefined);
    expect(parseNumber('1e3')).to.be.NaN;
    expect(parseNumber('十')).to.be.NaN;
    expect(parseNumber('－2')).to.equal(-2);
  });

  it('rating: a whole number in 1…scale', () => {
    const rating = make({ type: 'rating', scale: 5 });
    expect(questionProblem(rating, 0, false)).to.deep.equal({ code: 'rating', n: 5 });
    expect(questionProblem(rating, 2.5, false)).to.deep.equal({ code: 'rating', n: 5 });
    expect(questionProblem(rating, 5, true)).to.equal(null);
  });

  it('matrix: known rows and columns, every row when required, column limits', () => {
    const matrix = make({ type: 'matrix', rows: opts('r1', 'r2', 'r3'), columns: opts('excellent', 'qualified'), columnLimits: { excellent: 1 } });
    expect(questionProblem(matrix, { r1: 'excellent' }, true)).to.deep.equal({ code: 'rows' });
    expect(questionProblem(matrix, { r1: 'excellent' }, false)).to.equal(null);
    expect(questionProblem(matrix, { r1: 'excellent', r2: 'excellent', r3: 'qualified' }, true)).to.deep.equal({ code: 'limit', column: 'excellent', n: 1 });
    expect(questionProblem(matrix, { r9: 'qualified' }, false)).to.deep.equal({ code: 'option' });
    expect(questionProblem(matrix, { r1: 'excellent', r2: 'qualified', r3: 'qualified' }, true)).to.equal(null);
  });

  it('ranking: every option exactly once', () => {
    const ranking = make({ type: 'ranking', options: opts('a', 'b', 'c') });
    expect(questionProblem(ranking, ['a', 'b'], false)).to.deep.equal({ code: 'ranking' });
    expect(questionProblem(ranking, ['a', 'b', 'b'], false)).to.deep.equal({ code: 'ranking' });
    expect(questionProblem(ranking, ['c', 'a', 'b'], true)).to.equal(null);
  });

  it('boolean: true or false, and false is an answer', () => {
    const yesNo = make({ type: 'boolean' });
    expect(questionProblem(yesNo, false, true)).to.equal(null);
    expect(questionProblem(yesNo, 'false', true)).to.deep.equal({ code: 'option' });
  });
});
