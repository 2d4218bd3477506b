/**
 * Media time played, as intervals `[start, end]` in seconds: what a heartbeat batch
 * reports (`HeartbeatBatch.intervals`). The widget merges what it played before sending;
 * the server merges what it credits; a site whose backend keeps only percentages is given
 * them from the same union (the site module's percent progress).
 */
export type Interval = [start: number, end: number];

/** Intervals travel in milliseconds: pieces this close touch, shorter ones are nothing. */
const MS = 1e-3;

/** Sorted, non-overlapping union of intervals; touching ones merge, empty ones go. */
export function mergeIntervals(intervals: readonly Interval[], epsilon = MS): Interval[] {
  const out: Interval[] = [];
  for (const [start, end] of intervals.filter(([s, e]) => e - s > epsilon).sort((a, b) => a[0] - b[0])) {
    const last = out[out.length - 1];
    if (last && start <= last[1] + epsilon) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/** Total seconds covered by intervals (merged first, so overlaps count once). */
export function measure(intervals: readonly Interval[], epsilon = MS): number {
  return mergeIntervals(intervals, epsilon).reduce((sum, [s, e]) => sum + e - s, 0);
}
