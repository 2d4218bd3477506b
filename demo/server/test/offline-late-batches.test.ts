/**
 * Lessons studied offline (a migrant member on a train): the player keeps its heartbeat
 * batches and the outbox sends them hours later, all at once. What the server credits
 * then, under the credit rule as it stands (study-credit.ts: a session is credited at most
 * the wall-clock time since the server first heard from it, plus one heartbeat):
 *
 * - a session the server heard from before the member went offline is credited in full
 *   when its batches arrive hours later, once, and dated when they arrive;
 * - a session the server first hears from when the batches arrive earns one heartbeat.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { heartbeat, TestServer } from './support/harness';

const COURSE = 'c-shichang';
const LESSON = 'l-shichang-1'; // an article: 45 s minimum reading, 600 s reading estimate
const PATH = `/api/v1/courses/${COURSE}/lessons/${LESSON}/progress`;
const HOUR = 3600_000;

describe('heartbeat batches recorded offline and sent hours later', () => {
  let t: TestServer;
  const credits = (member: string) => t.db.prepare('SELECT seconds, at FROM study_credits WHERE member_id = ? AND lesson_id = ?').all(member, LESSON) as { seconds: number; at: number }[];
  const forget = (member: string) => {
    for (const table of ['lesson_progress', 'study_credits', 'study_sessions']) t.db.prepare(`DELETE FROM ${table} WHERE member_id = ? AND lesson_id = ?`).run(member, LESSON);
  };
  /** Forty 15-second batches (600 s of reading), as the player queues them offline. */
  const offlineBatches = (sessionId: string) => Array.from({ length: 40 }, (_, i) => ({ key: randomUUID(), batch: heartbeat({ sessionId, seq: i + 1, activeSeconds: 15, ended: i === 39 }) }));

  before(() => {
    t = new TestServer();
  });
  after(() => t.close());

  it('a session opened online is credited in full when its offline batches arrive three hours later, once', async () => {
    const member = t.as('m0010');
    forget('m0010');
    const sessionId = randomUUID();
    const opened = await member.post(PATH, heartbeat({ sessionId, seq: 0 }));
    assert.equal(opened.body.creditedNow, 0);
    t.advance(3 * HOUR);
    const queued = offlineBatches(sessionId);
    const sentAt = t.clock.now;
    let credited = 0;
    for (const { key, batch } of queued) {
      const res = await member.post(PATH, batch, { key });
      assert.equal(res.status, 200);
      credited += res.body.creditedNow;
      t.advance(50);
    }
    assert.equal(credited, 600);
    assert.equal(credits('m0010').reduce((s, c) => s + c.seconds, 0), 600);
    assert.ok(credits('m0010').every((c) => c.at >= sentAt), 'credit is dated when it arrives, not when the member studied');
    const progress = (await member.get(`/api/v1/courses/${COURSE}/progress`)).body.lessons.find((l: { lessonId: string }) => l.lessonId === LESSON);
    assert.deepEqual([progress.creditedSeconds, progress.completed], [600, true]);

    // The outbox sends them again (it lost the answers): replayed, nothing more credited.
    for (const { key, batch } of queued.slice(0, 5)) {
      const replay = await member.post(PATH, batch, { key });
      assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    }
    // Or with new keys (it lost the keys too): the batches are not new for their session.
    for (const { batch } of queued.slice(0, 5)) assert.equal((await member.post(PATH, batch)).body.creditedNow, 0);
    assert.equal(credits('m0010').reduce((s, c) => s + c.seconds, 0), 600);
  });

  it('a session the server first hears from when the batches arrive earns one heartbeat period', async () => {
    const member = t.as('m0011');
    forget('m0011');
    t.advance(3 * HOUR);
    let credited = 0;
    for (const { key, batch } of offlineBatches(randomUUID())) {
      credited += (await member.post(PATH, batch, { key })).body.creditedNow;
      t.advance(50);
    }
    // 15 s of grace plus the 2 s the burst took to arrive.
    assert.ok(credited <= 15 + 2 + 0.001, `credited ${credited} s`);
    assert.ok(credited >= 15, `credited ${credited} s`);
  });
});
