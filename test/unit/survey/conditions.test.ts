import { expect } from '@open-wc/testing';
import { conditionQuestions, evaluateCondition, isAnswered } from '../../../src/contract/rules/conditions.js';

describe('questionnaire conditions', () => {
  const answers = { migrant: true, work: 'rural', topics: ['history', 'law'], satisfaction: 2, note: '' };

  it('equals and notEquals compare values; on a multiple choice they mean "contains"', () => {
    expect(evaluateCondition({ question: 'migrant', equals: true }, answers)).to.equal(true);
    expect(evaluateCondition({ question: 'migrant', equals: 'true' }, answers)).to.equal(false);
    expect(evaluateCondition({ question: 'work', notEquals: 'rural' }, answers)).to.equal(false);
    expect(evaluateCondition({ question: 'topics', equals: 'law' }, answers)).to.equal(true);
    expect(evaluateCondition({ question: 'topics', notEquals: 'theory' }, answers)).to.equal(true);
    expect(evaluateCondition({ question: 'missing', notEquals: 'x' }, answers)).to.equal(true);
  });

  it('in holds when the answer is one of the values', () => {
    expect(evaluateCondition({ question: 'satisfaction', in: [1, 2] }, answers)).to.equal(true);
    expect(evaluateCondition({ question: 'satisfaction', in: ['2'] }, answers)).to.equal(false);
    expect(evaluateCondition({ question: 'topics', in: ['theory', 'history'] }, answers)).to.equal(true);
    expect(evaluateCondition({ question: 'work', in: [] }, answers)).to.equal(false);
  });

  it('answered: empty text, lists and grids do not count', () => {
    expect(evaluateCondition({ question: 'note', answered: false }, answers)).to.equal(true);
    expect(evaluateCondition({ question: 'work', answered: true }, answers)).to.equal(true);
    expect(isAnswered([])).to.equal(false);
    expect(isAnswered({})).to.equal(false);
    expect(isAnswered(false)).to.equal(true);
    expect(isAnswered(0)).to.equal(true);
  });

  it('all and any combine, nested, and empty lists behave as in logic', () => {
    const nested = { all: [{ question: 'migrant', equals: true }, { any: [{ question: 'work', equals: 'enterprise' }, { question: 'satisfaction', in: [1, 2] }] }] };
    expect(evaluateCondition(nested, answers)).to.equal(true);
    expect(evaluateCondition(nested, { ...answers, satisfaction: 5 })).to.equal(false);
    expect(evaluateCondition({ all: [] }, answers)).to.equal(true);
    expect(evaluateCondition({ any: [] }, answers)).to.equal(false);
    expect(conditionQuestions(nested)).to.deep.equal(['migrant', 'work', 'satisfaction']);
  });

  it('never runs text from a definition as code', () => {
    const marker = globalThis as { pwned?: boolean };
    const hostile = { question: 'work', equals: "'); globalThis.pwned = true; ('" };
    expect(evaluateCondition(hostile, answers)).to.equal(false);
    expect(evaluateCondition({ question: 'constructor', answered: true }, answers)).to.equal(false);
    // Inherited names are not answers: `answers.constructor` exists on every object.
    expect(evaluateCondition({ question: 'toString', equals: 'x' }, answers)).to.equal(false);
    expect(marker.pwned).to.equal(undefined);
  });
});
