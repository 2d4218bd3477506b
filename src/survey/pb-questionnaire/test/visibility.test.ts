import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pruneAnswers, questionStates } from '../../../contract/rules/visibility.js';
import type { QuestionDef } from '../internal/shapes.js';

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
    assert.deepEqual([...states.visible], ['a', 'b', 'c', 'd', 'e']);
    assert.deepEqual([...states.required], ['a', 'b', 'e']);
  });

  it('a hidden question hides its dependants too, and its answer does not count', () => {
    const states = questionStates(questions, { a: 'no', b: 'yes', c: 'yes' });
    assert.deepEqual([...states.visible], ['a', 'd', 'e']);
    assert.deepEqual(states.effective, { a: 'no' });
    // e would be required by c's answer, but c is hidden.
    assert.deepEqual([...states.required], ['a', 'd']);
  });

  it('prunes hidden, empty and unknown answers before submitting', () => {
    const pruned = pruneAnswers(questions, { a: 'no', b: 'yes', c: 'yes', d: '', e: 'no', gone: 'x' });
    assert.deepEqual(pruned, { a: 'no', e: 'no' });
  });

  it('200 questions, 20 of them conditional on the answer before', () => {
    const many = Array.from({ length: 200 }, (_, i) => q(`q${i}`, i % 10 === 9 ? { visibleIf: { question: `q${i - 1}`, equals: 'yes' } } : {}));
    const answers = Object.fromEntries(many.map((x, i) => [x.id, i % 2 ? 'yes' : 'no']));
    const states = questionStates(many, answers);
    // Every conditional question follows an even-numbered one answered "no".
    assert.equal(states.visible.size, 180);
    assert.equal(questionStates(many, { ...answers, q8: 'yes' }).visible.has('q9'), true);
  });
});
