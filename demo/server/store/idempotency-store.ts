/**
 * Idempotency keys per member, kept 24 h. The operation wrapper records a key in the same
 * transaction as the write it protects, so a write and its stored response land together.
 * A key belongs to one request (`operation` and `fingerprint`), whatever its handler
 * answered: a refusal is stored like a success, so the key cannot be spent elsewhere.
 * That transaction is never visible half-done, so the key is stored finished in one insert;
 * `running` exists for servers that record the key in a transaction of its own first (several
 * processes over one database), and is answered with 409 when found.
 *
 * Records are sealed with the key (idempotency-seal.ts): the table holds no key, request or
 * response that someone with a copy of the database could read.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../db/database';
import { keyHash, seal, unseal } from './idempotency-seal';

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

export interface StoredKey {
  fingerprint: string;
  /** `METHOD /path` of the request that first used the key (null for keys stored before migration 6). */
  operation: string | null;
  state: 'running' | 'done';
  status: number | null;
  body: string | null;
  createdAt: number;
}

export function requestFingerprint(method: string, path: string, body: string): string {
  return createHash('sha256').update(`${method} ${path}\n${body}`).digest('base64url');
}

export function createIdempotencyStore(db: Db) {
  const find = db.prepare(
    'SELECT fingerprint, operation, state, status, body, created_at AS createdAt FROM idempotency_keys WHERE member_id = ? AND key = ?',
  );
  const insert = db.prepare(
    "INSERT INTO idempotency_keys (member_id, key, fingerprint, operation, state, status, body, created_at) VALUES (?, ?, ?, ?, 'done', ?, ?, ?)",
  );
  const remove = db.prepare('DELETE FROM idempotency_keys WHERE member_id = ? AND key = ?');
  const purge = db.prepare('DELETE FROM idempotency_keys WHERE created_at < ?');
  let writesSincePurge = 0;

  return {
    /** The live record for a key; an expired one is deleted and reported as absent. */
    find(memberId: string, key: string, now: number): StoredKey | null {
      const hashed = keyHash(key);
      const row = find.get(memberId, hashed) as StoredKey | undefined;
      if (!row) return null;
      if (row.createdAt < now - IDEMPOTENCY_TTL_MS) {
        remove.run(memberId, hashed);
        return null;
      }
      const open = (value: string | null) => (value === null ? null : unseal(key, value));
      return { ...row, fingerprint: unseal(key, row.fingerprint), operation: open(row.operation), body: open(row.body) };
    },
    /** Stores the finished request's response (a success or its handler's refusal) under its key. */
    record(memberId: string, key: string, request: { fingerprint: string; operation: string }, status: number, body: string, now: number): void {
      insert.run(memberId, keyHash(key), seal(key, request.fingerprint), seal(key, request.operation), status, seal(key, body, true), now);
      // Expired keys are swept now and then rather than by a timer, so tests with an
      // injected clock see the same behaviour as the running server.
      if (++writesSincePurge >= 500) {
        writesSincePurge = 0;
        purge.run(now - IDEMPOTENCY_TTL_MS);
      }
    },
  };
}

export type IdempotencyStore = ReturnType<typeof createIdempotencyStore>;
