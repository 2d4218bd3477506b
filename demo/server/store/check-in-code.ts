/**
 * The rotating check-in code of a meeting (its rule is in the contract's checkInMeeting):
 * six digits from an HMAC of the meeting and the current 30-second period under a secret
 * of the meeting's, truncated as HOTP (RFC 4226) does. Here rather than in rules/, which
 * use no Node module.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { checkInWindow, type MeetingTimes } from '../rules/meeting-rules';

/** A code lasts one period; the one before the current is still taken (grace). */
export const CODE_PERIOD_SECONDS = 30;

const sliceOf = (now: number, periodSeconds: number) => Math.floor(now / (periodSeconds * 1000));

/** The six digits of a period: HMAC-SHA256(secret, meeting id and period), truncated as HOTP does. */
export function codeFor(secret: string, meetingId: string, slice: number): string {
  const digest = createHmac('sha256', secret).update(`${meetingId}:${slice}`).digest();
  const offset = digest[digest.length - 1]! & 0x0f;
  const value = digest.readUInt32BE(offset) & 0x7fffffff;
  return String(value % 1_000_000).padStart(6, '0');
}

/** The code a screen shows now and when it changes. */
export function currentCode(secret: string, meetingId: string, now: number, periodSeconds = CODE_PERIOD_SECONDS): { code: string; rotatesAt: number } {
  const slice = sliceOf(now, periodSeconds);
  return { code: codeFor(secret, meetingId, slice), rotatesAt: (slice + 1) * periodSeconds * 1000 };
}

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * A code given at `now`: `ok` when it is the current period's or the one before (grace);
 * `expired` when it was the code of an earlier period of the check-in window (a photo sent
 * home, a code replayed after rotation); otherwise `incorrect`.
 */
export function checkCode(secret: string, meeting: MeetingTimes & { id: string }, code: string, now: number, periodSeconds = CODE_PERIOD_SECONDS): 'ok' | 'expired' | 'incorrect' {
  const slice = sliceOf(now, periodSeconds);
  if (same(code, codeFor(secret, meeting.id, slice)) || same(code, codeFor(secret, meeting.id, slice - 1))) return 'ok';
  const first = sliceOf(checkInWindow(meeting).opensAt, periodSeconds);
  // Only the window's periods can have been shown; at most a day of them is looked at.
  for (let s = slice - 2; s >= Math.max(first, slice - 2880); s--) if (same(code, codeFor(secret, meeting.id, s))) return 'expired';
  return 'incorrect';
}

