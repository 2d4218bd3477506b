/**
 * The questionnaire's conditions and visibility, one rule for the widget and the reference
 * server (src/contract/rules/): tables of answers and what they show and require.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateAnswers, type QuestionDef } from '../../../demo/server/rules/answer-validation';
import { answerOf, evaluateCondition, isAnswered } from '../rules/conditions';
import { questionStates } from '../rules/visibility';
import type { Question } from '../types';

const question = (id: string, extra: Partial<Question> = {}) => ({ id, type: 'boolean', title: id, description: null, ...extra }) as Question;

describe('answers are read as the member gave them, never from what every object has', () => {
  const names = ['constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];

  it('a question named like an Object.prototype property is unanswered until answered', () => {
    for (const id of names) {
      assert.equal(answerOf({}, id), undefined, id);
      assert.equal(isAnswered(answerOf({}, id)), false, id);
      assert.equal(evaluateCondition({ question: id, answered: true }, {}), false, id);
      assert.equal(evaluateCondition({ question: id, answered: false }, {}), true, id);
      assert.equal(evaluateCondition({ question: id, answered: true }, { [id]: true }), true, id);
    }
  });

  it('it is required, and hides what depends on it, until answered', () => {
    const questions = [question('constructor', { required: true }), question('toString', { visibleIf: { question: 'constructor', answered: true } })];
    const none = questionStates(questions, {});
    assert.deepEqual([...none.visible], ['constructor']);
    assert.deepEqual([...none.required], ['constructor']);
    assert.deepEqual(Object.keys(none.effective), []);
    const some = questionStates(questions, { constructor: true });
    assert.deepEqual([...some.visible], ['constructor', 'toString']);
  });

  it('the reference server applies the same rule: an unanswered `constructor` is required, not a wrong answer', () => {
    const questions: QuestionDef[] = [
      { id: 'constructor', type: 'single', title: '?', description: null, required: true, options: [{ value: 'yes', label: '是' }] },
      { id: 'toString', type: 'text', title: '?', description: null, required: true, visibleIf: { question: 'valueOf', answered: true } },
    ];
    assert.deepEqual(validateAnswers(questions, {}).errors, [{ pointer: '/answers/constructor', code: 'required', detail: 'required' }]);
    assert.deepEqual(validateAnswers(questions, { constructor: 'yes' }).errors, []);
  });
});
