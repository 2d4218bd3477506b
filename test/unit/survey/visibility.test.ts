import { expect } from '@open-wc/testing';
import { pruneAnswers, questionStates } from '../../../src/contract/rules/visibility.js';
import type { QuestionDef } from '../../../src/survey/pb-questionnaire/shapes.js';

const q = (id: string, extra: Partial<QuestionDef> = {}) =>
  ({ id, type: 'single', title: id, description: null, options: [{ value: 'yes', label: '是' }, { value: 'no', label: '否' }], ...extra }) as QuestionDef;

describe('visibility and requiredness', () => {
  const questions = [
    q('a', { required: true }),
    q('b', { visibleIf: { question: 'a', equals: 'yes' }, required: true }),
    q('c', { visibleIf: { question: 'b', equals: 'yes' } }),
    q('d', { requiredIf: { question: 'a', equals: 'no' } }),
    q('e', { requiredIf: { question: 'c', answered: true }, required: false }),
  ];

  it('shows a question when its condition holds on the answers before it', () => {
    const states = questionStates(questions, { a: 'yes', b: 'yes', c: 'no' });
    expect([...states.visible]).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
    expect([...states.required]).to.deep.equal(['a', 'b', 'e']);
  });

  it('a hidden question hides its dependants too, and its answer does not count', () => {
    const states = questionStates(questions, { a: 'no', b: 'yes', c: 'yes' });
    expect([...states.visible]).to.deep.equal(['a', 'd', 'e']);
    expect(states.effective).to.deep.equal({ a: 'no' });
    // e would be required by c's answer, but c is hidden.
    expect([...states.required]).to.deep.equal(['a', 'd']);
  });

  it('prunes hidden, empty and unknown answers before submitting', () => {
    const pruned = pruneAnswers(questions, { a: 'no', b: 'yes', c: 'yes', d: '', e: 'no', gone: 'x' });
    expect(pruned).to.deep.equal({ a: 'no', e: 'no' });
  });

  it('200 questions, 20 of them conditional on the answer before', () => {
    const many = Array.from({ length: 200 }, (_, i) => q(`q${i}`, i % 10 === 9 ? { visibleIf: { question: `q${i - 1}`, equals: 'yes' } } : {}));
    const answers = Object.fromEntries(many.map((x, i) => [x.id, i % 2 ? 'yes' : 'no']));
    const states = questionStates(many, answers);
    // Every conditional question follows an even-numbered one answered "no".
    expect(states.visible.size).to.equal(180);
    expect(questionStates(many, { ...answers, q8: 'yes' }).visible.has('q9')).to.equal(true);
  });
});
