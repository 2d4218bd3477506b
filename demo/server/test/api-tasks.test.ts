/**
 * The member's tasks and the secretary's reminders through the API, on 15 September 2026:
 * the demo member's list from the seed in its order, tasks leaving once done, reminders to
 * everyone in arrears reaching exactly those members once however often the request is
 * retried, the site's webhook called once per reminder, and who may do what.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { TestServer } from './support/harness';

const TASKS = '/api/v1/me/tasks';
const REMIND = (branch: string) => `/api/v1/branches/${branch}/reminders`;
const READ = (id: string) => `/api/v1/me/reminders/${id}/read`;
const DUES_MEMBERS = (branch: string, query = '') => `/api/v1/branches/${branch}/dues-members${query}`;

type Task = { id: string; kind: string; targetId: string; title: string; urgency: string; dueOn: string | null; daysLeft: number | null; months: string[]; amountFen: number | null; reminder: { id: string; subject: string; message: string | null; from: { name: string }; read: boolean } | null };
type TaskList = { memberId: string; asOf: string; counts: Record<string, number>; items: Task[]; hours: { targetHours: number; creditedHours: number } | null };

describe('tasks and reminders', () => {
  let t: TestServer;
  const tasksOf = async (who: string, server = t): Promise<TaskList> => {
    const res = await server.as(who).get(TASKS);
    assert.equal(res.status, 200);
    return res.body as TaskList;
  };
  const remindersOf = async (who: string, server = t) => (await tasksOf(who, server)).items.filter((i) => i.kind === 'reminder');
  before(() => {
    t = new TestServer();
  });
  after(() => t.close());

  it("the demo member's tasks from the seed: overdue first, then due soon, then later by date, with counts and the year's hours as the plan gives them", async () => {
    const list = await tasksOf('member');
    assert.deepEqual([list.memberId, list.asOf], ['m0001', '2026-09-15']);
    assert.deepEqual(
      list.items.map((i) => [i.id, i.urgency, i.daysLeft]),
      [
        ['dues:2026-07', 'overdue', -46],
        ['course:c-lianzheng', 'overdue', -10],
        ['course:c-dangshi', 'due-soon', 14],
        ['meeting:mt-b01-0049', 'later', 10],
        ['meeting:mt-b01-0048', 'later', 13],
        ['meeting:mt-b01-0051', 'later', 27],
        ['questionnaire:q-satisfaction', 'later', 30],
        ['evaluation:q-evaluation-2026', 'later', 40],
        ['questionnaire:q-study-topics', 'later', 40],
        ['questionnaire:q-dangzhang-quiz', 'later', 45],
        ['questionnaire:q-learning-needs', 'later', 60],
        ['course:c-dangzhang', 'later', 75],
        ['course:c-dangwu', 'later', null],
      ],
    );
    assert.deepEqual(list.counts, { overdue: 2, 'due-soon': 1, later: 10, total: 13 });
    const dues = list.items[0]!;
    assert.deepEqual([dues.months, dues.amountFen], [['2026-07', '2026-08', '2026-09'], 3 * 4800], 'two overdue months and this one, 48.00 元 each');
    const plan = (await t.as('member').get('/api/v1/study-plan')).body;
    assert.deepEqual(list.hours, plan.hours, 'the year’s hours are the plan’s');
    assert.ok(!list.items.some((i) => i.targetId === 'c-shichang'), 'a course done is no task');
  });

  it('a questionnaire answered leaves the list, and one closing within seven days is due soon', async () => {
    const server = new TestServer();
    try {
      server.db.prepare("INSERT INTO participations (id, questionnaire_id, member_id, submitted_at) VALUES ('p-test', 'q-study-topics', 'm0001', ?)").run(server.clock.now);
      server.clock.now = Date.parse('2026-10-10T02:00:00Z');
      const list = await tasksOf('member', server);
      assert.ok(!list.items.some((i) => i.targetId === 'q-study-topics'));
      const satisfaction = list.items.find((i) => i.targetId === 'q-satisfaction')!;
      assert.deepEqual([satisfaction.urgency, satisfaction.daysLeft], ['due-soon', 5]);
    } finally {
      await server.close();
    }
  });

  it('reminding everyone in arrears reaches exactly the members the dues summary lists, once, however often the request is retried', async () => {
    const server = new TestServer();
    try {
      const arrears = (await server.as('secretary').get('/api/v1/branches/b01/dues-summary')).body.arrears.map((a: { memberId: string }) => a.memberId).sort();
      assert.ok(arrears.length >= 2 && arrears.includes('m0001'), 'the seed has members in arrears, the demo member among them');
      const key = randomUUID();
      const body = { to: 'arrears', subject: 'dues', message: '请于本月底前补交党费。' };
      const first = await server.as('secretary').post(REMIND('b01'), body, { key });
      assert.equal(first.status, 201);
      assert.deepEqual(first.body.recipients.map((r: { memberId: string }) => r.memberId).sort(), arrears);
      const again = await server.as('secretary').post(REMIND('b01'), body, { key });
      assert.equal(again.headers.get('idempotent-replayed'), 'true');
      assert.deepEqual(again.body, first.body);
      assert.equal(server.count('reminders'), arrears.length, 'one reminder per member in arrears, not two');
      const mine = await remindersOf('member', server);
      assert.equal(mine.length, 1);
      assert.deepEqual([mine[0]!.urgency, mine[0]!.title, mine[0]!.reminder!.from.name, mine[0]!.reminder!.subject], ['overdue', '请于本月底前补交党费。', '王红梅', 'dues']);
      const members = (await server.as('secretary').get(DUES_MEMBERS('b01'))).body.members.map((m: { memberId: string }) => m.memberId) as string[];
      const paidUp = members.find((id) => !arrears.includes(id))!;
      assert.deepEqual(await remindersOf(paidUp, server), [], 'a member who owes nothing is not reminded');
    } finally {
      await server.close();
    }
  });

  it('reminding those who have not taken part in an open questionnaire reaches exactly them, by participation only', async () => {
    const server = new TestServer();
    try {
      const branch = server.db.prepare("SELECT id FROM members WHERE branch_id = 'b01' ORDER BY id").pluck().all() as string[];
      const took = new Set(server.db.prepare("SELECT member_id FROM participations WHERE questionnaire_id = 'q-study-topics'").pluck().all() as string[]);
      const expected = branch.filter((id) => !took.has(id));
      assert.ok(expected.length > 0 && expected.length < branch.length, 'some have answered, some have not');
      const sent = await server.as('secretary').post(REMIND('b01'), { to: 'unanswered', questionnaireId: 'q-study-topics', subject: 'questionnaire', message: null });
      assert.equal(sent.status, 201);
      assert.deepEqual(sent.body.recipients.map((r: { memberId: string }) => r.memberId).sort(), expected);
      const reminder = (await remindersOf(expected[0]!, server))[0]!;
      assert.deepEqual([reminder.urgency, reminder.title], ['due-soon', '请及时填写问卷']);
      server.clock.now = Date.parse('2027-01-10T02:00:00Z');
      const closed = await server.as('secretary').post(REMIND('b01'), { to: 'unanswered', questionnaireId: 'q-study-topics', subject: 'questionnaire' });
      assert.deepEqual([closed.status, closed.body.type, closed.body.errors[0].pointer], [422, '/problems/invalid-reminder', '/questionnaireId']);
      assert.equal((await server.as('secretary').post(REMIND('b01'), { to: 'unanswered', subject: 'questionnaire' })).status, 400, 'it needs the questionnaire');
      assert.equal((await server.as('secretary').post(REMIND('b01'), { to: 'arrears', questionnaireId: 'q-study-topics', subject: 'dues' })).status, 400);
    } finally {
      await server.close();
    }
  });

  it('a reminder to one member shows in their tasks until they mark it read; nobody else can mark it', async () => {
    const sent = await t.as('secretary').post(REMIND('b01'), { to: 'member', memberId: 'm0001', subject: 'study', message: null });
    assert.equal(sent.status, 201);
    const id = sent.body.recipients[0].reminderId as string;
    const shown = (await remindersOf('member')).find((r) => r.targetId === id)!;
    assert.deepEqual([shown.urgency, shown.title, shown.reminder!.message], ['due-soon', '请按时完成学习任务', null]);
    assert.equal((await t.as('m0003').post(READ(id), {})).status, 404, 'another member’s reminder is not found');
    const read = await t.as('member').post(READ(id), {});
    assert.deepEqual([read.status, read.body.read], [200, true]);
    assert.ok(!(await remindersOf('member')).some((r) => r.targetId === id));
    assert.equal((await t.as('member').post(READ(id), {})).status, 200, 'marking it again changes nothing');
  });

  it('only the branch’s secretary reminds its members, and only its own members', async () => {
    const remind = { to: 'member', memberId: 'm0003', subject: 'general', message: '明天上午开会。' };
    assert.equal((await t.as('member').post(REMIND('b01'), remind)).status, 403);
    assert.equal((await t.as('secretary').post(REMIND('b02'), { to: 'arrears', subject: 'dues' })).status, 403);
    const outsider = (await t.as('secretary').post(REMIND('b01'), { ...remind, memberId: 'm0031' })).body;
    assert.deepEqual([outsider.status, outsider.type, outsider.errors[0].pointer], [422, '/problems/invalid-reminder', '/memberId']);
    assert.equal((await t.as('secretary').post(REMIND('b01'), { to: 'member', subject: 'dues' })).status, 400, 'to: member needs memberId');
    assert.equal((await t.as('secretary').post(REMIND('b01'), { to: 'arrears', memberId: 'm0003', subject: 'dues' })).status, 400);
    assert.deepEqual(await remindersOf('m0031'), []);
    assert.equal((await t.as('member').get('/api/v1/me/tasks?memberId=m0003')).status, 400, 'no parameter names another member');
  });

  it('the branch’s members and their months, for the secretary only, as each member’s own year states them', async () => {
    const res = await t.as('secretary').get(DUES_MEMBERS('b01', '?year=2026'));
    assert.equal(res.status, 200);
    const me = res.body.members.find((m: { memberId: string }) => m.memberId === 'm0001');
    const own = (await t.as('member').get('/api/v1/dues?year=2026')).body;
    assert.deepEqual(me.months, own.months);
    assert.deepEqual([me.monthlyFen, me.paidFen, me.owedFen], [own.basis.monthlyFen, own.paidFen, own.owedFen]);
    assert.equal((await t.as('member').get(DUES_MEMBERS('b01'))).status, 403);
    assert.equal((await t.as('secretary').get(DUES_MEMBERS('b02'))).status, 403);
  });
});

describe('the reminder webhook', () => {
  it('POSTs each reminder to the site once it is committed, once per reminder however often the request is retried', async () => {
    const received: unknown[] = [];
    const hook = createServer((req: IncomingMessage, res) => {
      let text = '';
      req.on('data', (chunk) => (text += chunk));
      req.on('end', () => {
        received.push({ method: req.method, type: req.headers['content-type'], body: JSON.parse(text) });
        res.end('ok');
      });
    });
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
    const server = new TestServer({ reminderWebhook: `http://127.0.0.1:${(hook.address() as AddressInfo).port}/sms` });
    try {
      const key = randomUUID();
      const body = { to: 'member', memberId: 'm0004', subject: 'dues', message: '请尽快补交党费。' };
      const sent = await server.as('secretary').post(REMIND('b01'), body, { key });
      await server.as('secretary').post(REMIND('b01'), body, { key });
      const deadline = Date.now() + 5000;
      while (received.length < 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, 200));
      assert.equal(received.length, 1);
      assert.deepEqual(received[0], {
        method: 'POST',
        type: 'application/json',
        body: {
          type: 'reminder',
          reminder: { id: sent.body.recipients[0].reminderId, subject: 'dues', message: '请尽快补交党费。', sentAt: sent.body.sentAt },
          member: { id: 'm0004', name: sent.body.recipients[0].name },
          branch: { id: 'b01', name: '第一党支部' },
          from: { id: 'm0002', name: '王红梅' },
        },
      });
    } finally {
      await server.close();
      hook.close();
    }
  });
});
