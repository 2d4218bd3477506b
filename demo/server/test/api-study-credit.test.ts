/**
 * Study credit is bounded by real time per member, whatever number of sessions, lessons,
 * courses or devices claim it at once (issue 15, security item 2). Each attack runs against
 * the real app; the figures it measured are printed as test diagnostics.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { heartbeat, TestServer, type Client } from './support/harness';

const PROGRESS = (course: string, lesson: string) => `/api/v1/courses/${course}/lessons/${lesson}/progress`;
/** `policy.heartbeatSeconds` of every seeded course: the one period of grace the rule allows. */
const GRACE = 15;

type Receipt = { status: number; body: { creditedNow: number; lesson: { creditedSeconds: number; completed: boolean; coverage: number } } };

const sum = (receipts: Receipt[]) => Math.round(receipts.reduce((s, r) => s + (r.status === 200 ? r.body.creditedNow : 0), 0) * 1000) / 1000;

/** Starts a member's lessons afresh (the seed gives members progress of their own). */
function forget(t: TestServer, memberId: string, ...lessonIds: string[]): void {
  for (const lessonId of lessonIds) t.db.prepare('DELETE FROM lesson_progress WHERE member_id = ? AND lesson_id = ?').run(memberId, lessonId);
}

async function completedCourses(client: Client): Promise<number> {
  const res = await client.get('/api/v1/courses?limit=100');
  return res.body.items.filter((c: { progress: { completed: boolean } }) => c.progress.completed).length;
}

async function studyHoursAndRank(t: TestServer, memberId: string): Promise<{ hours: number; rank: number }> {
  const res = await t.as('member').get('/api/v1/leaderboard?metric=study-hours&scope=members&period=week&limit=100');
  let page = res.body;
  for (;;) {
    const entry = page.items.find((e: { id: string }) => e.id === memberId);
    if (entry) return { hours: entry.value, rank: entry.rank };
    assert.ok(page.nextCursor, `${memberId} is on the leaderboard`);
    page = (await t.as('member').get(`/api/v1/leaderboard?limit=100&cursor=${page.nextCursor}`)).body;
  }
}

