/**
 * The course-request rules the branch and members meet: which status moves the secretary
 * may make (every pair, allowed or refused), which requests take voices, and which titles
 * count as near duplicates.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  bigrams,
  canMove,
  canReceiveMerge,
  normalizeTitle,
  REQUEST_STATUSES,
  SIMILARITY_THRESHOLD,
  takesVoices,
  titleDice,
  titleSimilarity,
  type RequestStatus,
} from '../rules/course-request-rules';

describe('course request status transitions', () => {
  // from → the statuses it may move to; everything else is refused.
  const ALLOWED: Record<RequestStatus, RequestStatus[]> = {
    received: ['planned', 'available', 'declined', 'merged'],
    planned: ['planned', 'available', 'declined', 'merged'],
    available: [],
    declined: [],
    merged: [],
  };

  for (const from of REQUEST_STATUSES) {
    for (const to of REQUEST_STATUSES) {
      const allowed = ALLOWED[from].includes(to);
      it(`${from} → ${to}: ${allowed ? 'allowed' : 'refused'}`, () => {
        assert.equal(canMove(from, to), allowed);
      });
    }
  }

  it('nothing moves back to received, and the three answers are final', () => {
    assert.ok(REQUEST_STATUSES.every((from) => !canMove(from, 'received')));
    for (const final of ['available', 'declined', 'merged'] as const) assert.ok(REQUEST_STATUSES.every((to) => !canMove(final, to)), final);
  });

  it('voices change only while received or planned; merges go into received, planned or available requests', () => {
    assert.deepEqual(REQUEST_STATUSES.filter(takesVoices), ['received', 'planned']);
    assert.deepEqual(REQUEST_STATUSES.filter(canReceiveMerge), ['received', 'planned', 'available']);
  });
});

describe('near-duplicate titles (character bigrams)', () => {
  it('normalises width, case, spaces and punctuation before comparing', () => {
    assert.equal(normalizeTitle('《党史》 学习，ＡＢＣ!'), '党史学习abc');
    assert.deepEqual([...bigrams('党史学习')], ['党史', '史学', '学习']);
    assert.deepEqual([...bigrams('党')], ['党'], 'a one-character title is its own bigram');
    assert.deepEqual([...bigrams('  ，。 ')], []);
  });

  const cases: [string, string, number][] = [
    ['党史学习', '学习党史', 0.67],
    ['智能手机使用', '智能手机常用功能培训', 0.6],
    ['手机上网党支部', '如何在手机上参加网上党支部活动', 0.67],
    ['电商直播', '农村电商直播入门', 1],
    ['农村电商直播入门', '农村电商直播入门', 1],
    ['党史', '党史专题', 1],
    // One shared bigram is chance, not a duplicate.
    ['党员教育', '党员发展工作', 0],
    ['培训', '智能手机常用功能培训', 1],
    ['法律知识', '法律常识：土地承包与婚姻家庭', 0],
    ['党章学习', '党史学习', 0],
    ['Party history', 'history of the party', 0.91],
    ['', '党史', 0],
  ];
  for (const [a, b, expected] of cases) {
    it(`${a || '(empty)'} ~ ${b}: ${expected}`, () => {
      assert.equal(titleSimilarity(a, b), expected);
      assert.equal(titleSimilarity(b, a), expected, 'symmetric');
    });
  }

  it('offers titles at 0.5 or more; Dice puts the one closer in length first among equals', () => {
    assert.equal(SIMILARITY_THRESHOLD, 0.5);
    assert.ok(titleSimilarity('电商直播', '电商直播培训') === titleSimilarity('电商直播', '农村电商直播入门'));
    assert.ok(titleDice('电商直播', '电商直播培训') > titleDice('电商直播', '农村电商直播入门'));
  });
});
