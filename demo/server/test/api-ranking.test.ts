import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { heartbeat, TestServer } from './support/harness';
import { requestInIsolation } from './support/isolated';

interface Entry {
  id: string;
  value: number;
  rank: number;
  previousRank: number | null;
}

function assertCompetitionRanks(entries: Entry[], offset = 0) {
  entries.forEach((e, i) => {
    const previous = entries[i - 1];
    if (previous && previous.value === e.value) assert.equal(e.rank, previous.rank, `tie at ${i}`);
    else assert.equal(e.rank, offset + i + 1, `rank after a different value at ${i}`);
    if (previous) assert.ok(previous.value >= e.value, 'sorted by value');
  });
}

const METRICS = ['points', 'study-hours', 'completion-rate', 'participation-rate', 'dues-rate'];

describe('leaderboard and stats', () => {
  let t: TestServer;
  before(() => {
    t = new TestServer();
  });
  after(() => t.close());

  it('branches by points this month (defaults), with the caller’s branch as "me"', async () => {
    const res = await t.as('member').get('/api/v1/leaderboard');
    assert.equal(res.status, 200);
    assert.deepEqual([res.body.metric, res.body.scope, res.body.period, res.body.unit, res.body.total], ['points', 'branches', 'month', 'points', 6]);
    assertCompetitionRanks(res.body.items);
    assert.equal(res.body.me.entry.id, 'b01');
    assert.equal(res.body.items[res.body.me.index].id, 'b01');
    assert.ok(res.body.items.some((e: Entry) => e.previousRank !== null));
  });

  it('every metric, scope and period answers with competition ranks; rates are 0–1', async () => {
    for (const metric of METRICS) {
      for (const scope of ['branches', 'members']) {
        for (const period of ['week', 'month', 'quarter', 'year', 'all']) {
          // Members' dues rates are the secretary's to see (next test).
          const who = metric === 'dues-rate' && scope === 'members' ? 'secretary' : 'member';
          const res = await t.as(who).get(`/api/v1/leaderboard?metric=${metric}&scope=${scope}&period=${period}&limit=100`);
          assert.equal(res.status, 200);
          assertCompetitionRanks(res.body.items);
          if (metric.endsWith('rate')) assert.ok(res.body.items.every((e: Entry) => e.value >= 0 && e.value <= 1));
          if (period === 'all') assert.ok(res.body.items.every((e: Entry) => e.previousRank === null));
        }
      }
    }
  });

  it("members' dues rates: refused to ordinary members (403), a secretary sees only their own branch; branches stay public", async () => {
    for (const period of ['week', 'month', 'quarter', 'year', 'all']) {
      const refused = await t.as('member').get(`/api/v1/leaderboard?metric=dues-rate&scope=members&period=${period}`);
      assert.equal(refused.status, 403, period);
      assert.equal(refused.headers.get('content-type'), 'application/problem+json');
      assert.equal(refused.body.type, '/problems/forbidden');
      assert.match(refused.body.detail, /secretary/);
    }
    const forged = Buffer.from(JSON.stringify({ s: 'x', o: 0, m: 'dues-rate', c: 'members', p: 'month' })).toString('base64url');
    assert.equal((await t.as('member').get(`/api/v1/leaderboard?cursor=${forged}`)).status, 403, 'not through a cursor either');
    assert.equal((await t.as('member').get('/api/v1/leaderboard?metric=dues-rate&scope=branches')).status, 200);

    const ownBranch = t.db.prepare("SELECT id FROM members WHERE branch_id = 'b01'").pluck().all() as string[];
    const first = await t.as('secretary').get('/api/v1/leaderboard?metric=dues-rate&scope=members&period=year&limit=10');
    assert.equal(first.status, 200);
    assert.equal(first.body.total, ownBranch.length);
    assert.equal(first.body.me.entry.id, 'm0002');
    const seen = [...first.body.items];
    for (let cursor = first.body.nextCursor; cursor; ) {
      const page = await t.as('secretary').get(`/api/v1/leaderboard?cursor=${cursor}`);
      seen.push(...page.body.items);
      cursor = page.body.nextCursor;
    }
    assert.deepEqual(seen.map((e: Entry) => e.id).sort(), [...ownBranch].sort());
    assertCompetitionRanks(seen);

    // Another branch's secretary gets their own branch, never a ranking made for b01.
    const other = t.db.prepare("SELECT id FROM members WHERE branch_id = 'b03' AND roles LIKE '%secretary%'").pluck().get() as string;
    const theirs = await t.as(other).get('/api/v1/leaderboard?metric=dues-rate&scope=members&period=year&limit=100');
    assert.ok(theirs.body.items.length > 0 && theirs.body.items.every((e: { branchName: string }) => e.branchName === '社区党支部'));
    const reused = await t.as(other).get(`/api/v1/leaderboard?cursor=${first.body.nextCursor}`);
    assert.ok(reused.body.items.every((e: { branchName: string }) => e.branchName === '社区党支部'), "a b01 cursor shows b03's own ranking");
  });

  it('ties share a rank and the next rank skips (members with nothing this week)', async () => {
    const res = await t.as('member').get('/api/v1/leaderboard?metric=study-hours&scope=members&period=week&limit=100');
    const zeros = res.body.items.filter((e: Entry) => e.value === 0);
    assert.ok(zeros.length > 1, 'several members have no study this week');
    assert.equal(new Set(zeros.map((e: Entry) => e.rank)).size, 1);
    assert.equal(zeros[0].rank, res.body.items.indexOf(zeros[0]) + 1);
    assert.ok(zeros.every((e: Entry) => e.rank === zeros[0].rank));
  });

  it('cursor pages stay on one snapshot while scores change; a fresh first page sees the change', async () => {
    const client = t.as('member');
    const first = await client.get('/api/v1/leaderboard?metric=study-hours&scope=members&period=month&limit=50');
    assert.equal(first.body.items.length, 50);
    // A member far down the list studies a lot in the meantime.
    const climber = first.body.items[first.body.items.length - 1].id as string;
    const sessionId = randomUUID();
    for (let seq = 1; seq <= 30; seq++) {
      t.advance(60_000);
      await t.as(climber).post('/api/v1/courses/c-dangzhang/lessons/l-dangzhang-3/progress', heartbeat({ sessionId, seq, activeSeconds: 60 }));
    }
    const second = await client.get(`/api/v1/leaderboard?limit=50&cursor=${first.body.nextCursor}`);
    const third = await client.get(`/api/v1/leaderboard?limit=50&cursor=${second.body.nextCursor}`);
    assert.equal(second.body.generatedAt, first.body.generatedAt);
    assert.equal(third.body.nextCursor, null);
    const ids = [...first.body.items, ...second.body.items, ...third.body.items].map((e: Entry) => e.id);
    assert.equal(ids.length, 120);
    assert.equal(new Set(ids).size, 120);
    assertCompetitionRanks([...first.body.items, ...second.body.items, ...third.body.items]);
    const fresh = await client.get('/api/v1/leaderboard?metric=study-hours&scope=members&period=month&limit=50');
    assert.notEqual(fresh.body.generatedAt, first.body.generatedAt);
    const before = first.body.items.find((e: Entry) => e.id === climber).value;
    const after = [...fresh.body.items].find((e: Entry) => e.id === climber)?.value ?? 0;
    assert.ok(after > before || fresh.body.items.some((e: Entry) => e.id === climber));
  });

  it('rejects bad parameters and cursors that do not match the query', async () => {
    const client = t.as('member');
    for (const query of ['metric=likes', 'scope=people', 'period=decade', 'limit=0', 'limit=101', 'cursor=%27%20OR%201%3D1', 'cursor=eyJ4IjoxfQ']) {
      assert.equal((await client.get(`/api/v1/leaderboard?${query}`)).status, 400, query);
    }
    const first = await client.get('/api/v1/leaderboard?scope=members&limit=10');
    const mismatch = await client.get(`/api/v1/leaderboard?metric=dues-rate&cursor=${first.body.nextCursor}`);
    assert.equal(mismatch.status, 400);
    assert.equal(mismatch.body.errors[0].pointer, '/metric');
  });

  it('stats by month: twelve months up to now by default, per branch on request', async () => {
    const res = await t.as('member').get('/api/v1/stats/study-hours');
    assert.equal(res.body.groupBy, 'month');
    assert.equal(res.body.labels.length, 12);
    assert.equal(res.body.labels.at(-1), '2026-09');
    assert.equal(res.body.series[0].values.length, 12);
    assert.ok(res.body.series[0].values.every((v: number | null) => v !== null && v >= 0));
    const future = await t.as('member').get('/api/v1/stats/points?from=2026-08&to=2026-11');
    assert.deepEqual(future.body.series[0].values.slice(2), [null, null]);
    const branch = await t.as('member').get('/api/v1/stats/dues-rate?branchId=b05');
    assert.equal(branch.body.series[0].key, 'b05');
    assert.equal(branch.body.unit, 'percent');
  });

  it('stats by branch: one value per branch for every metric', async () => {
    for (const metric of METRICS) {
      const res = await t.as('member').get(`/api/v1/stats/${metric}?groupBy=branch&from=2026-01&to=2026-09`);
      assert.equal(res.status, 200);
      assert.equal(res.body.labels.length, 6);
      assert.equal(res.body.labels[0], '第一党支部');
      assert.equal(res.body.series[0].values.length, 6);
    }
  });

  it('stats: bad ranges and unknown metrics or branches', async () => {
    const client = t.as('member');
    for (const query of ['from=2026-10&to=2026-01', 'from=2020-01&to=2026-01', 'from=2026-1', 'groupBy=day']) {
      assert.equal((await client.get(`/api/v1/stats/points?${query}`)).status, 400, query);
    }
    assert.equal((await client.get('/api/v1/stats/likes')).status, 400);
    assert.equal((await client.get('/api/v1/stats/points?branchId=b99')).status, 404);
  });

  it('stats: months are years 2000–2100 and at most 36 of them, refused naming the parameter', async () => {
    const client = t.as('member');
    const refused: [string, string][] = [
      ['from=0000-01&to=0000-12', '/from'],
      ['from=1999-12&to=2000-02', '/from'],
      ['from=2100-11&to=2101-01', '/to'],
      ['from=9999-01&to=9999-12', '/from'],
      ['to=0000-12', '/to'],
      ['from=2023-09&to=2026-09', '/from'],
    ];
    for (const groupBy of ['month', 'branch']) {
      for (const [query, pointer] of refused) {
        const res = await client.get(`/api/v1/stats/points?groupBy=${groupBy}&${query}`);
        assert.equal(res.status, 400, `${groupBy} ${query}`);
        assert.equal(res.headers.get('content-type'), 'application/problem+json');
        assert.equal(res.body.errors[0].pointer, pointer, `${groupBy} ${query}`);
      }
    }
    const widest = await client.get('/api/v1/stats/points?from=2023-10&to=2026-09');
    assert.equal(widest.body.labels.length, 36);
    assert.ok(widest.body.labels.every((l: string) => /^20\d\d-\d\d$/.test(l)));
    const edges = await client.get('/api/v1/stats/study-hours?from=2000-01&to=2000-12');
    assert.deepEqual([edges.body.labels[0], edges.body.labels[11]], ['2000-01', '2000-12']);
    assert.equal((await client.get('/api/v1/stats/study-hours?from=2100-01&to=2100-12')).body.labels[11], '2100-12');
  });

  it('the request that once took the server down is refused at once, in bounded memory', async () => {
    const run = await requestInIsolation(['/api/v1/stats/points?from=9999-01&to=9999-12', '/api/v1/stats/points?groupBy=branch&from=9999-01&to=9999-12']);
    assert.equal(run.failure, null, `the server process died: ${run.failure}`);
    for (const res of run.result!.responses) {
      assert.equal(res.status, 400, res.body);
      assert.ok(res.ms < 1000, `${res.ms} ms`);
    }
    assert.ok(run.result!.rssPeakMb - run.result!.rssBeforeMb < 64, `RSS ${run.result!.rssBeforeMb} → ${run.result!.rssPeakMb} MB`);
  });

  it('a leaderboard cursor carries only what the server issued: a forged metric, scope or period is refused', async () => {
    const client = t.as('member');
    const forge = (v: Record<string, unknown>) => Buffer.from(JSON.stringify(v)).toString('base64url');
    for (const cursor of [
      { s: 'x', o: 0, m: 'likes', c: 'branches', p: 'month' },
      // A name every object has is no metric either.
      { s: 'x', o: 0, m: 'constructor', c: 'branches', p: 'month' },
      { s: 'x', o: 0, m: 'toString', c: 'members', p: 'month' },
      { s: 'x', o: 0, m: 'points', c: 'everyone', p: 'month' },
      { s: 'x', o: 0, m: 'points', c: 'branches', p: 'decade' },
      { s: 'x', o: 1e300, m: 'points', c: 'branches', p: 'month' },
    ]) {
      const res = await client.get(`/api/v1/leaderboard?cursor=${forge(cursor)}`);
      assert.equal(res.status, 400, JSON.stringify(cursor));
      assert.equal(res.body.errors[0].pointer, '/cursor');
    }
  });
});
