/**
 * Reading time, as the server's credit rule expects it from a reading lesson: the time
 * the document was on screen, the page visible and the member active. Pure: the progress
 * tracker tells it when those conditions change.
 */

/**
 * Whether enough of a document is on screen to be read: a quarter of it, or a quarter
 * of the screen when it is taller than the screen. A sliver at the edge, while the member
 * looks at something else, is not reading.
 */
export function enoughInView(visibleHeight: number, height: number, viewportHeight: number): boolean {
  return height > 0 && visibleHeight > 0 && visibleHeight >= 0.25 * Math.min(height, viewportHeight);
}

/**
 * A stopwatch that runs while the member reads. It counts between the moments the
 * conditions change, not by sampling them on a timer, so time spent in a hidden tab (whose
 * timers the browser slows to once a minute) or in a failed document never counts.
 *
 * @example
 * clock.set(performance.now(), true);   // the document is shown and in view
 * clock.set(performance.now(), false);  // the tab was hidden
 * clock.take(performance.now());        // seconds read since the last take
 */
export class ReadingClock {
  private since: number | undefined;
  private total = 0;

  /** Whether it runs now. */
  get running(): boolean {
    return this.since !== undefined;
  }

  /**
   * From `at` (ms) on, the member reads (`running`) or not. A stop may be dated in the
   * past (when the member went idle), never before the clock last started.
   */
  set(at: number, running: boolean): void {
    if (this.since !== undefined) this.total += Math.max(0, at - this.since);
    this.since = running ? Math.max(at, this.since ?? at) : undefined;
  }

  /** The seconds counted until `now`, starting again from zero. */
  take(now: number): number {
    if (this.since !== undefined && now > this.since) {
      this.total += now - this.since;
      this.since = now;
    }
    const seconds = this.total / 1000;
    this.total = 0;
    return seconds;
  }
}
