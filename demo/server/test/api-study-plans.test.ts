/**
 * Study plans through the API, at fixed clock times: the demo member's plan in every
 * status, plans reaching members by group and by name, the branch summary's numbers and
 * order, assignments made and removed by the secretary, and who may see what.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { heartbeat, TestServer, type Client } from './support/harness';

const DAY = 24 * 60 * 60 * 1000;
const PLAN = '/api/v1/study-plan';
const SUMMARY = (branch: string, query = '') => `/api/v1/branches/${branch}/study-summary${query}`;
const ASSIGNMENTS = (branch: string) => `/api/v1/branches/${branch}/study-assignments`;
type Course = { courseId: string; dueOn: string | null; daysLeft: number | null; percent: number; completed: boolean; status: string; assignments: { id: string; title: string }[] };
type Plan = { memberId: string; year: number; asOf: string; groups: string[]; status: string | null; counts: Record<string, number>; courses: Course[]; hours: { targetHours: number; creditedHours: number; expectedHours: number; behindHours: number; status: string; daysLeft: number; year: number; requiredHours?: number; assignments: { id: string; title: string }[] } | null };

const statuses = (plan: Plan) => plan.courses.map((c) => [c.courseId, c.status, c.daysLeft]);

describe('study plans', () => {
  let t: TestServer;
  const planOf = async (who: string | Client): Promise<Plan> => {
    const res = await (typeof who === 'string' ? t.as(who) : who).get(PLAN);
    assert.equal(res.status, 200);
    return res.body as Plan;
  };
  before(() => {
    t = new TestServer();
  });
  after(() => t.close());

  it("the demo member's plan on 15 September 2026: one course overdue, one due soon, one on track, one done, and 24 学时 a year", async () => {
    const plan = await planOf('member');
    assert.deepEqual([plan.memberId, plan.year, plan.asOf, plan.groups, plan.status], ['m0001', 2026, '2026-09-15', ['ordinary'], 'overdue']);
    assert.deepEqual(statuses(plan), [
      ['c-lianzheng', 'overdue', -10],
      ['c-dangshi', 'due-soon', 14],
      ['c-dangzhang', 'on-track', 75],
      ['c-shichang', 'done', 40],
    ]);
    assert.deepEqual(plan.courses.map((c) => c.percent), [0, 0, 25, 100]);
    assert.deepEqual(plan.courses[0]!.assignments.map((a) => a.title), ['廉洁自律教育补学'], 'assigned by name');
    assert.deepEqual(plan.counts, { 'on-track': 2, 'due-soon': 1, overdue: 1, done: 1 });
    // 学时 are the credit hours of the courses completed this year (市场经济, 1.5), not the time studied.
    const studied = (t.db.prepare("SELECT SUM(seconds) FROM study_credits WHERE member_id = 'm0001' AND at >= ?").pluck().get(Date.parse('2025-12-31T16:00:00Z')) as number) / 3600;
    assert.notEqual(Math.round(studied * 10) / 10, 1.5);
    assert.deepEqual([plan.hours!.targetHours, plan.hours!.creditedHours, plan.hours!.status, plan.hours!.daysLeft], [24, 1.5, 'on-track', 107]);
    assert.equal(plan.hours!.requiredHours, 32, 'the standing requirement, which the branch’s 24 for ordinary members replaces');
    assert.equal(plan.hours!.expectedHours, 17, '24 × 258 / 365 days');
  });

  it('statuses follow the clock: due soon turns overdue, the year’s hours fall due in December and are overdue once it ends', async () => {
    const server = new TestServer();
    try {
      server.advance(15 * DAY);
      const later = await planOf(server.as('member'));
      assert.deepEqual(statuses(later).slice(0, 3), [['c-lianzheng', 'overdue', -25], ['c-dangshi', 'overdue', -1], ['c-dangzhang', 'on-track', 60]], 'the longest overdue first');
      server.clock.now = Date.parse('2026-12-01T02:00:00Z');
      const december = await planOf(server.as('member'));
      assert.deepEqual([december.hours!.status, december.hours!.daysLeft], ['due-soon', 30]);
      assert.deepEqual(statuses(december).find((c) => c[0] === 'c-dangzhang'), ['c-dangzhang', 'overdue', -2]);
      const lastYear = (await server.as('secretary').get(SUMMARY('b01', '?year=2026'))).body;
      server.clock.now = Date.parse('2027-01-02T02:00:00Z');
      const nextYear = await planOf(server.as('member'));
      assert.deepEqual([nextYear.year, nextYear.hours!.year, nextYear.hours!.creditedHours, nextYear.hours!.status], [2027, 2027, 0, 'on-track']);
      const past = (await server.as('secretary').get(SUMMARY('b01', '?year=2026'))).body;
      assert.ok(past.members.every((m: { hours: { status: string } | null }) => !m.hours || m.hours.status === 'overdue' || m.hours.status === 'done'), '2026 ended: hours short of the target are overdue');
      assert.ok(lastYear.counts['due-soon'] > 0);
    } finally {
      await server.close();
    }
  });

  it('assignments reach members through their groups or by name; a course assigned twice keeps its earliest date', async () => {
    const secretary = t.as('secretary');
    const skilled = await secretary.post(ASSIGNMENTS('b01'), { title: '安全生产补充学习', courseIds: ['c-anquan'], dueOn: '2026-10-31', groups: ['skilled'], memberIds: [] });
    assert.equal(skilled.status, 201, JSON.stringify(skilled.body));
    const named = await secretary.post(ASSIGNMENTS('b01'), { title: '法律常识（点名）', courseIds: ['c-falv'], hoursPerYear: 10, groups: [], memberIds: ['m0006'] });
    assert.deepEqual(named.body.members, [{ id: 'm0006', name: named.body.members[0].name }]);
    const m0007 = await planOf('m0007');
    assert.ok(m0007.groups.includes('skilled'));
    const anquan = m0007.courses.find((c) => c.courseId === 'c-anquan')!;
    // c-anquan was already assigned to skilled members by 2026-10-30 (seed: in 45 days).
    assert.deepEqual([anquan.dueOn, anquan.assignments.map((a) => a.title).sort()], ['2026-10-30', ['安全生产补充学习', '实用技术（有一技之长党员）']]);
    const m0006 = await planOf('m0006');
    assert.deepEqual([m0006.courses.some((c) => c.courseId === 'c-falv'), m0006.hours!.targetHours], [true, 24], 'the larger yearly target counts, not a sum');
    const m0004 = await planOf('m0004');
    assert.ok(!m0004.courses.some((c) => c.courseId === 'c-falv'), 'named assignments reach only the named');
    const elsewhere = await planOf('m0022');
    assert.deepEqual([elsewhere.courses, elsewhere.status], [[], 'on-track'], '第二党支部 assigned nothing');
    assert.deepEqual([elsewhere.hours!.targetHours, elsewhere.hours!.requiredHours, elsewhere.hours!.assignments], [32, 32, []], 'the standing requirement of 32 学时 a year');
    const migrant = t.db.prepare("SELECT id FROM members WHERE branch_id = 'b06' ORDER BY id LIMIT 1").pluck().get() as string;
    const migrantPlan = await planOf(migrant);
    assert.deepEqual([migrantPlan.groups.includes('migrant'), migrantPlan.hours!.targetHours, migrantPlan.courses.map((c) => c.courseId)], [true, 16, ['c-anquan']]);
    const b04 = t.db.prepare("SELECT id FROM members WHERE branch_id = 'b04' ORDER BY id").pluck().all() as string[];
    const plans = await Promise.all(b04.map((id) => planOf(id)));
    const veteran = plans.find((p) => p.groups.includes('veteran'))!;
    assert.ok(veteran.courses.some((c) => c.courseId === 'c-dangshi' && c.dueOn === null && c.status !== 'overdue'));
    const returned = plans.find((p) => p.groups.includes('returned-retiree'))!;
    assert.ok(returned.courses.some((c) => c.courseId === 'c-dangzhang' && c.dueOn === '2027-03-31'), 'retired members back in the village: 党章 by March next year');
  });

  it("nobody reaches another member's plan: the plan takes no parameter naming a member", async () => {
    for (const query of ['?memberId=m0004', '?member=m0004', '?branchId=b01']) {
      const res = await t.as('member').get(PLAN + query);
      assert.equal(res.status, 400, query);
      assert.equal(res.body.errors[0].in, 'query');
    }
    const other = await planOf('m0004');
    const mine = await planOf('member');
    assert.notDeepEqual(other.memberId, mine.memberId);
  });

  it('the branch summary: completion by group and by member, most urgent first, mirroring the dues summary', async () => {
    const res = await t.as('secretary').get(SUMMARY('b01'));
    assert.equal(res.status, 200);
    const s = res.body;
    assert.deepEqual([s.branchId, s.branchName, s.year, s.asOf, s.memberCount], ['b01', '第一党支部', 2026, '2026-09-15', 20]);
    assert.equal(s.plannedCount, s.members.length);
    const items = s.members.reduce((n: number, m: { items: number }) => n + m.items, 0);
    assert.equal(Object.values(s.counts as Record<string, number>).reduce((a, b) => a + b, 0), items);
    assert.equal(s.rate, Math.round((s.counts.done / items) * 10000) / 10000);
    assert.deepEqual(s.groups.map((g: { group: string }) => g.group), ['cadre', 'returned-retiree', 'skilled', 'ordinary', 'migrant', 'veteran']);
    const cadre = s.groups[0];
    const cadres = t.db.prepare("SELECT COUNT(*) FROM members WHERE branch_id = 'b01' AND education_groups LIKE '%cadre%'").pluck().get();
    assert.equal(cadre.memberCount, cadres);
    assert.equal(cadre.targetHours, cadre.plannedCount * 32);
    assert.deepEqual(s.groups[1], { group: 'returned-retiree', memberCount: 0, plannedCount: 0, items: 0, done: 0, rate: null, counts: { 'on-track': 0, 'due-soon': 0, overdue: 0, done: 0 }, targetHours: 0, creditedHours: 0 });
    const first = s.members.slice(0, 3);
    assert.deepEqual(first.map((m: { memberId: string }) => m.memberId).sort(), ['m0001', 'm0004', 'm0009'], 'the three named for 廉洁自律, 10 days overdue');
    assert.ok(first.every((m: { status: string; overdueDays: number }) => m.status === 'overdue' && m.overdueDays === 10));
    const rank = { overdue: 0, 'due-soon': 1, 'on-track': 2, done: 3 } as Record<string, number>;
    const order = s.members.map((m: { status: string }) => rank[m.status]);
    assert.deepEqual(order, [...order].sort((a: number, b: number) => a - b), 'most urgent first');
    const me = s.members.find((m: { memberId: string }) => m.memberId === 'm0001');
    const plan = await planOf('member');
    assert.deepEqual([me.courses, me.hours, me.status, me.nextDueOn], [plan.courses, plan.hours, plan.status, '2026-09-29']);
    const nextYear = (await t.as('secretary').get(SUMMARY('b01', '?year=2027'))).body;
    assert.ok(nextYear.members.every((m: { courses: Course[]; hours: { expectedHours: number } }) => m.courses.every((c) => c.dueOn === null) && m.hours.expectedHours === 0), '2027: only undated courses, hours not begun');
  });

  it("a lesson studied shows in the member's plan and the branch summary", async () => {
    const member = t.as('member');
    const progress = (await member.get('/api/v1/courses/c-dangzhang/progress')).body;
    const lesson = progress.lessons.find((l: { completed: boolean; lessonId: string }) => !l.completed && l.lessonId === 'l-dangzhang-2') ?? progress.lessons.find((l: { completed: boolean }) => !l.completed);
    const before = (await planOf('member')).courses.find((c) => c.courseId === 'c-dangzhang')!.percent;
    const sessionId = randomUUID();
    const duration = lesson.lessonId === 'l-dangzhang-2' ? 20 : 24;
    assert.equal((await member.post(`/api/v1/courses/c-dangzhang/lessons/${lesson.lessonId}/progress`, heartbeat({ sessionId, seq: 1, intervals: [[0, 0.1]] }))).status, 200);
    t.advance(30_000);
    const res = await member.post(`/api/v1/courses/c-dangzhang/lessons/${lesson.lessonId}/progress`, heartbeat({ sessionId, seq: 2, position: duration, intervals: [[0, duration]], ended: true }));
    assert.equal(res.body.lesson.completed, true, JSON.stringify(res.body));
    const after = (await planOf('member')).courses.find((c) => c.courseId === 'c-dangzhang')!.percent;
    assert.ok(after > before, `${before} → ${after}`);
    const summary = (await t.as('secretary').get(SUMMARY('b01'))).body;
    assert.equal(summary.members.find((m: { memberId: string }) => m.memberId === 'm0001').courses.find((c: Course) => c.courseId === 'c-dangzhang').percent, after);
  });

  it('only the branch’s secretary (or an admin) sees its summary and assignments; an unknown branch is 404 for an admin', async () => {
    for (const [who, branch] of [['member', 'b01'], ['m0021', 'b01'], ['secretary', 'b02'], ['secretary', 'b99']] as const) {
      for (const path of [SUMMARY(branch), ASSIGNMENTS(branch)]) {
        const res = await t.as(who).get(path);
        assert.equal(res.status, 403, `${who} ${path}`);
        assert.equal(res.body.type, '/problems/forbidden');
      }
      assert.equal((await t.as(who).post(ASSIGNMENTS(branch), { title: 'x', courseIds: ['c-falv'], groups: ['cadre'], memberIds: [] })).status, 403);
    }
    t.db.prepare("UPDATE members SET roles = 'member,admin' WHERE id = 'm0041'").run();
    assert.equal((await t.as('m0041').get(SUMMARY('b02'))).status, 200);
    assert.equal((await t.as('m0041').get(SUMMARY('b99'))).status, 404);
    assert.equal((await t.as('secretary').get(SUMMARY('b01', '?year=1999'))).status, 400);
  });

  it('the secretary makes assignments (each bad part named, 422) and removes them; plans follow at once', async () => {
    const secretary = t.as('secretary');
    const bad = await secretary.post(ASSIGNMENTS('b01'), { title: '有问题', courseIds: ['c-nothing', 'c-falv'], dueOn: null, groups: [], memberIds: ['m0022', 'm0003'] });
    assert.equal(bad.status, 422);
    assert.equal(bad.body.type, '/problems/invalid-assignment');
    assert.deepEqual(bad.body.errors.map((e: { pointer: string }) => e.pointer), ['/courseIds/0', '/memberIds/0']);
    const empty = await secretary.post(ASSIGNMENTS('b01'), { title: '空的', courseIds: [], dueOn: '2026-12-31', groups: [], memberIds: [] });
    assert.deepEqual(empty.body.errors.map((e: { pointer: string }) => e.pointer), ['/courseIds', '/groups', '/dueOn']);
    for (const body of [
      { title: ' ', courseIds: ['c-falv'], groups: ['cadre'], memberIds: [] },
      { title: 'x', courseIds: ['c-falv'], dueOn: '2026-02-30', groups: ['cadre'], memberIds: [] },
      { title: 'x', courseIds: ['c-falv'], groups: ['elderly'], memberIds: [] },
      { title: 'x', courseIds: [], hoursPerYear: 0.3, groups: ['cadre'], memberIds: [] },
      { title: 'x', courseIds: ['c-falv', 'c-falv'], groups: ['cadre'], memberIds: [] },
    ]) {
      assert.equal((await secretary.post(ASSIGNMENTS('b01'), body)).status, 400, JSON.stringify(body));
    }
    const key = randomUUID();
    const created = await secretary.post(ASSIGNMENTS('b01'), { title: '党务知识（m0004）', courseIds: ['c-dangwu'], dueOn: '2026-09-20', groups: [], memberIds: ['m0004'] }, { key });
    const replay = await secretary.post(ASSIGNMENTS('b01'), { title: '党务知识（m0004）', courseIds: ['c-dangwu'], dueOn: '2026-09-20', groups: [], memberIds: ['m0004'] }, { key });
    assert.deepEqual([created.status, replay.headers.get('idempotent-replayed'), replay.body.id], [201, 'true', created.body.id]);
    const list = await secretary.get(ASSIGNMENTS('b01'));
    assert.equal(list.body.items[0].id, created.body.id, 'newest first');
    assert.equal(list.body.items.filter((a: { title: string }) => a.title === '党务知识（m0004）').length, 1);
    assert.equal((await planOf('m0004')).courses.find((c) => c.courseId === 'c-dangwu')?.status, 'due-soon');
    const removed = await secretary.post(`${ASSIGNMENTS('b01')}/${created.body.id}/remove`, {});
    assert.deepEqual([removed.status, removed.body.id], [200, created.body.id]);
    assert.ok(!(await planOf('m0004')).courses.some((c) => c.courseId === 'c-dangwu'));
    assert.equal((await secretary.post(`${ASSIGNMENTS('b01')}/${created.body.id}/remove`, {})).status, 404);
    const b04 = t.db.prepare("SELECT id FROM study_assignments WHERE branch_id = 'b04' LIMIT 1").pluck().get() as string;
    assert.equal((await secretary.post(`${ASSIGNMENTS('b01')}/${b04}/remove`, {})).status, 404, 'another branch’s assignment is not there');
  });
});
