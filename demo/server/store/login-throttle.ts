/**
 * Login throttling: at most 5 failed logins per account and 20 per client address in a
 * 15-minute window; past that the form answers 429 until the window ends, without
 * checking the password (so a locked account tells nothing, not even the right password).
 * Each attempt is counted before its password is checked and given back when it
 * succeeds, so guesses sent in parallel are bounded too. Counts live in the database
 * (migration 6): a restart does not hand out fresh attempts, and processes sharing the
 * database share the counts. Keys are hashed, since people type passwords into the
 * username field.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../db/database';

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const ACCOUNT_FAILURES = 5;
export const ADDRESS_FAILURES = 20;

const keyOf = (kind: 'account' | 'address', value: string) => createHash('sha256').update(`${kind}\n${value}`).digest('base64url');

export function createLoginThrottle(db: Db) {
  const find = db.prepare('SELECT count, window_start AS windowStart FROM login_failures WHERE key = ?');
  const start = db.prepare('INSERT OR REPLACE INTO login_failures (key, count, window_start) VALUES (?, 1, ?)');
  const bump = db.prepare('UPDATE login_failures SET count = count + 1 WHERE key = ?');
  const giveBack = db.prepare('UPDATE login_failures SET count = MAX(count - 1, 0) WHERE key = ?');
  const clear = db.prepare('DELETE FROM login_failures WHERE key = ?');
  const purge = db.prepare('DELETE FROM login_failures WHERE window_start < ?');
  let sincePurge = 0;

  /** The live window of a key, or null when none or it has ended. */
  const windowOf = (key: string, now: number) => {
    const row = find.get(key) as { count: number; windowStart: number } | undefined;
    return row && row.windowStart > now - LOGIN_WINDOW_MS ? row : null;
  };

  return {
    /**
     * Counts an attempt for the account and the address and returns 0, or, when either
     * has used its failures in the current window, counts nothing and returns the seconds
     * until that window ends (for Retry-After).
     */
    begin(username: string, address: string, now: number): number {
      const keys = [
        { key: keyOf('account', username), limit: ACCOUNT_FAILURES },
        { key: keyOf('address', address), limit: ADDRESS_FAILURES },
      ];
      let wait = 0;
      for (const { key, limit } of keys) {
        const w = windowOf(key, now);
        if (w && w.count >= limit) wait = Math.max(wait, Math.ceil((w.windowStart + LOGIN_WINDOW_MS - now) / 1000));
      }
      if (wait) return wait;
      for (const { key } of keys) {
        if (windowOf(key, now)) bump.run(key);
        else start.run(key, now);
      }
      if (++sincePurge >= 200) {
        sincePurge = 0;
        purge.run(now - LOGIN_WINDOW_MS);
      }
      return 0;
    },
    /** The right password: the account starts afresh, and the address gets its attempt back. */
    succeeded(username: string, address: string): void {
      clear.run(keyOf('account', username));
      giveBack.run(keyOf('address', address));
    },
  };
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;
