/**
 * Anonymous course requests never tell anyone who asked: not through the API (other
 * members, the secretary, an admin, suggestions, filters, write responses), and not
 * through the database — the pairing attack: someone with a copy of the database tries
 * to join the request to its member by columns, voices, seen marks, times, idempotency
 * records or the order rows were written in.
 */
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { createAnonymity } from '../store/anonymity';
import { keyHash } from '../store/idempotency-seal';
import { TEST_ANONYMITY_KEY, TestServer } from './support/harness';

const R = '/api/v1/course-requests';
const AUTHOR = 'm0016';

type Row = Record<string, unknown>;

function everyRow(t: TestServer): { table: string; row: Row }[] {
  const tables = t.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
  return tables.flatMap((table) => (t.db.prepare(`SELECT * FROM "${table}"`).all() as Row[]).map((row) => ({ table, row })));
}

const mentions = (row: Row, text: string) => Object.values(row).some((v) => typeof v === 'string' && v.includes(text));

describe('anonymous course requests', () => {
  let t: TestServer;
  let authorName: string;
  let requestId: string;
  const title = '村级财务公开怎么看';
  const keys: string[] = [];
  let window: [number, number];

  before(async () => {
    t = new TestServer();
    authorName = t.db.prepare('SELECT name FROM members WHERE id = ?').pluck().get(AUTHOR) as string;
    const author = t.as(AUTHOR);
    const started = t.clock.now + 123_457;
    t.clock.now = started;
    const write = async (method: 'post' | 'put', path: string, body: unknown) => {
      const key = `anon-${keys.length}`;
      keys.push(key);
      const res = await author[method](path, body, { key });
      assert.ok(res.status < 300, JSON.stringify(res.body));
      t.advance(1000);
      return res;
    };
    const created = await write('post', R, { title, details: '想知道村账本怎么看懂。', category: '党务知识', anonymous: true });
    requestId = created.body.id;
    await write('put', `${R}/${requestId}/voice`, { voiced: false });
    await write('put', `${R}/${requestId}/voice`, { voiced: true });
    assert.equal((await t.as('secretary').post(`${R}/${requestId}/status`, { status: 'planned', plannedOn: '2026-10-20' })).status, 200);
    await write('post', `${R}/seen`, { seen: [{ id: requestId, revision: 1 }] });
    window = [started - 5000, t.clock.now + 5000];
  });
  after(() => t.close());

  it('the API tells no one who asked: other members, the secretary, an admin, suggestions, filters, write responses', async () => {
    const mine = (await t.as(AUTHOR).get(`${R}?mine=true`)).body.items.find((r: { id: string }) => r.id === requestId);
    assert.deepEqual([mine.requester, mine.mine], [null, { asked: true, voiced: true, unread: false }], 'only the requester’s own view says it is theirs');
    t.db.prepare("UPDATE members SET roles = 'member,admin' WHERE id = 'm0040'").run();
    const views: unknown[] = [];
    const peer = t.as('m0017');
    views.push((await peer.get(`${R}?limit=100`)).body.items.find((r: { id: string }) => r.id === requestId));
    views.push((await peer.get(`${R}/similar?title=${encodeURIComponent(title)}`)).body.requests[0].request);
    views.push((await peer.put(`${R}/${requestId}/voice`, { voiced: true })).body);
    for (const who of ['secretary', 'm0040']) {
      for (const query of ['', '&group=ordinary', '&group=cadre', '&category=in-service', '&status=planned']) {
        const item = (await t.as(who).get(`/api/v1/branches/b01/course-requests?limit=100${query}`)).body.items.find((r: { id: string }) => r.id === requestId);
        if (item) views.push(item);
      }
    }
    views.push((await t.as('secretary').post(`${R}/${requestId}/status`, { status: 'planned', plannedOn: '2026-10-21' })).body);
    assert.ok(views.length >= 8);
    for (const view of views) {
      const text = JSON.stringify(view);
      assert.ok(!text.includes(AUTHOR) && !text.includes(authorName), text);
      assert.equal((view as { requester: unknown }).requester, null);
      assert.equal((view as { mine: { asked: boolean } }).mine.asked, false);
      assert.match((view as { createdOn: string }).createdOn, /^\d{4}-\d{2}-\d{2}$/, 'the day, never the time');
    }
  });

  it('the database holds no row that pairs the request with its member (columns, voices, marks)', () => {
    const request = t.db.prepare('SELECT * FROM course_requests WHERE id = ?').get(requestId) as Row;
    assert.equal(request.author_id, null);
    assert.equal(request.created_on, '2026-09-15');
    assert.ok(!mentions(request, AUTHOR) && !mentions(request, authorName));
    const rows = everyRow(t);
    const aboutRequest = rows.filter(({ row }) => mentions(row, requestId) || mentions(row, title));
    assert.ok(aboutRequest.length >= 3, 'the request, its voices and marks');
    for (const { table, row } of aboutRequest) {
      assert.ok(!mentions(row, AUTHOR) && !mentions(row, authorName), `${table} pairs the request with its member: ${JSON.stringify(row)}`);
    }
    const voices = t.db.prepare('SELECT voter FROM course_request_voices WHERE request_id = ?').pluck().all(requestId) as string[];
    assert.ok(voices.includes('m0017'), 'a named voice names its member');
    assert.equal(voices.filter((v) => v.startsWith('h:')).length, 1, 'the requester’s voice names nobody');
  });

  it('no record says the member did anything while the request was asked, voiced, withdrawn or marked', () => {
    for (const { table, row } of everyRow(t)) {
      if (!Object.values(row).includes(AUTHOR)) continue;
      for (const [column, value] of Object.entries(row)) {
        if (typeof value === 'number') assert.ok(value < window[0] || value > window[1], `${table}.${column} = ${value} dates the member’s activity`);
      }
    }
  });

  it('idempotency records of course-request writes name neither member nor request, and still replay', async () => {
    assert.equal(t.db.prepare('SELECT COUNT(*) FROM idempotency_keys WHERE member_id = ?').pluck().get(AUTHOR), 0);
    for (const key of keys) {
      // Every record is under a hash of its key, its request and response sealed with the key.
      assert.equal(t.db.prepare('SELECT COUNT(*) FROM idempotency_keys WHERE key = ?').pluck().get(key), 0);
      const row = t.db.prepare('SELECT * FROM idempotency_keys WHERE key = ?').get(keyHash(key)) as Row;
      assert.match(row.member_id as string, /^sealed:/);
      assert.ok(!mentions(row, requestId) && !mentions(row, title) && !mentions(row, 'POST'), JSON.stringify(row));
    }
    const body = { title, details: '想知道村账本怎么看懂。', category: '党务知识', anonymous: true };
    const replay = await t.as(AUTHOR).post(R, body, { key: keys[0] });
    assert.deepEqual([replay.status, replay.headers.get('idempotent-replayed'), replay.body.id], [201, 'true', requestId]);
    assert.equal((await t.as(AUTHOR).post(R, { ...body, title: '别的' }, { key: keys[0] })).status, 422);
    const elsewhere = await t.as(AUTHOR).put('/api/v1/questionnaires/q-learning-needs/draft', { answers: {}, pageIndex: 0 }, { key: keys[0] });
    assert.equal(elsewhere.status, 422, 'a sealed key still belongs to its one request');
    assert.equal((await t.as('m0017').post(R, body, { key: keys[0] })).status, 201, 'keys are per member');
  });

  it('the link exists only with the key kept outside the database; rows keep no order of writing', () => {
    const request = t.db.prepare('SELECT author_tag FROM course_requests WHERE id = ?').get(requestId) as { author_tag: string };
    const members = t.db.prepare('SELECT id FROM members').pluck().all() as string[];
    const unkeyed = (m: string) => [`${requestId}${m}`, `${requestId}\n${m}`, `course-request\n${requestId}\n${m}`].flatMap((s) => [createHash('sha256').update(s).digest('base64url'), createHash('sha256').update(s).digest('hex')]);
    const guessKey = createAnonymity(randomBytes(32));
    for (const m of members) {
      assert.ok(!unkeyed(m).includes(request.author_tag), m);
      assert.notEqual(guessKey.tag('course-request', requestId, m), request.author_tag);
    }
    const real = createAnonymity(TEST_ANONYMITY_KEY);
    assert.deepEqual(members.filter((m) => real.tag('course-request', requestId, m) === request.author_tag), [AUTHOR]);
    assert.equal(t.db.prepare("SELECT COUNT(*) FROM settings WHERE value LIKE '%' || ? || '%'").pluck().get(TEST_ANONYMITY_KEY.toString('hex')), 0);
    for (const table of ['course_requests', 'course_request_voices', 'course_request_seen', 'idempotency_keys']) {
      assert.throws(() => t.db.prepare(`SELECT rowid FROM ${table}`).all(), /no such column: rowid/, `${table} keeps a rowid: the order rows were written in`);
    }
  });
});
