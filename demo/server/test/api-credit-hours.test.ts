/**
 * 学时 mean one thing (docs/contract-notes.md, "Credit hours"): a member who finishes a
 * course sees its credit hours, once, in the course's answer, on the leaderboard's
 * study-hours and in the year's tally against the requirement; time studied is its own
 * metric (study-time), never counted as 学时.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { heartbeat, TestServer, type Client } from './support/harness';

const PROGRESS = (course: string, lesson: string) => `/api/v1/courses/${course}/lessons/${lesson}/progress`;
/** Has never studied (seed). */
const MEMBER = 'm0033';

/** Reads a lesson for `seconds` of wall clock, one heartbeat every 15 s. */
async function read(t: TestServer, client: Client, course: string, lesson: string, seconds: number) {
  const sessionId = randomUUID();
  await client.post(PROGRESS(course, lesson), heartbeat({ sessionId, seq: 0 }));
  let last;
  for (let seq = 1; seq * 15 <= seconds; seq++) {
    t.advance(15_000);
    last = await client.post(PROGRESS(course, lesson), heartbeat({ sessionId, seq, activeSeconds: 15, ended: (seq + 1) * 15 > seconds }));
  }
  return last!;
}

/** Plays a media lesson of `length` seconds through at normal speed, in 10 s steps. */
async function play(t: TestServer, client: Client, course: string, lesson: string, length: number) {
  const sessionId = randomUUID();
  await client.post(PROGRESS(course, lesson), heartbeat({ sessionId, seq: 0 }));
  let last;
  for (let seq = 1, at = 0; at < length; seq++) {
    const to = Math.min(length, at + 10);
    t.advance((to - at) * 1000);
    last = await client.post(PROGRESS(course, lesson), heartbeat({ sessionId, seq, position: to, intervals: [[at, to]], ended: to === length }));
    at = to;
  }
  return last!;
}

async function leaderboardValue(client: Client, metric: string, memberId: string): Promise<number> {
  let page = (await client.get(`/api/v1/leaderboard?metric=${metric}&scope=members&period=year&limit=100`)).body;
  for (;;) {
    const entry = page.items.find((e: { id: string }) => e.id === memberId);
    if (entry) return entry.value;
    assert.ok(page.nextCursor, `${memberId} is on the leaderboard`);
    page = (await client.get(`/api/v1/leaderboard?limit=100&cursor=${page.nextCursor}`)).body;
  }
}

