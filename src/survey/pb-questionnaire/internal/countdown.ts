/**
 * Countdown arithmetic for timed quizzes. The server's deadline is the truth; the member's
 * clock may be minutes off, so the widget estimates the difference once (when the server
 * starts the attempt) and counts down on the corrected clock. Pure: times are passed in.
 */

/**
 * Server clock minus local clock, from a server time stamped while a request was under way
 * (`sentAt`/`receivedAt` local): the middle of the round trip is the best guess.
 *
 * @example clockSkew('2026-09-01T08:00:10.000Z', t0, t1) // ≈ 10 000 when the device is 10 s slow
 */
export function clockSkew(serverTime: string, sentAt: number, receivedAt: number): number {
  const server = Date.parse(serverTime);
  if (!Number.isFinite(server)) return 0;
  return Math.round(server - (sentAt + receivedAt) / 2);
}

/** Milliseconds left until `deadline` on the corrected clock; negative once it passed. */
export function remainingMs(deadline: string, now: number, skewMs: number): number {
  const end = Date.parse(deadline);
  if (!Number.isFinite(end)) return Number.POSITIVE_INFINITY;
  return end - (now + skewMs);
}

/**
 * What the timer shows: whole seconds rounded up (it reads 0:01 until the last second is
 * over), as `m:ss` or `h:mm:ss`.
 */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** How urgent the timer looks: the last five minutes are `low`, the last minute `critical`. */
export function urgency(ms: number): 'normal' | 'low' | 'critical' {
  if (ms <= 60_000) return 'critical';
  if (ms <= 300_000) return 'low';
  return 'normal';
}

/**
 * The milestone (in whole minutes left) crossed between two readings, to announce once to
 * screen readers: 5 and 1 minutes.
 */
export function crossedMilestone(previousMs: number, ms: number, milestonesMinutes: readonly number[] = [5, 1]): number | undefined {
  return milestonesMinutes.find((minutes) => previousMs > minutes * 60_000 && ms <= minutes * 60_000 && ms > 0);
}

/**
 * Whether the timer has run out. The widget waits a moment past zero before submitting,
 * so a skew estimate that is a little off does not submit before the server's deadline.
 */
export function hasExpired(ms: number, marginMs = 750): boolean {
  return ms <= -marginMs;
}
