/**
 * <pb-course-requests>' list and status rules as data, without a browser: what each status
 * shows and allows, and how this page's writes lie over the server's list until the server
 * says the same (voices at once, requests asked offline first, answers in place).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CourseRequest } from '../../../api/types.js';
import { askedRequest, noOverlays, showRequests, unseen, withVoice, type Overlays } from '../internal/request-list.js';
import { answersFor, mergeTargets } from '../internal/branch/answer-rules.js';
import { canVoice, chinaDay, statusLine } from '../internal/request-status.js';

const request = (id: string, extra: Partial<CourseRequest> = {}): CourseRequest => ({
  id,
  branchId: 'b01',
  title: `需求 ${id}`,
  details: '',
  category: '实用技能',
  topic: '实用技能',
  anonymous: false,
  requester: { id: 'm0005', name: '王芳' },
  status: 'received',
  revision: 0,
  createdOn: '2026-09-02',
  statusChangedAt: null,
  plannedOn: null,
  course: null,
  declineReason: null,
  mergedInto: null,
  voices: 3,
  demand: { voices: 3, answers: 4, total: 7 },
  mine: { asked: false, voiced: false, unread: false },
  ...extra,
});
const all = { status: '' as const, mine: false };
const overlays = (extra: Partial<Overlays>): Overlays => ({ ...noOverlays, ...extra });

describe('what a status allows', () => {
  it('voices change only while received or planned', () => {
    assert.deepEqual(
      (['received', 'planned', 'available', 'declined', 'merged'] as const).map((s) => canVoice(s)),
      [true, true, false, false, false],
    );
  });

  it('the secretary answers open requests in every way (planned again: another day) and final ones in none', () => {
    assert.deepEqual(answersFor('received'), ['planned', 'available', 'declined', 'merged']);
    assert.deepEqual(answersFor('planned'), ['planned', 'available', 'declined', 'merged']);
    for (const status of ['available', 'declined', 'merged'] as const) assert.deepEqual(answersFor(status), []);
  });

  it('a duplicate merges into another open or available request, never itself or a closed one', () => {
    const list = [request('a'), request('b', { status: 'planned' }), request('c', { status: 'available' }), request('d', { status: 'declined' }), request('e', { status: 'merged' })];
    assert.deepEqual(mergeTargets(list[0]!, list).map((r) => r.id), ['b', 'c']);
  });

  it('each status line carries what that status fills in', () => {
    assert.deepEqual(statusLine(request('a')), { status: 'received', day: '2026-09-02' });
    assert.deepEqual(statusLine(request('a', { status: 'planned', plannedOn: '2026-10-20' })), { status: 'planned', day: '2026-10-20' });
    assert.deepEqual(statusLine(request('a', { status: 'available', course: { id: 'c-falv', title: '法律常识' } })), { status: 'available', course: { id: 'c-falv', title: '法律常识' } });
    assert.deepEqual(statusLine(request('a', { status: 'declined', declineReason: '经费不足' })), { status: 'declined', reason: '经费不足' });
    assert.deepEqual(statusLine(request('a', { status: 'merged', mergedInto: { id: 'b', title: '手机培训' } })), { status: 'merged', into: { id: 'b', title: '手机培训' } });
  });

  it('the day in China turns at 16:00 UTC', () => {
    assert.equal(chinaDay(Date.parse('2026-09-30T15:59:59Z')), '2026-09-30');
    assert.equal(chinaDay(Date.parse('2026-09-30T16:00:00Z')), '2026-10-01');
  });
});

describe('the list with this page’s writes laid over it', () => {
  it('a voice waiting in the outbox shows pressed at once, the counts one higher; withdrawn, one lower', () => {
    const [shown] = showRequests([request('a')], overlays({ voices: new Map([['a', true]]) }), all);
    assert.equal(shown!.mine.voiced, true);
    assert.equal(shown!.voices, 4);
    assert.deepEqual(shown!.demand, { voices: 4, answers: 4, total: 8 });
    assert.equal(shown!.pending, true);
    const withdrawn = withVoice(request('a', { mine: { asked: true, voiced: true, unread: false } }), false);
    assert.equal(withdrawn.voices, 2);
    assert.equal(withdrawn.demand.total, 6);
  });

  it('a voice already as asked moves no count (the server keeps one voice per member)', () => {
    const shown = withVoice(request('a', { mine: { asked: false, voiced: true, unread: false } }), true);
    assert.equal(shown.voices, 3);
    assert.equal(shown.pending, true);
  });

  it('a request asked offline comes first, as the member’s own, waiting; not under a filter that would not show it', () => {
    const asking = [{ key: 'k1', draft: { title: '农村电商', category: '实用技能', anonymous: true }, day: '2026-09-15' }];
    const shown = showRequests([request('a')], overlays({ asking }), all);
    assert.deepEqual(shown.map((r) => r.id), ['pending:k1', 'a']);
    assert.deepEqual(shown[0]!.mine, { asked: true, voiced: true, unread: false });
    assert.equal(shown[0]!.requester, null);
    assert.equal(shown[0]!.pending, true);
    assert.deepEqual(showRequests([request('a')], overlays({ asking }), { status: 'planned', mine: false }).map((r) => r.id), ['a']);
    assert.deepEqual(showRequests([], overlays({ asking }), { status: '', mine: true }).map((r) => r.id), ['pending:k1']);
  });

  it('a request confirmed since the list loaded shows first once, and not again when the list has it', () => {
    const created = [request('new', { mine: { asked: true, voiced: true, unread: false } })];
    assert.deepEqual(showRequests([request('a')], overlays({ created }), all).map((r) => r.id), ['new', 'a']);
    assert.deepEqual(showRequests([request('a'), request('new')], overlays({ created }), all).map((r) => r.id), ['a', 'new']);
  });

  it('the server’s answer replaces its row in place; a row a change takes out of the filter stays until the next load', () => {
    const answered = new Map([['b', request('b', { status: 'planned', plannedOn: '2026-10-01', mine: { asked: false, voiced: false, unread: false } })]]);
    const shown = showRequests([request('a'), request('b', { mine: { asked: false, voiced: true, unread: false } }), request('c')], overlays({ answered }), { status: '', mine: true });
    assert.deepEqual(shown.map((r) => [r.id, r.status]), [['a', 'received'], ['b', 'planned'], ['c', 'received']]);
  });

  it('an answer of the secretary waiting in the outbox marks its row as waiting', () => {
    const shown = showRequests([request('a'), request('b')], overlays({ answering: new Set(['b']) }), all);
    assert.deepEqual(shown.map((r) => Boolean(r.pending)), [false, true]);
  });

  it('the changes to mark seen: unread ones not yet marked at the revision shown', () => {
    const list = [request('a', { mine: { asked: true, voiced: true, unread: true }, revision: 2 }), request('b'), request('c', { mine: { asked: false, voiced: true, unread: true }, revision: 1 })];
    assert.deepEqual(unseen(list, new Set()), [{ id: 'a', revision: 2 }, { id: 'c', revision: 1 }]);
    assert.deepEqual(unseen(list, new Set(['a@2'])), [{ id: 'c', revision: 1 }]);
    // A newer change after the mark is unread again.
    assert.deepEqual(unseen([{ ...list[0]!, revision: 3 }], new Set(['a@2'])), [{ id: 'a', revision: 3 }]);
  });

  it('a request asked offline looks as the server will show it: received, one voice, its category as topic', () => {
    const asked = askedRequest('k', { title: '法律常识', details: '土地承包', category: '法治教育', anonymous: false }, '2026-09-15');
    assert.equal(asked.status, 'received');
    assert.equal(asked.topic, '法治教育');
    assert.equal(asked.createdOn, '2026-09-15');
    assert.deepEqual(asked.demand, { voices: 1, answers: 0, total: 1 });
  });
});
