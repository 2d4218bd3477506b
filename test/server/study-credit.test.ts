import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  creditBatch,
  mergeIntervals,
  subtractIntervals,
  type LessonCreditState,
  type LessonRules,
  type SessionCreditState,
} from '../../demo/server/rules/study-credit';

const video: LessonRules = { kind: 'video', durationSeconds: 600, minReadingSeconds: null, completionCoverage: 0.9, heartbeatSeconds: 15, maxPlaybackRate: 1 };
const article: LessonRules = { kind: 'article', durationSeconds: 600, minReadingSeconds: 120, completionCoverage: 0.9, heartbeatSeconds: 15, maxPlaybackRate: 1 };
const fresh = (): LessonCreditState => ({ watched: [], creditedSeconds: 0, completed: false });
const T = 1_790_000_000_000;
const s = (seconds: number) => T + seconds * 1000;

/** Plays batches through one session, as the server would store them. */
function play(rules: LessonRules, batches: { at: number; intervals?: [number, number][]; active?: number; seq?: number }[], lesson = fresh()) {
  let session: SessionCreditState | null = null;
  let state = lesson;
  let total = 0;
  batches.forEach((b, i) => {
    const out = creditBatch(rules, state, session, { seq: b.seq ?? i + 1, intervals: b.intervals ?? [], activeSeconds: b.active ?? 0 }, b.at);
    session = out.session;
    state = out.lesson;
    total += out.creditedNow;
  });
  return { state, total, session: session! };
}

describe('interval arithmetic', () => {
  it('merges overlapping and touching intervals', () => {
    assert.deepEqual(mergeIntervals([[10, 20], [0, 5], [15, 30], [30, 31]]), [[0, 5], [10, 31]]);
  });
  it('subtracts what is already covered', () => {
    assert.deepEqual(subtractIntervals([[0, 30]], [[5, 10], [20, 25]]), [[0, 5], [10, 20], [25, 30]]);
    assert.deepEqual(subtractIntervals([[0, 10]], [[0, 10]]), []);
  });
});

