/**
 * Sessions (cookie + CSRF token), bearer tokens and passwords. Session ids and tokens are
 * random 256-bit values; bearer tokens are stored only as SHA-256 hashes.
 */
import { createHash, randomBytes, scrypt, scryptSync, timingSafeEqual } from 'node:crypto';
import type { Db } from '../db/database';
import { MEMBER_COLUMNS, toMemberRecord, type MemberRecord } from './members-store';

export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;

export interface SessionInfo {
  id: string;
  csrfToken: string;
  member: MemberRecord;
}

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** scrypt with a per-password salt: "scrypt$<salt>$<hash>". */
export function hashPassword(password: string, salt = randomBytes(16).toString('base64url')): string {
  return `scrypt$${salt}$${scryptSync(password, salt, 32).toString('base64url')}`;
}

/** Async: scrypt takes tens of milliseconds, which must not stall every other request. */
export function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  const [scheme, salt, hash] = (stored ?? '').split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return Promise.resolve(false);
  const expected = Buffer.from(hash, 'base64url');
  return new Promise((resolve) => {
    scrypt(password, salt, expected.length, (error, actual) => resolve(!error && timingSafeEqual(expected, actual)));
  });
}

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function createAuthStore(db: Db, now: () => number) {
  const sessionLookup = db.prepare(
    `SELECT s.csrf_token, s.expires_at, ${MEMBER_COLUMNS}
       FROM sessions s JOIN members m ON m.id = s.member_id JOIN branches b ON b.id = m.branch_id
      WHERE s.id = ?`,
  );
  const tokenLookup = db.prepare(
    `SELECT ${MEMBER_COLUMNS} FROM api_tokens t JOIN members m ON m.id = t.member_id JOIN branches b ON b.id = m.branch_id
      WHERE t.token_hash = ?`,
  );
  const credentials = db.prepare('SELECT id, password_hash FROM members WHERE username = ?');
  const insertSession = db.prepare('INSERT INTO sessions (id, member_id, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)');
  const deleteSession = db.prepare('DELETE FROM sessions WHERE id = ?');
  const purgeSessions = db.prepare('DELETE FROM sessions WHERE expires_at < ?');
  const insertToken = db.prepare(
    'INSERT OR REPLACE INTO api_tokens (token_hash, member_id, label, created_at) VALUES (?, ?, ?, ?)',
  );
  // A dummy hash so a wrong username costs as much time as a wrong password.
  const dummyHash = hashPassword('not-a-password', 'timing-equaliser');

  return {
    session(id: string): SessionInfo | null {
      const row = sessionLookup.get(id) as (Parameters<typeof toMemberRecord>[0] & { csrf_token: string; expires_at: number }) | undefined;
      if (!row || row.expires_at < now()) return null;
      return { id, csrfToken: row.csrf_token, member: toMemberRecord(row) };
    },
    bearer(token: string): MemberRecord | null {
      const row = tokenLookup.get(sha256(token)) as Parameters<typeof toMemberRecord>[0] | undefined;
      return row ? toMemberRecord(row) : null;
    },
    /** The member id for valid credentials, or null (as slow for unknown users as for wrong passwords). */
    async checkCredentials(username: string, password: string): Promise<string | null> {
      const row = credentials.get(username) as { id: string; password_hash: string | null } | undefined;
      const ok = await verifyPassword(password, row?.password_hash ?? dummyHash);
      return row && row.password_hash !== null && ok ? row.id : null;
    },
    /** A new session for a member whose credentials were checked. */
    startSession(memberId: string): { id: string; csrfToken: string } {
      const at = now();
      purgeSessions.run(at);
      const session = { id: randomToken(), csrfToken: randomToken() };
      insertSession.run(session.id, memberId, session.csrfToken, at, at + SESSION_TTL_MS);
      return session;
    },
    logout(id: string): void {
      deleteSession.run(id);
    },
    /** Registers a bearer token for a member (demo accounts, tests, the benchmark). */
    issueToken(memberId: string, label: string, token = randomToken()): string {
      insertToken.run(sha256(token), memberId, label, now());
      return token;
    },
  };
}

export type AuthStore = ReturnType<typeof createAuthStore>;
