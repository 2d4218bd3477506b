/**
 * The two forms of <pb-course-requests> as data, without a browser: a member's request
 * (the contract's limits said per field before anything is sent) and a secretary's answer
 * (the one field each answer needs, and what the server receives).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { askProblems, emptyDraft, similarTitle, toCreate } from '../internal/ask/ask-rules.js';
import { answerProblems, draftFor, toChange } from '../internal/branch/answer-rules.js';

const categories = ['实用技能', '法治教育'];

describe('asking for a course', () => {
  it('names each field that is wrong, in the order of the form', () => {
    assert.deepEqual(askProblems(emptyDraft, categories), [
      { field: 'title', rule: 'short' },
      { field: 'category', rule: 'missing' },
    ]);
    assert.deepEqual(askProblems({ ...emptyDraft, title: '法'.repeat(61), details: '长'.repeat(501), category: '实用技能' }, categories), [
      { field: 'title', rule: 'long', length: 61 },
      { field: 'details', rule: 'long', length: 501 },
    ]);
  });

  it('needs two characters besides spaces, counts an emoji or a rare character as one, and takes 60', () => {
    assert.deepEqual(askProblems({ ...emptyDraft, title: ' 法 ', category: '实用技能' }, categories), [{ field: 'title', rule: 'short' }]);
    assert.deepEqual(askProblems({ ...emptyDraft, title: '法 律', category: '实用技能' }, categories), []);
    assert.deepEqual(askProblems({ ...emptyDraft, title: '𠀀'.repeat(60), category: '实用技能' }, categories), []);
  });

  it('takes only a category of the catalog (any, while the catalog’s list is not known)', () => {
    assert.deepEqual(askProblems({ ...emptyDraft, title: '电商直播', category: '烹饪' }, categories), [{ field: 'category', rule: 'missing' }]);
    assert.deepEqual(askProblems({ ...emptyDraft, title: '电商直播', category: '烹饪' }, []), []);
  });

  it('sends the request trimmed, without empty details', () => {
    assert.deepEqual(toCreate({ title: ' 电商直播 ', details: '  ', category: '实用技能', anonymous: true }), { title: '电商直播', category: '实用技能', anonymous: true });
    assert.deepEqual(toCreate({ title: '电商直播', details: ' 卖茶叶 ', category: '实用技能', anonymous: false }), { title: '电商直播', details: '卖茶叶', category: '实用技能', anonymous: false });
  });

  it('asks for near duplicates only of a title of 2 to 60 characters', () => {
    assert.equal(similarTitle('手'), undefined);
    assert.equal(similarTitle(' 手机 '), '手机');
    assert.equal(similarTitle('手'.repeat(61)), undefined);
  });
});

describe('the secretary’s answer', () => {
  const today = '2026-09-15';

  it('a plan needs a day, today or later', () => {
    assert.deepEqual(answerProblems(draftFor('planned', 't'), today), [{ field: 'plannedOn', rule: 'missing' }]);
    assert.deepEqual(answerProblems(draftFor('planned', 't', '2026-09-14'), today), [{ field: 'plannedOn', rule: 'past' }]);
    assert.deepEqual(answerProblems(draftFor('planned', 't', '2026-09-15'), today), []);
  });

  it('a link needs a course, a refusal a reason of 2 to 200 characters, a merge its target', () => {
    assert.deepEqual(answerProblems(draftFor('available', 't'), today), [{ field: 'courseId', rule: 'missing' }]);
    assert.deepEqual(answerProblems({ ...draftFor('declined', 't'), reason: ' 否 ' }, today), [{ field: 'reason', rule: 'short' }]);
    assert.deepEqual(answerProblems({ ...draftFor('declined', 't'), reason: '理'.repeat(201) }, today), [{ field: 'reason', rule: 'long' }]);
    assert.deepEqual(answerProblems(draftFor('merged', 't'), today), [{ field: 'mergedInto', rule: 'missing' }]);
    assert.deepEqual(answerProblems({ ...draftFor('merged', 't'), mergedInto: 'cr_2' }, today), []);
  });

  it('sends the status, its one field, and the topic only when the secretary changed it', () => {
    assert.deepEqual(toChange(draftFor('planned', '实用技能', '2026-10-20'), '实用技能'), { status: 'planned', plannedOn: '2026-10-20' });
    assert.deepEqual(toChange({ ...draftFor('available', ' 手机应用 '), courseId: 'c-nongye' }, '实用技能'), { status: 'available', courseId: 'c-nongye', topic: '手机应用' });
    assert.deepEqual(toChange({ ...draftFor('declined', ''), reason: ' 经费不足 ' }, '实用技能'), { status: 'declined', reason: '经费不足' });
    assert.deepEqual(toChange({ ...draftFor('merged', '实用技能'), mergedInto: 'cr_2' }, '实用技能'), { status: 'merged', mergedInto: 'cr_2' });
  });
});