describe('study credit per member (parallel sessions, replays, clock games)', () => {
  let t: TestServer;
  before(() => {
    t = new TestServer();
  });
  after(() => t.close());

  it('80 parallel sessions on one reading lesson within 0.1 s earn at most one heartbeat period', async (ctx) => {
    const client = t.as('m0033'); // has never studied
    t.advance(60_000);
    const batches = Array.from({ length: 80 }, () => heartbeat({ activeSeconds: 15 }));
    const receipts = (await Promise.all(batches.map((b) => client.post(PROGRESS('c-dangzhang', 'l-dangzhang-3'), b)))) as Receipt[];
    t.advance(100);
    assert.deepEqual(new Set(receipts.map((r) => r.status)), new Set([200]));
    const credited = sum(receipts);
    ctx.diagnostic(`80 parallel sessions in 0.1 s credited ${credited} s`);
    assert.ok(credited <= 0.1 + GRACE, `credited ${credited} s in 0.1 s of wall time`);
    assert.equal(receipts.filter((r) => r.body.creditedNow > 0).length, 1, 'one session earns, the others wait');

    // Replaying every batch (same session, same seq, fresh idempotency keys) earns nothing more.
    const replayed = (await Promise.all(batches.map((b) => client.post(PROGRESS('c-dangzhang', 'l-dangzhang-3'), b)))) as Receipt[];
    assert.equal(sum(replayed), 0);
    const progress = await client.get('/api/v1/courses/c-dangzhang/progress');
    assert.equal(progress.body.lessons[2].creditedSeconds, credited);
  });

  it('claiming every lesson of every course at once: no more than the time that passed, no course completed, no leaderboard jump', async (ctx) => {
    const member = 'm0016'; // has never studied
    const client = t.as(member);
    const before = { courses: await completedCourses(client), ...(await studyHoursAndRank(t, member)) };
    const courses = (await client.get('/api/v1/courses?limit=100')).body.items as { id: string }[];
    const lessons: { course: string; id: string; duration: number }[] = [];
    for (const c of courses) {
      const detail = (await client.get(`/api/v1/courses/${c.id}`)).body;
      for (const l of detail.lessons) lessons.push({ course: c.id, id: l.id, duration: l.durationSeconds });
    }
    const started = t.clock.now;
    let credited = 0;
    // Four rounds, so that the lessons of sequential courses would open one after another;
    // ten sessions per lesson per round, each claiming the whole lesson.
    for (let round = 0; round < 4; round++) {
      const receipts = (await Promise.all(
        lessons.flatMap((l) =>
          Array.from({ length: 10 }, () =>
            client.post(PROGRESS(l.course, l.id), heartbeat({ intervals: [[0, l.duration]], activeSeconds: 3600 })),
          ),
        ),
      )) as Receipt[];
      credited += sum(receipts);
      t.advance(250);
    }
    const elapsed = (t.clock.now - started) / 1000;
    const afterAttack = { courses: await completedCourses(client), ...(await studyHoursAndRank(t, member)) };
    const progress = await Promise.all(courses.map((c) => client.get(`/api/v1/courses/${c.id}/progress`)));
    const completedLessons = progress.flatMap((p) => p.body.lessons).filter((l: { completed: boolean }) => l.completed).length;
    ctx.diagnostic(
      `claim-everything in ${elapsed} s: credited ${credited} s (${afterAttack.hours} 学时 this week), ` +
        `completed courses ${before.courses} → ${afterAttack.courses}, lessons completed ${completedLessons}, ` +
        `study-hours rank ${before.rank} → ${afterAttack.rank}`,
    );
    assert.ok(credited <= elapsed + GRACE, `credited ${credited} s in ${elapsed} s`);
    assert.equal(afterAttack.courses, before.courses);
    // One heartbeat of grace at the fastest allowed playback (2×) covers 30 s: one 24 s video at most.
    assert.ok(completedLessons <= 1, `${completedLessons} lessons completed`);
    assert.equal(afterAttack.rank, before.rank, 'the study leaderboard does not move for 15 s of credit');
  });

  it('media coverage is bounded per member too: sessions on different videos share one clock', async () => {
    const client = t.as('m0040');
    t.advance(60_000);
    const videos = [
      ['c-nongye', 'l-nongye-1'],
      ['c-shichang', 'l-shichang-2'],
      ['c-anquan', 'l-anquan-1'],
      ['c-nongye', 'l-nongye-2'],
      ['c-shichang', 'l-shichang-3'],
    ] as const;
    const before = await Promise.all(videos.map(([c]) => client.get(`/api/v1/courses/${c}/progress`)));
    const watchedBefore = before.reduce((s, p, i) => s + p.body.lessons.find((l: { lessonId: string }) => l.lessonId === videos[i]![1]).coverage * 24, 0);
    await Promise.all(videos.map(([c, l]) => client.post(PROGRESS(c, l), heartbeat({ intervals: [[0, 24]] }))));
    const afterClaims = await Promise.all(videos.map(([c]) => client.get(`/api/v1/courses/${c}/progress`)));
    const watchedAfter = afterClaims.reduce((s, p, i) => s + p.body.lessons.find((l: { lessonId: string }) => l.lessonId === videos[i]![1]).coverage * 24, 0);
    // 15 s of grace at 2×: 30 s of media across all five lessons, not 5 × 24.
    assert.ok(watchedAfter - watchedBefore <= GRACE * 2 + 0.1, `covered ${watchedAfter - watchedBefore} s of media`);
  });

  it('a client reporting huge activeSeconds is credited the time that passed, across its batches', async () => {
    const client = t.as('m0041');
    forget(t, 'm0041', 'l-dangwu-2');
    const sessionId = randomUUID();
    await client.post(PROGRESS('c-dangwu', 'l-dangwu-2'), heartbeat({ sessionId, seq: 0 }));
    let credited = 0;
    for (let seq = 1; seq <= 5; seq++) {
      t.advance(10_000);
      credited += ((await client.post(PROGRESS('c-dangwu', 'l-dangwu-2'), heartbeat({ sessionId, seq, activeSeconds: 3600 }))) as Receipt).body.creditedNow;
    }
    assert.ok(credited <= 50 + GRACE, `credited ${credited} s in 50 s`);
  });

  it('a session reused after time passes cannot claim time already credited to another lesson', async () => {
    const client = t.as('m0042');
    forget(t, 'm0042', 'l-dangwu-1', 'l-dangzhang-3');
    const old = randomUUID();
    t.advance(60_000);
    await client.post(PROGRESS('c-dangwu', 'l-dangwu-1'), heartbeat({ sessionId: old, seq: 0 }));
    // Ten minutes of honest reading in another lesson, in 15 s heartbeats, then the tab closes.
    const reading = randomUUID();
    let honest = 0;
    for (let seq = 0; seq < 40; seq++) {
      t.advance(15_000);
      honest += ((await client.post(PROGRESS('c-dangzhang', 'l-dangzhang-3'), heartbeat({ sessionId: reading, seq, activeSeconds: 15, ended: seq === 39 }))) as Receipt).body.creditedNow;
    }
    assert.ok(honest >= 585, `honest reading credited ${honest} s of 600`);
    t.advance(30_000);
    // The old session wakes up and claims the whole ten and a half minutes for its own lesson.
    const claim = (await client.post(PROGRESS('c-dangwu', 'l-dangwu-1'), heartbeat({ sessionId: old, seq: 1, activeSeconds: 630 }))) as Receipt;
    assert.ok(claim.body.creditedNow <= 30 + GRACE, `the reused session was credited ${claim.body.creditedNow} s`);
  });

  it('one lesson studied while another tab plays a second: the first earns in full, the other waits its turn', async () => {
    const client = t.as('m0043');
    forget(t, 'm0043', 'l-lianzheng-2', 'l-anquan-1');
    const [reading, video] = [randomUUID(), randomUUID()];
    t.advance(60_000);
    let readingCredit = 0;
    let videoCredit = 0;
    for (let seq = 0; seq < 20; seq++) {
      t.advance(7_000);
      readingCredit += ((await client.post(PROGRESS('c-lianzheng', 'l-lianzheng-2'), heartbeat({ sessionId: reading, seq, activeSeconds: 15 }))) as Receipt).body.creditedNow;
      t.advance(8_000);
      videoCredit += ((await client.post(PROGRESS('c-anquan', 'l-anquan-1'), heartbeat({ sessionId: video, seq, intervals: [[seq, seq + 1]] }))) as Receipt).body.creditedNow;
    }
    assert.ok(readingCredit >= 20 * 15 - 1, `the reading was credited ${readingCredit} s of 300`);
    assert.equal(videoCredit, 0);
    // The reader closes the lesson; the other tab takes over after the last credited period.
    await client.post(PROGRESS('c-lianzheng', 'l-lianzheng-2'), heartbeat({ sessionId: reading, seq: 20, ended: true }));
    t.advance(15_000);
    const turn = (await client.post(PROGRESS('c-anquan', 'l-anquan-1'), heartbeat({ sessionId: video, seq: 20, intervals: [[20, 24]] }))) as Receipt;
    assert.ok(turn.body.creditedNow > 0, 'the waiting tab earns once the reader has left');
  });

  it('one video at 1.5× is covered and credited the wall-clock time it took', async () => {
    const client = t.as('m0044');
    forget(t, 'm0044', 'l-dangzhang-1');
    const sessionId = randomUUID();
    t.advance(60_000);
    await client.post(PROGRESS('c-dangzhang', 'l-dangzhang-1'), heartbeat({ sessionId, seq: 0 }));
    let credited = 0;
    let last: Receipt | undefined;
    for (let seq = 1; seq <= 2; seq++) {
      t.advance(8_000); // 12 s of media in 8 s
      last = (await client.post(PROGRESS('c-dangzhang', 'l-dangzhang-1'), heartbeat({ sessionId, seq, position: seq * 12, intervals: [[(seq - 1) * 12, seq * 12]] }))) as Receipt;
      credited += last.body.creditedNow;
    }
    assert.equal(last!.body.lesson.completed, true);
    assert.ok(credited >= 16 && credited <= 16 + GRACE, `credited ${credited} s for 16 s`);
  });
});
