import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { measure, mergeIntervals } from '../../../contract/rules/intervals.js';
import { allowedSeek, PlayRecorder } from '../internal/intervals.js';

describe('played intervals', () => {
  it('merges overlapping and touching intervals and drops empty ones', () => {
    assert.deepEqual(mergeIntervals([[10, 20], [0, 5], [5, 8], [15, 25], [30, 30]]), [[0, 8], [10, 25]]);
    assert.equal(measure([[0, 10], [5, 15]]), 15);
  });

  it('records continuous playback as one stretch', () => {
    const r = new PlayRecorder();
    for (let t = 0; t <= 10; t += 0.25) r.observe(t, t * 1000, 1);
    assert.deepEqual(r.take(), [[0, 10]]);
    assert.equal(r.furthest, 10);
  });

  it('hands each second over once: a second take continues where the first ended', () => {
    const r = new PlayRecorder();
    for (let t = 0; t <= 5; t += 0.25) r.observe(t, t * 1000, 1);
    assert.deepEqual(r.take(), [[0, 5]]);
    for (let t = 5.25; t <= 8; t += 0.25) r.observe(t, t * 1000, 1);
    assert.deepEqual(r.take(), [[5, 8]]);
    assert.deepEqual(r.take(), []);
  });

  it('a jump (seek, script) ends a stretch and is not counted as played', () => {
    const r = new PlayRecorder();
    for (let t = 0; t <= 4; t += 0.25) r.observe(t, t * 1000, 1);
    r.observe(20, 4250, 1); // jumped 16 s in a quarter second
    r.observe(20.25, 4500, 1);
    assert.deepEqual(r.take(), [[0, 4], [20, 20.25]]);
    // Play that began past the furthest point does not move it.
    assert.equal(r.furthest, 4);
  });

  it('allows faster steps at a faster rate, but not beyond rate × wall time', () => {
    const r = new PlayRecorder();
    r.observe(0, 0, 1.5);
    r.observe(1.5, 1000, 1.5);
    r.observe(3, 2000, 1.5);
    assert.deepEqual(r.take(), [[0, 3]]);
    r.observe(8, 3000, 1.5); // 5 s of media in 1 s of wall time: a jump
    assert.deepEqual(r.take(), []);
  });

  it('going back ends the stretch; replayed time merges with what was played', () => {
    const r = new PlayRecorder();
    for (let t = 0; t <= 6; t += 0.5) r.observe(t, t * 1000, 1);
    r.cut();
    for (let t = 2; t <= 4; t += 0.5) r.observe(t, 10_000 + t * 1000, 1);
    assert.deepEqual(r.take(), [[0, 6]]);
    assert.equal(r.pendingSeconds, 0);
  });

  it('counts pending stretches, so a batch can go early before it grows', () => {
    const r = new PlayRecorder();
    let wall = 0;
    for (let i = 0; i < 5; i++) {
      r.observe(i * 10, (wall += 100), 1);
      r.observe(i * 10 + 1, (wall += 1000), 1);
      r.cut();
    }
    assert.equal(r.pendingCount(), 5);
    assert.equal(r.pendingSeconds, 5);
  });

  it('keeps seeks within what was watched under the watched policy', () => {
    assert.equal(allowedSeek(50, 30, 'watched'), 30);
    assert.equal(allowedSeek(10, 30, 'watched'), 10);
    assert.equal(allowedSeek(50, 30, 'free', 40), 40);
    assert.equal(allowedSeek(-5, 30, 'free'), 0);
  });
});
