/**
 * Meetings in the member's tasks through the API, on 15 September 2026: the seeded meetings
 * of the demo member's branch they are expected at, not yet answered and starting within 30
 * days, as `listMeetings` shows them; a reply or a leave request takes one out, a refused
 * leave brings it back, an open check-in makes it overdue until the member checks in; a
 * meeting of a party group they are not in, or further ahead, is no task of theirs.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_MEMBER, TestServer, type Client } from './support/harness';

const API = '/api/v1';
const MIN = 60 * 1000;
const DAY = 24 * 60 * MIN;
const iso = (ms: number) => new Date(ms).toISOString();
/** The day of a moment in China Standard Time. */
const cstDay = (at: string) => iso(Date.parse(at) + 8 * 60 * MIN).slice(0, 10);

type MeetingTask = {
  id: string;
  kind: string;
  targetId: string;
  title: string;
  urgency: string;
  dueOn: string | null;
  daysLeft: number | null;
  meeting: { kind: string; startsAt: string; endsAt: string; place: string | null; need: string } | null;
};
type Meeting = { id: string; kind: string; topic: string; startsAt: string; endsAt: string; place: string | null; status: string; checkInOpensAt: string; mine: { reply: string | null } };

describe('meetings in the member’s tasks', () => {
  let t: TestServer;
  let member: Client;
  let secretary: Client;
  const meetingTasks = async (who: Client = member) => {
    const res = await who.get(`${API}/me/tasks`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return (res.body.items as MeetingTask[]).filter((i) => i.kind === 'meeting');
  };
  const needs = async () => (await meetingTasks()).map((i) => [i.targetId, i.urgency, i.meeting?.need]);
  const plan = async (startsIn: number, attendees: Record<string, unknown> = { scope: 'branch' }) => {
    const res = await secretary.post(`${API}/branches/b01/meetings`, {
      kind: 'theme-day',
      topic: '主题党日：重温入党誓词',
      startsAt: iso(t.clock.now + startsIn),
      endsAt: iso(t.clock.now + startsIn + 120 * MIN),
      place: '党员活动室',
      onlineUrl: null,
      onlineAllowed: false,
      attendees,
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body as Meeting;
  };

  before(() => {
    t = new TestServer();
    member = t.as('member');
    secretary = t.as('secretary');
  });
  after(() => t.close());

  it('lists the seeded meetings still to answer: not ended, starting within 30 days, not replied, each as listMeetings shows it', async () => {
    const listed = (await member.get(`${API}/meetings`)).body.items as Meeting[];
    const horizon = t.clock.now + 30 * DAY;
    const toAnswer = listed.filter((m) => m.status !== 'ended' && m.mine.reply === null && Date.parse(m.startsAt) < horizon);
    assert.ok(toAnswer.length >= 2, 'the seed leaves the demo member’s coming meetings unanswered');
    assert.ok(listed.some((m) => m.status !== 'ended' && Date.parse(m.startsAt) >= horizon), 'and has meetings further ahead, which wait');
    const tasks = await meetingTasks();
    assert.deepEqual(tasks.map((i) => i.targetId).sort(), toAnswer.map((m) => m.id).sort());
    for (const task of tasks) {
      const m = toAnswer.find((x) => x.id === task.targetId)!;
      assert.deepEqual(
        [task.id, task.title, task.dueOn, task.meeting],
        [`meeting:${m.id}`, m.topic, cstDay(m.startsAt), { kind: m.kind, startsAt: m.startsAt, endsAt: m.endsAt, place: m.place, need: 'reply' }],
      );
      assert.equal(task.urgency, task.daysLeft! < 7 ? 'due-soon' : 'later');
    }
  });

  it('a reply or a leave request takes a meeting out; a refused leave brings it back, an approved one does not', async () => {
    const [first, second] = (await meetingTasks()).map((i) => i.targetId);
    const attend = await member.put(`${API}/meetings/${first}/reply`, { reply: 'attend' });
    assert.equal(attend.status, 200, JSON.stringify(attend.body));
    const leave = await member.put(`${API}/meetings/${second}/reply`, { reply: 'leave', reason: '在外地务工' });
    assert.equal(leave.status, 200, JSON.stringify(leave.body));
    let ids = (await meetingTasks()).map((i) => i.targetId);
    assert.ok(!ids.includes(first!) && !ids.includes(second!), 'replied 参加, and leave asked: the secretary decides now');

    assert.equal((await secretary.put(`${API}/meetings/${second}/leave/${DEMO_MEMBER}`, { approved: false, note: '本次会议请务必参加' })).status, 200);
    const refused = (await meetingTasks()).find((i) => i.targetId === second);
    assert.equal(refused?.meeting?.need, 'leave-refused');

    assert.equal((await secretary.put(`${API}/meetings/${second}/leave/${DEMO_MEMBER}`, { approved: true })).status, 200);
    ids = (await meetingTasks()).map((i) => i.targetId);
    assert.ok(!ids.includes(second!), 'leave granted: nothing more to do');
  });

  it('a meeting planned for the whole branch within a week is due soon; one for a party group the member is not in, or beyond 30 days, is none', async () => {
    const otherGroup = t.db
      .prepare("SELECT name FROM party_groups WHERE branch_id = 'b01' AND name <> (SELECT name FROM party_groups WHERE member_id = ?) LIMIT 1")
      .pluck()
      .get(DEMO_MEMBER) as string;
    assert.ok(otherGroup, 'the demo branch has a party group without the demo member');
    const soon = await plan(3 * DAY);
    const theirs = await plan(2 * DAY, { scope: 'group', group: otherGroup });
    const far = await plan(31 * DAY);
    const tasks = await meetingTasks();
    const mine = tasks.find((i) => i.targetId === soon.id);
    assert.deepEqual([mine?.urgency, mine?.daysLeft, mine?.meeting?.need], ['due-soon', 3, 'reply']);
    assert.ok(!tasks.some((i) => i.targetId === theirs.id || i.targetId === far.id));
    const inGroup = t.db.prepare("SELECT member_id FROM party_groups WHERE branch_id = 'b01' AND name = ? LIMIT 1").pluck().get(otherGroup) as string;
    assert.ok((await meetingTasks(t.as(inGroup))).some((i) => i.targetId === theirs.id), 'a member of that group has it');
    const outsider = t.db.prepare("SELECT id FROM members WHERE branch_id = 'b02' ORDER BY id LIMIT 1").pluck().get() as string;
    assert.ok(!(await meetingTasks(t.as(outsider))).some((i) => i.targetId === soon.id), 'another branch’s member never sees it');
  });

  it('while check-in is open a meeting not checked in is overdue, replied or not, until the member checks in; once it ends it leaves', async () => {
    const replied = await plan(2 * 60 * MIN);
    const unanswered = await plan(2 * 60 * MIN);
    assert.equal((await member.put(`${API}/meetings/${replied.id}/reply`, { reply: 'attend' })).status, 200);
    assert.deepEqual((await needs()).filter(([id]) => id === replied.id || id === unanswered.id), [[unanswered.id, 'due-soon', 'reply']]);

    t.clock.now = Date.parse(replied.checkInOpensAt);
    const open = (await member.get(`${API}/me/tasks`)).body as { counts: Record<string, number>; items: MeetingTask[] };
    const overdue = open.items.filter((i) => i.urgency === 'overdue');
    assert.deepEqual(
      overdue.filter((i) => i.kind === 'meeting').map((i) => [i.targetId, i.meeting?.need]).sort(),
      [[replied.id, 'check-in'], [unanswered.id, 'check-in']].sort(),
    );
    assert.equal(overdue.length, open.counts.overdue);

    const code = (await secretary.get(`${API}/meetings/${replied.id}/check-in-code`)).body.code as string;
    const checkIn = await member.post(`${API}/meetings/${replied.id}/check-in`, { method: 'code', code });
    assert.equal(checkIn.status, 200, JSON.stringify(checkIn.body));
    assert.deepEqual((await needs()).filter(([id]) => id === replied.id || id === unanswered.id), [[unanswered.id, 'overdue', 'check-in']], 'checked in: done');

    t.clock.now = Date.parse(unanswered.endsAt);
    assert.ok(!(await needs()).some(([id]) => id === unanswered.id), 'ended: nothing left to do about it');
  });
});