describe('credit hours (学时): one meaning everywhere', () => {
  let t: TestServer;
  before(() => {
    t = new TestServer();
  });
  after(() => t.close());

  it('finishing a course: its credit hours in the course answer, the leaderboard row and the year’s tally; time studied apart', async () => {
    const client = t.as(MEMBER);
    t.advance(60_000);
    const before = { board: await leaderboardValue(client, 'study-hours', MEMBER), tally: (await client.get('/api/v1/study-plan')).body.hours };
    assert.equal(before.board, 0);
    assert.equal(before.tally.creditedHours, 0);
    assert.ok(before.tally.targetHours > 0, 'a yearly target, from an assignment or the standing requirement');

    // 法律法规常识 (1 学时): an article of 45 s and a recording of 20 s.
    const midway = await read(t, client, 'c-falv', 'l-falv-1', 60);
    assert.equal(midway.status, 200);
    assert.equal(midway.body.lesson.completed, true);
    assert.deepEqual([midway.body.course.completed, midway.body.course.creditedHours], [false, 0], 'no 学时 before the course is complete');
    const done = await play(t, client, 'c-falv', 'l-falv-2', 20);
    assert.deepEqual([done.body.course.completed, done.body.course.creditedHours], [true, 1]);

    const course = (await client.get('/api/v1/courses/c-falv')).body;
    assert.deepEqual([course.creditHours, course.progress.creditedHours], [1, 1]);
    assert.equal((await client.get('/api/v1/courses/c-falv/progress')).body.creditedHours, 1);
    const listed = (await client.get('/api/v1/courses?limit=100')).body.items.find((c: { id: string }) => c.id === 'c-falv');
    assert.equal(listed.progress.creditedHours, 1);
    assert.equal(await leaderboardValue(client, 'study-hours', MEMBER), 1, 'the leaderboard counts the same 1 学时');
    assert.equal((await client.get('/api/v1/study-plan')).body.hours.creditedHours, 1, 'and so does the year’s tally');

    // Time studied is another number: about 80 s, 0.0 h, whatever the course is worth.
    const studied = await leaderboardValue(client, 'study-time', MEMBER);
    assert.ok(studied < 0.1, `time studied ${studied} h`);
    const timePage = (await client.get('/api/v1/leaderboard?metric=study-time&scope=members&period=year&limit=1')).body;
    assert.equal(timePage.unit, 'clock-hours');
    assert.equal((await client.get('/api/v1/leaderboard?metric=study-hours&scope=members&period=year&limit=1')).body.unit, 'hours');
  });

  it('a course counts once: studying it again adds time, never 学时', async () => {
    const client = t.as(MEMBER);
    t.advance(60_000);
    const time = await leaderboardValue(client, 'study-time', MEMBER);
    await read(t, client, 'c-falv', 'l-falv-1', 600);
    await play(t, client, 'c-falv', 'l-falv-2', 20);
    assert.equal(await leaderboardValue(client, 'study-hours', MEMBER), 1);
    assert.equal((await client.get('/api/v1/study-plan')).body.hours.creditedHours, 1);
    assert.ok((await leaderboardValue(client, 'study-time', MEMBER)) > time, 'the time studied grew');
  });

  it('the branch’s study-hours total is its members’ 学时, and the chart by month says the same', async () => {
    const secretary = t.as('secretary');
    const branch = t.db.prepare('SELECT branch_id FROM members WHERE id = ?').pluck().get(MEMBER) as string;
    const expected = t.db
      .prepare(
        `SELECT COALESCE(SUM(c.credit_hours), 0) FROM course_completions c JOIN members m ON m.id = c.member_id
          WHERE m.branch_id = ? AND c.completed_at >= ?`,
      )
      .pluck()
      .get(branch, Date.parse('2025-12-31T16:00:00Z')) as number;
    const board = (await secretary.get('/api/v1/leaderboard?metric=study-hours&scope=branches&period=year&limit=100')).body;
    const name = t.db.prepare('SELECT name FROM branches WHERE id = ?').pluck().get(branch) as string;
    assert.equal(board.items.find((e: { name: string }) => e.name === name).value, Math.round(expected * 10) / 10);
    const chart = (await secretary.get(`/api/v1/stats/study-hours?groupBy=month&from=2026-09&to=2026-09&branchId=${branch}`)).body;
    assert.equal(chart.unit, 'hours');
    assert.ok(chart.series[0].values[0] >= 1, 'September holds the course finished in this test');
  });

  it('the requirement is configurable per member group (a member in several owes the largest), else 32 学时', async () => {
    const server = new TestServer({ creditRequirement: { defaultHours: 40, byGroup: { cadre: 56 } } });
    try {
      // 第二党支部 assigns no hours: the standing requirement sets the target.
      const ids = server.db.prepare("SELECT id FROM members WHERE branch_id = 'b02' ORDER BY id").pluck().all() as string[];
      const plans = await Promise.all(ids.map(async (id) => (await server.as(id).get('/api/v1/study-plan')).body));
      const cadre = plans.find((p) => p.groups.includes('cadre'));
      const other = plans.find((p) => !p.groups.includes('cadre'));
      assert.ok(cadre && other, 'b02 has cadres and others');
      assert.deepEqual([cadre.hours.targetHours, cadre.hours.requiredHours], [56, 56]);
      assert.deepEqual([other.hours.targetHours, other.hours.requiredHours], [40, 40]);
    } finally {
      await server.close();
    }
  });

  it('the stored setting: sensible numbers and known groups only', async () => {
    const { creditRequirementSetting, requiredHours, DEFAULT_CREDIT_REQUIREMENT } = await import('../rules/credit-requirement');
    const requirement = { ...DEFAULT_CREDIT_REQUIREMENT, ...creditRequirementSetting(JSON.stringify({ defaultHours: 40, byGroup: { cadre: 56, nobody: 3, skilled: -1 } })) };
    assert.deepEqual(requirement, { defaultHours: 40, byGroup: { cadre: 56 } });
    assert.equal(requiredHours(requirement, ['ordinary', 'cadre']), 56);
    assert.equal(requiredHours(DEFAULT_CREDIT_REQUIREMENT, ['cadre']), 32);
    assert.deepEqual(creditRequirementSetting('not json'), {});
    assert.deepEqual(creditRequirementSetting('{"defaultHours":"32"}'), {});
  });
});
