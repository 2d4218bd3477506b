import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { conditionQuestions, evaluateCondition, isAnswered } from '../../../contract/rules/conditions.js';

describe('questionnaire conditions', () => {
  const answers = { migrant: true, work: 'rural', topics: ['history', 'law'], satisfaction: 2, note: '' };

  it('equals and notEquals compare values; on a multiple choice they mean "contains"', () => {
    assert.equal(evaluateCondition({ question: 'migrant', equals: true }, answers), true);
    assert.equal(evaluateCondition({ question: 'migrant', equals: 'true' }, answers), false);
    assert.equal(evaluateCondition({ question: 'work', notEquals: 'rural' }, answers), false);
    assert.equal(evaluateCondition({ question: 'topics', equals: 'law' }, answers), true);
    assert.equal(evaluateCondition({ question: 'topics', notEquals: 'theory' }, answers), true);
    assert.equal(evaluateCondition({ question: 'missing', notEquals: 'x' }, answers), true);
  });

  it('in holds when the answer is one of the values', () => {
    assert.equal(evaluateCondition({ question: 'satisfaction', in: [1, 2] }, answers), true);
    assert.equal(evaluateCondition({ question: 'satisfaction', in: ['2'] }, answers), false);
    assert.equal(evaluateCondition({ question: 'topics', in: ['theory', 'history'] }, answers), true);
    assert.equal(evaluateCondition({ question: 'work', in: [] }, answers), false);
  });

  it('answered: empty text, lists and grids do not count', () => {
    assert.equal(evaluateCondition({ question: 'note', answered: false }, answers), true);
    assert.equal(evaluateCondition({ question: 'work', answered: true }, answers), true);
    assert.equal(isAnswered([]), false);
    assert.equal(isAnswered({}), false);
    assert.equal(isAnswered(false), true);
    assert.equal(isAnswered(0), true);
  });

  it('all and any combine, nested, and empty lists behave as in logic', () => {
    const nested = { all: [{ question: 'migrant', equals: true }, { any: [{ question: 'work', equals: 'enterprise' }, { question: 'satisfaction', in: [1, 2] }] }] };
    assert.equal(evaluateCondition(nested, answers), true);
    assert.equal(evaluateCondition(nested, { ...answers, satisfaction: 5 }), false);
    assert.equal(evaluateCondition({ all: [] }, answers), true);
    assert.equal(evaluateCondition({ any: [] }, answers), false);
    assert.deepEqual(conditionQuestions(nested), ['migrant', 'work', 'satisfaction']);
  });

  it('never runs text from a definition as code', () => {
    const marker = globalThis as { pwned?: boolean };
    const hostile = { question: 'work', equals: "'); globalThis.pwned = true; ('" };
    assert.equal(evaluateCondition(hostile, answers), false);
    assert.equal(evaluateCondition({ question: 'constructor', answered: true }, answers), false);
    // Inherited names are not answers: `answers.constructor` exists on every object.
    assert.equal(evaluateCondition({ question: 'toString', equals: 'x' }, answers), false);
    assert.equal(marker.pwned, undefined);
  });
});
