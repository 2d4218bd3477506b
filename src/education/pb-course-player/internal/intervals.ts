/**
 * Media time actually played, as intervals (the contract's, `src/contract/rules/intervals.ts`).
 * Pure (no DOM): the progress tracker feeds it the media clock and the wall clock, and it
 * tells real playback from jumps (a seek, a script setting `currentTime`, a stalled tab
 * catching up) by how far the media clock moved against the time that passed.
 */
import { measure, mergeIntervals, type Interval } from '../../../contract/rules/intervals.js';

const EPSILON = 1e-3;

/** Seconds rounded to milliseconds, as they travel in a heartbeat batch. */
export const ms = (seconds: number): number => Math.round(seconds * 1000) / 1000;

/**
 * Records the stretches of media time played, from observations of the media clock.
 *
 * @example
 * const recorder = new PlayRecorder();
 * media.addEventListener('timeupdate', () => recorder.observe(media.currentTime, performance.now(), media.playbackRate));
 * media.addEventListener('seeking', () => recorder.cut());
 * const batch = { intervals: recorder.take() };
 */
export class PlayRecorder {
  /** The stretch being played now: [start, end] in media time. */
  private open: Interval | undefined;
  private wall = 0;
  private done: Interval[] = [];
  /** The furthest point reached by playing (not by jumping). */
  furthest: number;

  /**
   * @param slack seconds of media time a step may exceed `rate × wall time` by (timer
   *   jitter, the first frame after a resume) and still count as playback.
   */
  constructor(furthest = 0, private readonly slack = 1) {
    this.furthest = furthest;
  }

  /** The media clock reads `time` at wall-clock `wallMs` while playing at `rate`. */
  observe(time: number, wallMs: number, rate: number): void {
    const open = this.open;
    const step = open ? time - open[1] : -1;
    const allowed = ((wallMs - this.wall) / 1000) * Math.max(rate, 0) + this.slack;
    if (open && step >= -EPSILON && step <= allowed) {
      open[1] = Math.max(open[1], time);
      // Only play that began within reach counts as reaching further: a stretch that
      // started past the furthest point came from a jump, not from watching.
      if (open[0] <= this.furthest + this.slack) this.furthest = Math.max(this.furthest, open[1]);
    } else {
      this.cut();
      this.open = [time, time];
    }
    this.wall = wallMs;
  }

  /** Playback stopped or jumped: the current stretch ends where it got to. */
  cut(): void {
    if (this.open) this.done.push(this.open);
    this.open = undefined;
  }

  /** Seconds played and not yet taken. */
  get pendingSeconds(): number {
    return measure(this.open ? [...this.done, this.open] : this.done);
  }

  /** How many separate stretches wait to be taken (a batch's size grows with it). */
  pendingCount(): number {
    return mergeIntervals(this.open ? [...this.done, this.open] : this.done).length;
  }

  /**
   * Hands over what was played since the last call. A stretch still playing is split at
   * its current end, so nothing is handed over twice.
   */
  take(): Interval[] {
    if (this.open) {
      this.done.push([...this.open]);
      this.open = [this.open[1], this.open[1]];
    }
    const taken = mergeIntervals(this.done).map(([s, e]) => [ms(s), ms(e)] as Interval);
    this.done = [];
    return taken;
  }
}

/**
 * Where a seek may land under the course policy: anywhere with `free`; with `watched`,
 * never past the furthest point watched (going back is always allowed).
 */
export function allowedSeek(target: number, furthest: number, allowSeek: 'free' | 'watched', duration = Infinity): number {
  const inside = Math.min(Math.max(0, target), duration);
  return allowSeek === 'watched' ? Math.min(inside, furthest) : inside;
}
