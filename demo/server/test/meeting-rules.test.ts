/** The meeting rules as tables: the window, the rotating code, outcomes, 参会率 and the cadence. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attendanceStatus, cadence, countAttendance, DEFAULT_CADENCE, meetingStatus, parseCadence } from '../rules/meeting-rules';
import { checkCode, codeFor, currentCode } from '../store/check-in-code';

const MIN = 60_000;
const START = Date.parse('2026-09-15T02:00:00.000Z');
const meeting = { id: 'mt-1', startsAt: START, endsAt: START + 90 * MIN };
const SECRET = 'a-secret-of-the-meeting';

describe('meeting rules', () => {
  it('opens check-in 30 minutes before the start and closes it at the end', () => {
    assert.equal(meetingStatus(meeting, START - 31 * MIN), 'upcoming');
    assert.equal(meetingStatus(meeting, START - 30 * MIN), 'open');
    assert.equal(meetingStatus(meeting, START + 89 * MIN), 'open');
    assert.equal(meetingStatus(meeting, START + 90 * MIN), 'ended');
  });

  it('rotates a six-digit code every 30 seconds; the one before is taken, older ones are expired', () => {
    const at = START + 5 * MIN;
    const { code, rotatesAt } = currentCode(SECRET, meeting.id, at);
    assert.match(code, /^\d{6}$/);
    assert.equal(rotatesAt, START + 5 * MIN + 30_000);
    assert.equal(checkCode(SECRET, meeting, code, at), 'ok');
    assert.equal(checkCode(SECRET, meeting, code, rotatesAt), 'ok', 'one period of grace');
    assert.equal(checkCode(SECRET, meeting, code, rotatesAt + 30_000), 'expired');
    assert.equal(checkCode(SECRET, meeting, code, rotatesAt + 60 * MIN), 'expired');
    assert.notEqual(codeFor(SECRET, 'mt-2', Math.floor(at / 30_000)), code, 'another meeting has another code');
    const wrong = code === '000000' ? '000001' : '000000';
    assert.equal(checkCode(SECRET, meeting, wrong, at), 'incorrect');
  });

  it('decides an outcome from the records', () => {
    const none = { checkedIn: false, leave: null, madeUp: false } as const;
    assert.equal(attendanceStatus(none, false), 'pending');
    assert.equal(attendanceStatus(none, true), 'absent');
    assert.equal(attendanceStatus({ ...none, checkedIn: true, leave: 'approved' }, true), 'present');
    assert.equal(attendanceStatus({ ...none, leave: 'approved' }, false), 'leave');
    assert.equal(attendanceStatus({ ...none, leave: 'pending' }, true), 'absent');
    assert.equal(attendanceStatus({ ...none, leave: 'refused', madeUp: true }, true), 'made-up');
  });

  it('counts 参会率 as (present + made up) ÷ (expected − leave) over what has ended', () => {
    const ended = (status: 'present' | 'leave' | 'absent' | 'made-up') => ({ status, ended: true });
    const counts = countAttendance([ended('present'), ended('present'), ended('leave'), ended('absent'), ended('made-up'), { status: 'pending', ended: false }, { status: 'not-expected', ended: true }]);
    assert.deepEqual(counts, { expected: 5, present: 2, leave: 1, absent: 1, madeUp: 1, pending: 1, rate: 0.75 });
    assert.equal(countAttendance([ended('leave')]).rate, null);
  });

  it('marks each period met, overdue, due or later; a 党小组会 counts for the group that met least', () => {
    const now = Date.parse('2026-05-10T02:00:00.000Z');
    const at = (day: string, kind: 'committee' | 'group' | 'general-assembly', group: string | null = null) => {
      const startsAt = Date.parse(`${day}T02:00:00.000Z`);
      return { kind, group, startsAt, endsAt: startsAt + 90 * MIN };
    };
    const meetings = [
      at('2026-01-05', 'committee'),
      at('2026-03-05', 'committee'),
      at('2026-05-20', 'committee'),
      at('2026-01-12', 'group', 'A'),
      at('2026-01-13', 'group', 'B'),
      at('2026-02-12', 'group', 'A'),
      at('2026-02-25', 'general-assembly'),
    ];
    const [assembly, committee, group] = cadence(DEFAULT_CADENCE.slice(0, 3), meetings, ['A', 'B'], 2026, now);
    assert.deepEqual(committee!.periods.slice(0, 6).map((p) => p.status), ['met', 'overdue', 'met', 'overdue', 'due', 'later']);
    assert.deepEqual(committee!.periods[4], { period: '2026-05', held: 0, planned: 1, status: 'due' });
    assert.equal(committee!.overdue, 2);
    assert.deepEqual(group!.periods.slice(0, 2).map((p) => [p.held, p.status]), [[1, 'met'], [0, 'overdue']]);
    assert.deepEqual(assembly!.periods.map((p) => `${p.period} ${p.status}`), ['2026-Q1 met', '2026-Q2 due', '2026-Q3 later', '2026-Q4 later']);
  });

  it('reads a configured cadence and falls back to the default on nonsense', () => {
    assert.deepEqual(parseCadence('[{"kind":"theme-day","per":"month","min":1}]'), [{ kind: 'theme-day', per: 'month', min: 1 }]);
    assert.equal(parseCadence('[{"kind":"party","per":"week","min":0}]'), DEFAULT_CADENCE);
    assert.equal(parseCadence('not json'), DEFAULT_CADENCE);
    assert.equal(parseCadence(null), DEFAULT_CADENCE);
  });
});
