/**
 * Organisational life through the API: the seeded year, planning, the rotating check-in
 * code (current, within grace, expired after rotation, incorrect), the window, once per
 * member, online where allowed, members not expected and of another branch, leave asked,
 * decided only by the branch's secretary, hand marking, and the counts and cadence the
 * server computes from the records.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { TestServer, T0, DEMO_MEMBER, DEMO_SECRETARY, type Client } from './support/harness';

const MIN = 60 * 1000;
const iso = (ms: number) => new Date(ms).toISOString();
const API = '/api/v1';

describe('meetings', () => {
  let t: TestServer;
  let secretary: Client;
  let member: Client;
  /** Another member of b01, in the demo member's party group or not: any expected at branch meetings. */
  let others: string[];
  let otherSecretary: string;
  let outsider: string;
  let notOnCommittee: string;

  const plan = async (overrides: Record<string, unknown> = {}, offsetMs = 10 * MIN) => {
    const res = await secretary.post(`${API}/branches/b01/meetings`, {
      kind: 'lecture',
      topic: '党课：学习党章',
      startsAt: iso(t.clock.now + offsetMs),
      endsAt: iso(t.clock.now + offsetMs + 90 * MIN),
      place: '党员活动室',
      onlineUrl: null,
      onlineAllowed: false,
      attendees: { scope: 'branch' },
      ...overrides,
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body as { id: string; expectedCount: number; status: string; checkInOpensAt: string };
  };
  const code = async (id: string) => {
    const res = await secretary.get(`${API}/meetings/${id}/check-in-code`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return res.body as { code: string; rotatesAt: string; periodSeconds: number };
  };
  const checkIn = (who: string, id: string, body: unknown, key?: string) => t.as(who).post(`${API}/meetings/${id}/check-in`, body, key ? { key } : {});
  const fieldCode = (body: { errors?: { pointer: string; code?: string }[] }) => body.errors?.map((e) => `${e.pointer} ${e.code}`).join(',');

  before(() => {
    t = new TestServer();
    secretary = t.as('secretary');
    member = t.as('member');
    const ids = (sql: string, ...args: unknown[]) => t.db.prepare(sql).pluck().all(...args) as string[];
    others = ids("SELECT id FROM members WHERE branch_id = 'b01' AND id NOT IN (?, ?) AND username IS NULL ORDER BY id", DEMO_MEMBER, DEMO_SECRETARY);
    otherSecretary = ids("SELECT id FROM members WHERE branch_id = 'b02' AND roles LIKE '%secretary%'")[0]!;
    outsider = ids("SELECT id FROM members WHERE branch_id = 'b02' AND roles NOT LIKE '%secretary%' ORDER BY id")[0]!;
    notOnCommittee = ids("SELECT id FROM members WHERE branch_id = 'b01' AND id NOT IN (SELECT member_id FROM branch_committee) AND id <> ? ORDER BY id", DEMO_MEMBER)[0]!;
  });
  after(() => t.close());

  it('a member sees a year of their own branch meetings, with their outcome in each', async () => {
    const res = await member.get(`${API}/meetings?year=2026`);
    assert.equal(res.status, 200);
    const items = res.body.items as { branchId: string; kind: string; status: string; mine: { expected: boolean; attendance: string }; materials: unknown[] }[];
    assert.ok(items.length >= 20, `a realistic year: ${items.length}`);
    assert.ok(items.every((m) => m.branchId === 'b01' && m.mine.expected));
    assert.deepEqual(new Set(items.map((m) => m.kind)), new Set(['group', 'lecture', 'theme-day', 'general-assembly']), 'the demo member is not on the committee');
    assert.ok(items.some((m) => m.status === 'ended') && items.some((m) => m.status === 'upcoming'));
    assert.ok(items.filter((m) => m.status === 'ended').every((m) => ['present', 'leave', 'absent', 'made-up'].includes(m.mine.attendance) && m.materials.length > 0));
    assert.ok(items.filter((m) => m.status === 'upcoming').every((m) => m.mine.attendance === 'pending'));

    const record = await member.get(`${API}/me/attendance?year=2026`);
    const ended = items.filter((m) => m.status === 'ended');
    const present = ended.filter((m) => m.mine.attendance === 'present').length;
    const leave = ended.filter((m) => m.mine.attendance === 'leave').length;
    assert.equal(record.body.counts.expected, ended.length);
    assert.equal(record.body.counts.present, present);
    assert.equal(record.body.counts.rate, Math.round(((present + record.body.counts.madeUp) / (ended.length - leave)) * 10_000) / 10_000);
  });

  it('checks in with the current code once, inside the window only', async () => {
    const m = await plan();
    assert.equal(m.status, 'open', 'check-in opens 30 minutes before the start');
    assert.ok(m.expectedCount > 10);
    const { code: now } = await code(m.id);
    const key = randomUUID();
    const first = await checkIn(DEMO_MEMBER, m.id, { method: 'code', code: now }, key);
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.equal(first.body.mine.attendance, 'present');
    assert.equal(first.body.mine.checkIn.method, 'code');
    const replay = await checkIn(DEMO_MEMBER, m.id, { method: 'code', code: now }, key);
    assert.equal(replay.status, 200);
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    const again = await checkIn(DEMO_MEMBER, m.id, { method: 'code', code: now });
    assert.equal(again.status, 409);
    assert.equal(again.body.type, '/problems/already-checked-in');
    assert.equal(t.db.prepare('SELECT COUNT(*) FROM meeting_checkins WHERE meeting_id = ?').pluck().get(m.id), 1);

    const wrong = await checkIn(others[0]!, m.id, { method: 'code', code: now === '000000' ? '000001' : '000000' });
    assert.equal(wrong.status, 422);
    assert.equal(fieldCode(wrong.body), '/code incorrect');

    const later = await plan({}, 3 * 60 * MIN);
    const early = await checkIn(DEMO_MEMBER, later.id, { method: 'code', code: '123456' });
    assert.equal(early.status, 409);
    assert.equal(early.body.type, '/problems/meeting-closed');
    assert.equal((await secretary.get(`${API}/meetings/${later.id}/check-in-code`)).status, 409);
  });

  it('takes the code of the period before (grace) and refuses it as expired after one more rotation', async () => {
    const m = await plan();
    const shown = await code(m.id);
    t.clock.now = Date.parse(shown.rotatesAt); // the next period: the shown code is one behind
    const grace = await checkIn(others[1]!, m.id, { method: 'code', code: shown.code });
    assert.equal(grace.status, 200, JSON.stringify(grace.body));
    t.advance(shown.periodSeconds * 1000); // two periods on: a photo sent home no longer works
    const replayed = await checkIn(others[2]!, m.id, { method: 'code', code: shown.code });
    assert.equal(replayed.status, 422);
    assert.equal(replayed.body.type, '/problems/invalid-check-in');
    assert.equal(fieldCode(replayed.body), '/code expired');
    const fresh = await code(m.id);
    assert.notEqual(fresh.code, shown.code);
    assert.equal((await checkIn(others[2]!, m.id, { method: 'code', code: fresh.code })).status, 200);
  });

  it('stops taking codes from a member after ten wrong ones (the secretary marks them by hand)', async () => {
    const m = await plan();
    const { code: right } = await code(m.id);
    const wrong = right === '000000' ? '000001' : '000000';
    const who = others[6]!;
    for (let i = 0; i < 10; i++) assert.equal(fieldCode((await checkIn(who, m.id, { method: 'code', code: wrong })).body), '/code incorrect');
    const stopped = await checkIn(who, m.id, { method: 'code', code: right });
    assert.equal(stopped.status, 422);
    assert.equal(fieldCode(stopped.body), '/code limit-exceeded');
    assert.equal((await secretary.put(`${API}/meetings/${m.id}/attendance/${who}`, { present: true })).status, 200);
    assert.equal((await checkIn(others[7]!, m.id, { method: 'code', code: right })).status, 200, 'others are not held back');
  });

  it('refuses a check-in after the meeting ended', async () => {
    const m = await plan();
    const { code: c } = await code(m.id);
    t.advance(10 * MIN + 91 * MIN);
    const res = await checkIn(others[3]!, m.id, { method: 'code', code: c });
    assert.equal(res.status, 409);
    assert.equal(res.body.type, '/problems/meeting-closed');
  });

  it('takes online check-in only where the meeting allows it', async () => {
    const closed = await plan({ onlineAllowed: false });
    const refused = await checkIn(others[4]!, closed.id, { method: 'online' });
    assert.equal(refused.status, 422);
    assert.equal(fieldCode(refused.body), '/method not-allowed');
    const open = await plan({ onlineAllowed: true, onlineUrl: 'https://meeting.example.cn/j/1' });
    const ok = await checkIn(others[4]!, open.id, { method: 'online' });
    assert.equal(ok.status, 200);
    assert.equal(ok.body.mine.checkIn.method, 'online');
  });

  it('keeps another branch out: its members get 404, its secretary 403', async () => {
    const m = await plan();
    assert.equal((await t.as(outsider).get(`${API}/meetings/${m.id}`)).status, 404);
    const { code: c } = await code(m.id);
    assert.equal((await checkIn(outsider, m.id, { method: 'code', code: c })).status, 404);
    assert.equal((await t.as(outsider).put(`${API}/meetings/${m.id}/reply`, { reply: 'attend' })).status, 404);
    const list = await t.as(outsider).get(`${API}/meetings`);
    assert.ok(list.body.items.every((x: { branchId: string }) => x.branchId === 'b02'));
    assert.equal((await t.as(otherSecretary).get(`${API}/branches/b01/meetings`)).status, 403);
    assert.equal((await t.as(otherSecretary).post(`${API}/branches/b01/meetings`, { kind: 'lecture', topic: 'x', startsAt: iso(T0), endsAt: iso(T0 + MIN), onlineAllowed: false, attendees: { scope: 'branch' } })).status, 403);
  });

  it('refuses members not expected: a committee meeting is for the committee', async () => {
    const m = await plan({ kind: 'committee', attendees: { scope: 'committee' } });
    assert.equal(m.expectedCount, 3);
    const { code: c } = await code(m.id);
    const res = await checkIn(notOnCommittee, m.id, { method: 'code', code: c });
    assert.equal(res.status, 422);
    assert.equal(fieldCode(res.body), '/ not-expected');
  });

  it('lets only the branch secretary decide leave, and counts approved leave as excused', async () => {
    const m = await plan({}, 2 * 60 * MIN);
    const asker = others[5]!;
    const noReason = await t.as(asker).put(`${API}/meetings/${m.id}/reply`, { reply: 'leave' });
    assert.equal(noReason.status, 422);
    assert.equal(fieldCode(noReason.body), '/reason required');
    const asked = await t.as(asker).put(`${API}/meetings/${m.id}/reply`, { reply: 'leave', reason: '在外地务工' });
    assert.equal(asked.status, 200);
    assert.deepEqual([asked.body.mine.reply, asked.body.mine.leave.status], ['leave', 'pending']);

    const bySelf = await t.as(asker).put(`${API}/meetings/${m.id}/leave/${asker}`, { approved: true });
    assert.equal(bySelf.status, 403);
    const byMember = await member.put(`${API}/meetings/${m.id}/leave/${asker}`, { approved: true });
    assert.equal(byMember.status, 403);
    assert.equal((await t.as(otherSecretary).put(`${API}/meetings/${m.id}/leave/${asker}`, { approved: true })).status, 404, "another branch's secretary cannot even see it");
    assert.equal((await secretary.put(`${API}/meetings/${m.id}/leave/${DEMO_MEMBER}`, { approved: true })).status, 404, 'no request to decide');
    const approved = await secretary.put(`${API}/meetings/${m.id}/leave/${asker}`, { approved: true, note: '同意' });
    assert.equal(approved.status, 200);
    assert.equal(approved.body.leave.status, 'approved');
    const seen = await t.as(asker).get(`${API}/meetings/${m.id}`);
    assert.equal(seen.body.mine.leave.status, 'approved');
    assert.equal(seen.body.mine.attendance, 'leave');

    // The secretary marks the demo member present by hand; after the end the rest are absent.
    t.clock.now = Date.parse(m.checkInOpensAt);
    assert.equal((await member.put(`${API}/meetings/${m.id}/attendance/${DEMO_MEMBER}`, { present: true })).status, 403);
    const marked = await secretary.put(`${API}/meetings/${m.id}/attendance/${DEMO_MEMBER}`, { present: true });
    assert.equal(marked.status, 200);
    assert.equal(marked.body.checkIn.method, 'manual');
    t.advance(3 * 60 * MIN);
    const late = await t.as(asker).put(`${API}/meetings/${m.id}/reply`, { reply: 'attend' });
    assert.equal(late.status, 409);
    const attendance = await secretary.get(`${API}/meetings/${m.id}/attendance`);
    assert.equal(attendance.status, 200);
    const { counts } = attendance.body;
    assert.equal(counts.expected, m.expectedCount);
    assert.deepEqual([counts.present, counts.leave, counts.absent, counts.pending], [1, 1, m.expectedCount - 2, 0]);
    assert.equal(counts.rate, Math.round((1 / (m.expectedCount - 1)) * 10_000) / 10_000);
    assert.equal((await member.get(`${API}/meetings/${m.id}/attendance`)).status, 403);
  });

  it('gives the secretary the year: meetings with counts, members by rate, and the cadence with what is overdue', async () => {
    const res = await secretary.get(`${API}/branches/b01/meetings?year=2026`);
    assert.equal(res.status, 200);
    const body = res.body;
    assert.equal(body.committeeCount, 3);
    assert.ok(body.groups.length >= 2);
    const rule = (kind: string) => body.cadence.find((c: { rule: { kind: string } }) => c.rule.kind === kind);
    const period = (kind: string, p: string) => rule(kind).periods.find((x: { period: string }) => x.period === p);
    assert.deepEqual(period('committee', '2026-07'), { period: '2026-07', held: 0, planned: 0, status: 'overdue' });
    assert.equal(period('committee', '2026-06').status, 'met');
    assert.equal(period('group', '2026-08').status, 'overdue', 'one party group did not meet in August');
    assert.equal(period('general-assembly', '2026-Q3').status, 'due', 'planned for the 25th');
    assert.equal(period('lecture', '2026-Q4').status, 'later');
    assert.ok(rule('committee').overdue >= 1);
    assert.equal(body.members.length, body.memberCount);
    const rates = body.members.map((m: { counts: { rate: number | null } }) => m.counts.rate ?? 2);
    assert.deepEqual(rates, [...rates].sort((a: number, b: number) => a - b), 'lowest rate first');
    const mine = body.members.find((m: { memberId: string }) => m.memberId === DEMO_MEMBER);
    const own = await member.get(`${API}/me/attendance?year=2026`);
    assert.deepEqual(mine.counts, own.body.counts, 'the same records, the same figures');
    assert.equal((await member.get(`${API}/branches/b01/meetings`)).status, 403);
  });

  it('ranks members and branches by 参会率 from the same records', async () => {
    const own = await member.get(`${API}/me/attendance?year=2026`);
    const board = await member.get(`${API}/leaderboard?metric=attendance-rate&scope=members&period=year&limit=100`);
    assert.equal(board.status, 200);
    assert.equal(board.body.unit, 'percent');
    assert.equal(board.body.me.entry.value, own.body.counts.rate);
    const branches = await member.get(`${API}/leaderboard?metric=attendance-rate&scope=branches&period=year`);
    assert.ok(branches.body.items.every((b: { value: number }) => b.value > 0 && b.value <= 1), 'every seeded branch met and attended');
    const chart = await member.get(`${API}/stats/attendance-rate?groupBy=month&from=2026-01&to=2026-08`);
    assert.equal(chart.status, 200);
    assert.equal(chart.body.unit, 'percent');
    assert.ok(chart.body.series[0].values.every((v: number | null) => v !== null && v > 0 && v <= 1), 'every month of the seeded year has meetings attended');
  });

  it('counts a missed 党课 as made up once its make-up course is completed after it', async () => {
    const course = t.db.prepare('SELECT id FROM courses ORDER BY sort LIMIT 1').pluck().get() as string;
    const m = await plan({ makeUpCourseId: course });
    const who = others[8]!;
    t.advance(10 * MIN + 91 * MIN);
    const before = await t.as(who).get(`${API}/meetings/${m.id}`);
    assert.equal(before.body.mine.attendance, 'absent');
    const lessons = t.db.prepare('SELECT id FROM lessons WHERE course_id = ?').pluck().all(course) as string[];
    t.db.prepare('DELETE FROM lesson_progress WHERE member_id = ? AND course_id = ?').run(who, course);
    const done = t.db.prepare(`INSERT INTO lesson_progress (member_id, lesson_id, course_id, position_seconds, watched, credited_seconds, completed_at, updated_at) VALUES (?, ?, ?, 0, '[]', 0, ?, ?)`);
    for (const [i, lesson] of lessons.entries()) done.run(who, lesson, course, t.clock.now - (i === 0 ? 0 : MIN), t.clock.now);
    const after = await t.as(who).get(`${API}/meetings/${m.id}`);
    assert.equal(after.body.mine.attendance, 'made-up');
    const attendance = await secretary.get(`${API}/meetings/${m.id}/attendance`);
    assert.equal(attendance.body.counts.madeUp, 1);
    assert.equal(attendance.body.members.find((a: { memberId: string }) => a.memberId === who).status, 'made-up');
  });

  it('refuses a meeting that cannot be: end before start, a group the branch lacks, a link not http(s)', async () => {
    const res = await secretary.post(`${API}/branches/b01/meetings`, {
      kind: 'group',
      topic: '学习',
      startsAt: iso(T0 + 60 * MIN),
      endsAt: iso(T0),
      onlineUrl: 'javascript:alert(1)',
      onlineAllowed: true,
      attendees: { scope: 'group', group: '第九党小组' },
    });
    assert.equal(res.status, 422);
    assert.equal(res.body.type, '/problems/invalid-meeting');
    assert.deepEqual(res.body.errors.map((e: { pointer: string }) => e.pointer).sort(), ['/attendees/group', '/endsAt', '/onlineUrl']);
  });
});
