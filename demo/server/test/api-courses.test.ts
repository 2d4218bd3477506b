import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { heartbeat, TestServer } from './support/harness';

const PROGRESS = (course: string, lesson: string) => `/api/v1/courses/${course}/lessons/${lesson}/progress`;

describe('courses', () => {
  let t: TestServer;
  before(() => {
    t = new TestServer();
  });
  after(() => t.close());

  it('lists courses with progress, every category, and cursor pages', async () => {
    const first = await t.as('member').get('/api/v1/courses?limit=3');
    assert.equal(first.status, 200);
    assert.equal(first.body.total, 8);
    assert.equal(first.body.items.length, 3);
    assert.ok(first.body.categories.includes('理论学习'));
    assert.ok(first.body.nextCursor);
    const seen = first.body.items.map((c: { id: string }) => c.id);
    let cursor = first.body.nextCursor;
    while (cursor) {
      const page = await t.as('member').get(`/api/v1/courses?limit=3&cursor=${cursor}`);
      seen.push(...page.body.items.map((c: { id: string }) => c.id));
      cursor = page.body.nextCursor;
    }
    assert.equal(new Set(seen).size, 8);
  });

  it('filters by required, category and text', async () => {
    const required = await t.as('member').get('/api/v1/courses?required=true');
    assert.ok(required.body.items.every((c: { required: boolean }) => c.required));
    assert.equal(required.body.total, 4);
    const electives = await t.as('member').get('/api/v1/courses?required=false');
    assert.equal(electives.body.total, 4);
    const category = await t.as('member').get(`/api/v1/courses?category=${encodeURIComponent('实用技能')}`);
    assert.deepEqual(category.body.items.map((c: { id: string }) => c.id), ['c-nongye', 'c-anquan']);
    const search = await t.as('member').get(`/api/v1/courses?q=${encodeURIComponent('农业')}`);
    assert.deepEqual(search.body.items.map((c: { id: string }) => c.id), ['c-nongye']);
  });

  it('rejects bad query parameters with 400 naming the parameter', async () => {
    for (const [query, pointer] of [
      ['limit=0', '/limit'],
      ['limit=101', '/limit'],
      ['limit=abc', '/limit'],
      ['required=yes', '/required'],
      ['cursor=not%20base64!', '/cursor'],
      ['cursor=eyJvIjotMX0', '/cursor'],
      ['limit=1&limit=2', '/limit'],
      ['memberId=m0002', '/memberId'],
    ] as const) {
      const res = await t.as('member').get(`/api/v1/courses?${query}`);
      assert.equal(res.status, 400, query);
      assert.equal(res.body.errors[0].pointer, pointer, query);
      assert.equal(res.body.errors[0].in, 'query');
    }
  });

  it('gets a course with policy, lessons, media, captions and attachments; 404 for unknown ids', async () => {
    const res = await t.as('member').get('/api/v1/courses/c-dangzhang');
    assert.equal(res.status, 200);
    assert.equal(res.body.policy.allowSeek, 'watched');
    assert.deepEqual(res.body.lessons.map((l: { kind: string }) => l.kind), ['video', 'audio', 'document', 'article']);
    const video = res.body.lessons[0];
    assert.equal(video.media.captions.length, 2);
    assert.equal(video.attachments[0].type, 'application/pdf');
    assert.ok(video.attachments[0].sizeBytes > 1000);
    assert.equal((await t.as('member').get('/api/v1/courses/c-nothing')).status, 404);
    assert.equal((await t.as('member').get('/api/v1/courses/c-nothing/progress')).status, 404);
  });

  it('credits real-time heartbeats, resumes, and completes a video at 90 %', async () => {
    const client = t.as('m0010');
    const sessionId = randomUUID();
    const course = 'c-nongye';
    const lesson = 'l-nongye-1';
    const before = await client.get(`/api/v1/courses/${course}/progress`);
    const start = before.body.lessons.find((l: { lessonId: string }) => l.lessonId === lesson);
    let receipt;
    for (let seq = 1; seq <= 2; seq++) {
      t.advance(12_000);
      receipt = await client.post(PROGRESS(course, lesson), heartbeat({ sessionId, seq, position: seq * 12, intervals: [[(seq - 1) * 12, seq * 12]] }));
      assert.equal(receipt.status, 200);
    }
    assert.equal(receipt!.body.lesson.positionSeconds, 24);
    assert.ok(receipt!.body.lesson.coverage >= 0.9);
    assert.equal(receipt!.body.lesson.completed, true);
    const after = await client.get(`/api/v1/courses/${course}/progress`);
    const lessonAfter = after.body.lessons.find((l: { lessonId: string }) => l.lessonId === lesson);
    assert.ok(lessonAfter.creditedSeconds >= start.creditedSeconds);
    assert.ok(lessonAfter.creditedSeconds <= 24);
  });

  it('two tabs replaying the same minute earn it once; faster-than-real-time claims are capped', async () => {
    const client = t.as('m0011');
    const course = 'c-lianzheng';
    const lesson = 'l-lianzheng-1';
    const baseline = (await client.get(`/api/v1/courses/${course}/progress`)).body.lessons[0].creditedSeconds;
    const [tabA, tabB] = [randomUUID(), randomUUID()];
    t.advance(1000);
    const a = await client.post(PROGRESS(course, lesson), heartbeat({ sessionId: tabA, intervals: [[0, 10]] }));
    const b = await client.post(PROGRESS(course, lesson), heartbeat({ sessionId: tabB, intervals: [[0, 10]] }));
    assert.equal(b.body.creditedNow, 0);
    assert.ok(a.body.creditedNow <= 10);
    const burst = await client.post(PROGRESS(course, lesson), heartbeat({ sessionId: randomUUID(), intervals: [[0, 24]] }));
    assert.ok(burst.body.creditedNow <= 15, 'first batch of a session earns at most one heartbeat period');
    const final = (await client.get(`/api/v1/courses/${course}/progress`)).body.lessons[0].creditedSeconds;
    assert.ok(final - baseline <= 24);
  });

  it('reading lessons credit active seconds toward the minimum reading time', async () => {
    const client = t.as('m0012');
    const sessionId = randomUUID();
    let last;
    for (let seq = 1; seq <= 4; seq++) {
      t.advance(15_000);
      last = await client.post(PROGRESS('c-falv', 'l-falv-1'), heartbeat({ sessionId, seq, activeSeconds: 15 }));
    }
    assert.ok(last!.body.lesson.creditedSeconds >= 45);
    assert.equal(last!.body.lesson.completed, true);
  });

  it('a resent batch (same seq) is acknowledged without credit', async () => {
    const client = t.as('m0013');
    const batch = heartbeat({ intervals: [[0, 5]] });
    t.advance(5000);
    const first = await client.post(PROGRESS('c-anquan', 'l-anquan-1'), batch);
    const again = await client.post(PROGRESS('c-anquan', 'l-anquan-1'), batch);
    assert.equal(again.status, 200);
    assert.equal(again.body.creditedNow, 0);
    assert.equal(again.body.lesson.creditedSeconds, first.body.lesson.creditedSeconds);
  });

  it('rejects impossible batches (422), other lessons (404), locked sequential lessons (403) and sessions of another lesson', async () => {
    const client = t.as('m0014');
    const bad = await client.post(PROGRESS('c-dangzhang', 'l-dangzhang-1'), heartbeat({ intervals: [[10, 5]] }));
    assert.equal(bad.status, 422);
    assert.deepEqual(bad.body.errors, [{ pointer: '/intervals/0', code: 'out-of-order', detail: 'end is before start' }]);
    const beyond = await client.post(PROGRESS('c-dangzhang', 'l-dangzhang-1'), heartbeat({ intervals: [[500, 510]] }));
    assert.equal(beyond.status, 422);
    assert.equal((await client.post(PROGRESS('c-dangzhang', 'l-nongye-1'), heartbeat())).status, 404);
    assert.equal((await client.post(PROGRESS('c-none', 'l-dangzhang-1'), heartbeat())).status, 404);
    // 党史专题 is sequential: a lesson opens only once every lesson before it is complete.
    t.db.prepare("DELETE FROM lesson_progress WHERE member_id = 'm0014' AND course_id = 'c-dangshi'").run();
    const locked = await client.post(PROGRESS('c-dangshi', 'l-dangshi-2'), heartbeat({ activeSeconds: 5 }));
    assert.equal(locked.status, 403);
    const sessionId = randomUUID();
    for (let seq = 1; seq <= 2; seq++) {
      t.advance(12_000);
      await client.post(PROGRESS('c-dangshi', 'l-dangshi-1'), heartbeat({ sessionId, seq, intervals: [[(seq - 1) * 12, seq * 12]] }));
    }
    assert.equal((await client.post(PROGRESS('c-dangshi', 'l-dangshi-2'), heartbeat({ activeSeconds: 5 }))).status, 200);
    // Lesson 3 waits for every lesson before it, not only for the one just before.
    t.db.prepare("DELETE FROM lesson_progress WHERE member_id = 'm0014' AND course_id = 'c-dangshi'").run();
    t.db
      .prepare("INSERT INTO lesson_progress (member_id, lesson_id, course_id, position_seconds, watched, credited_seconds, completed_at, updated_at) VALUES ('m0014', 'l-dangshi-2', 'c-dangshi', 0, '[]', 60, ?, ?)")
      .run(Date.now(), Date.now());
    assert.equal((await client.post(PROGRESS('c-dangshi', 'l-dangshi-3'), heartbeat({ activeSeconds: 5 }))).status, 403);
    // A lesson already complete stays open to study again.
    assert.equal((await client.post(PROGRESS('c-dangshi', 'l-dangshi-2'), heartbeat({ activeSeconds: 5 }))).status, 200);
    const shared = heartbeat();
    assert.equal((await client.post(PROGRESS('c-dangzhang', 'l-dangzhang-1'), shared)).status, 200);
    const reused = await client.post(PROGRESS('c-dangzhang', 'l-dangzhang-2'), { ...shared, seq: 2 });
    assert.equal(reused.status, 422);
    assert.equal(reused.body.errors[0].pointer, '/sessionId');
    const stolen = await t.as('m0015').post(PROGRESS('c-dangzhang', 'l-dangzhang-1'), { ...shared, seq: 3 });
    assert.equal(stolen.status, 422, "another member's session id is not theirs to extend");
  });

  it('validates the batch against the contract: types, unknown fields, uuid', async () => {
    const client = t.as('member');
    const cases: [unknown, string][] = [
      [{ ...heartbeat(), seq: 'one' }, '/seq'],
      [{ ...heartbeat(), sessionId: 'abc' }, '/sessionId'],
      [{ ...heartbeat(), intervals: [[1]] }, '/intervals/0'],
      [{ ...heartbeat(), intervals: [[0, 'x']] }, '/intervals/0/1'],
      [{ ...heartbeat(), extra: true }, '/extra'],
      [{ ...heartbeat(), activeSeconds: -1 }, '/activeSeconds'],
      [(({ ended: _e, ...rest }) => rest)(heartbeat()), '/ended'],
    ];
    for (const [body, pointer] of cases) {
      const res = await client.post(PROGRESS('c-dangzhang', 'l-dangzhang-1'), body);
      assert.equal(res.status, 400, pointer);
      assert.ok(res.body.errors.some((e: { pointer: string }) => e.pointer === pointer), `${pointer}: ${JSON.stringify(res.body.errors)}`);
    }
  });
});