describe('study credit', () => {
  it('credits real-time playback in full', () => {
    const { total, state } = play(video, [
      { at: s(15), intervals: [[0, 15]] },
      { at: s(30), intervals: [[15, 30]] },
      { at: s(45), intervals: [[30, 45]] },
    ]);
    assert.equal(total, 45);
    assert.deepEqual(state.watched, [[0, 45]]);
  });

  it('at the allowed 1.5× a lesson is fully covered, and credited the wall-clock time it took', () => {
    const fast = { ...video, maxPlaybackRate: 1.5, durationSeconds: 90 };
    // 90 s of media played in 60 s of wall clock (a first empty batch opens the session at 0).
    const { total, state } = play(fast, [
      { at: s(0), intervals: [] },
      { at: s(20), intervals: [[0, 30]] },
      { at: s(40), intervals: [[30, 60]] },
      { at: s(60), intervals: [[60, 90]] },
    ]);
    assert.deepEqual(state.watched, [[0, 90]]);
    assert.equal(state.completed, true);
    assert.ok(total <= 60 + fast.heartbeatSeconds, `credited ${total} s for 60 s of wall clock`);
    assert.ok(total >= 60, `credited only ${total} s`);
  });

  it('a batch claiming more media than the allowed speed could play covers only what could have been played', () => {
    const fast = { ...video, maxPlaybackRate: 1.5 };
    const { state } = play(fast, [
      { at: s(0), intervals: [] },
      { at: s(10), intervals: [[0, 300]] },
    ]);
    // (10 s + one 15 s heartbeat of grace) × 1.5 = 37.5 s of media.
    assert.deepEqual(state.watched, [[0, 37.5]]);
  });

  it('overlapping intervals (rewatching, seeking back) are credited once', () => {
    const { total, state } = play(video, [
      { at: s(15), intervals: [[0, 15]] },
      { at: s(30), intervals: [[5, 20]] }, // went back 10 s
      { at: s(45), intervals: [[10, 25], [20, 30]] },
    ]);
    assert.equal(total, 30);
    assert.deepEqual(state.watched, [[0, 30]]);
    assert.equal(state.creditedSeconds, 30);
  });

  it('heartbeats claiming more than real time are capped at wall-clock time plus one heartbeat', () => {
    // 60 s of media claimed after 10 s: at most 10 + 15.
    const first = play(video, [{ at: s(10), intervals: [[0, 60]] }]);
    assert.equal(first.total, 15);
    const fast = play(video, [
      { at: s(10), intervals: [[0, 60]] },
      { at: s(20), intervals: [[60, 120]] },
      { at: s(30), intervals: [[120, 180]] },
    ]);
    // 20 s between the session's first and last batch, plus one heartbeat period.
    assert.equal(fast.total, 20 + 15);
    // Only what was credited counts as watched, so coverage cannot run ahead of credit.
    assert.equal(fast.state.watched.reduce((sum, [a, b]) => sum + b - a, 0), fast.total);
  });

  it('2× playback earns wall-clock time, not media time', () => {
    const { total } = play(video, [
      { at: s(15), intervals: [[0, 30]] },
      { at: s(30), intervals: [[30, 60]] },
      { at: s(45), intervals: [[60, 90]] },
    ]);
    // 90 s of media in 30 s between first and last batch: 30 + 15 credited.
    assert.equal(total, 45);
  });

  it('two tabs playing the same lesson at once are not credited twice', () => {
    const tabA = play(video, [
      { at: s(15), intervals: [[0, 15]] },
      { at: s(30), intervals: [[15, 30]] },
    ]);
    // Tab B starts afterwards from the lesson state tab A left, replaying the same stretch.
    const tabB = play(video, [
      { at: s(16), intervals: [[0, 15]] },
      { at: s(31), intervals: [[15, 30]] },
    ], tabA.state);
    assert.equal(tabA.total, 30);
    assert.equal(tabB.total, 0);
    assert.equal(tabB.state.creditedSeconds, 30);
  });

  it('a repeated or older seq of a session is acknowledged without credit', () => {
    const first = creditBatch(video, fresh(), null, { seq: 5, intervals: [[0, 10]], activeSeconds: 0 }, s(10));
    const again = creditBatch(video, first.lesson, first.session, { seq: 5, intervals: [[10, 20]], activeSeconds: 0 }, s(20));
    assert.equal(again.duplicate, true);
    assert.equal(again.creditedNow, 0);
    const older = creditBatch(video, first.lesson, first.session, { seq: 4, intervals: [[10, 20]], activeSeconds: 0 }, s(20));
    assert.equal(older.creditedNow, 0);
  });

  it('intervals beyond the end of the media are clipped', () => {
    const { total } = play(video, [{ at: s(3600), intervals: [[590, 700]] }]);
    assert.equal(total, 10);
  });

  it('a video is complete at 90 % coverage, not before', () => {
    const almost = play(video, Array.from({ length: 36 }, (_, i) => ({ at: s(15 * (i + 1)), intervals: [[15 * i, 15 * (i + 1)]] as [number, number][] })));
    assert.equal(almost.state.creditedSeconds, 540);
    assert.equal(almost.state.completed, true); // 540 / 600 = 0.9
    const short = play(video, Array.from({ length: 35 }, (_, i) => ({ at: s(15 * (i + 1)), intervals: [[15 * i, 15 * (i + 1)]] as [number, number][] })));
    assert.equal(short.state.completed, false);
    assert.equal(creditBatch({ ...video, completionCoverage: 0.5 }, short.state, null, { seq: 1, intervals: [], activeSeconds: 0 }, s(1)).lesson.completed, true);
  });

  it('reading: active seconds, capped by wall clock, complete at the minimum reading time, never above the reading estimate', () => {
    const slow = play(article, [
      { at: s(15), active: 15 },
      { at: s(30), active: 15 },
      { at: s(45), active: 60 }, // claims more than elapsed
    ]);
    assert.equal(slow.total, 30 + 15);
    assert.equal(slow.state.completed, false);
    const done = play(article, Array.from({ length: 9 }, (_, i) => ({ at: s(15 * (i + 1)), active: 15 })));
    assert.equal(done.state.creditedSeconds, 135);
    assert.equal(done.state.completed, true);
    const capped = play(article, Array.from({ length: 50 }, (_, i) => ({ at: s(15 * (i + 1)), active: 15 })));
    assert.equal(capped.state.creditedSeconds, 600);
  });
});
