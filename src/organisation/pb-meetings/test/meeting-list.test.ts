/** The member's list without DOM: order, what each meeting offers, refusals in the member's words, typed codes. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { meeting, memberMeetings } from '../../../../fixtures/meetings.js';
import { NetworkError, TimeoutError } from '../../../api/errors.js';
import { arrange, normaliseCode, offers, refusalOf } from '../internal/meeting-list.js';

describe('meeting list', () => {
  it('puts what is coming first, soonest first, then what ended, latest first', () => {
    const { upcoming, past } = arrange(memberMeetings().items);
    assert.deepEqual(upcoming.map((m) => m.id), ['mt-open', 'mt-next', 'mt-pending-leave']);
    assert.deepEqual(past.map((m) => m.id), ['mt-past-group', 'mt-past-lecture', 'mt-past-leave', 'mt-past-missed']);
  });

  it('offers replies until the end, a code while check-in is open, online only where allowed, nothing once checked in or not expected', () => {
    const table: [string, Parameters<typeof meeting>, ReturnType<typeof offers>][] = [
      ['upcoming', [{ id: 'a' }], { reply: true, code: false, online: false }],
      ['open', [{ id: 'a', status: 'open' }], { reply: true, code: true, online: false }],
      ['open, online allowed', [{ id: 'a', status: 'open', onlineAllowed: true }], { reply: true, code: true, online: true }],
      ['checked in', [{ id: 'a', status: 'open' }, { checkIn: { at: '2026-09-15T02:00:00.000Z', method: 'code' } }], { reply: false, code: false, online: false }],
      ['not expected', [{ id: 'a', status: 'open' }, { expected: false }], { reply: false, code: false, online: false }],
      ['ended', [{ id: 'a', status: 'ended' }], { reply: false, code: false, online: false }],
    ];
    for (const [name, args, expected] of table) assert.deepEqual(offers(meeting(...args)), expected, name);
  });

  it('words a refusal by its problem type and field error code', () => {
    const p = (type: string, code?: string, pointer = '/code') => ({ type, fieldErrors: [{ pointer, detail: 'x', code }] });
    assert.equal(refusalOf(p('/problems/invalid-check-in', 'expired')), 'expired');
    assert.equal(refusalOf(p('/problems/invalid-check-in', 'incorrect')), 'incorrect');
    assert.equal(refusalOf(p('/problems/invalid-check-in', 'not-allowed', '/method')), 'not-allowed');
    assert.equal(refusalOf(p('/problems/invalid-check-in', 'limit-exceeded')), 'tooMany');
    assert.equal(refusalOf(p('/problems/invalid-check-in')), 'other');
    assert.equal(refusalOf(p('/problems/meeting-closed')), 'closed');
    assert.equal(refusalOf(p('/problems/already-checked-in')), 'already');
    assert.equal(refusalOf(p('/problems/invalid-meeting', 'required', '/reason')), 'reason');
    assert.equal(refusalOf(new Error('offline')), 'other');
    // No connection (or no answer in time): check-in needs one, and says so.
    assert.equal(refusalOf(new NetworkError('POST /meetings/a/check-in')), 'offline');
    assert.equal(refusalOf(new TimeoutError('POST /meetings/a/check-in', 10_000)), 'offline');
  });

  it('reads six digits from what was typed', () => {
    assert.equal(normaliseCode(' 48 29 13 '), '482913');
    assert.equal(normaliseCode('４８２９１３'), '482913');
    assert.equal(normaliseCode('48291399'), '482913');
  });
});
