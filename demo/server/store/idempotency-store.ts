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
 * response that someone with a copy of the database could read. A member's course-request
 * writes (`{ sealed: true }`) are also kept under a keyed hash of member and key instead of
 * the member's id, so not even "this member wrote then" pairs them with an anonymous request.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../db/database';
import type { Anonymity } from './anonymity';
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

export function createIdempotencyStore(db: Db, anonymity?: Anonymity) {
  const find = db.prepare(
    'SELECT fingerprint, operation, state, status, body, created_at AS createdAt FROM idempotency_keys WHERE member_id = ? AND key = ?',
  );
  const insert = db.prepare(
    "INSERT INTO idempotency_keys (member_id, key, fingerprint, operation, state, status, body, created_at) VALUES (?, ?, ?, ?, 'done', ?, ?, ?)",
  );
  const remove = db.prepare('DELETE FROM idempotency_keys WHERE member_id = ? AND key = ?');
  const purge = db.prepare('DELETE FROM idempotency_keys WHERE created_at < ?');
  let writesSincePurge = 0;

  const sealedOwner = (memberId: string, key: string) => {
    if (!anonymity) throw new Error('sealed idempotency records need the anonymity key');
    return `sealed:${anonymity.tag('idempotency', memberId, key)}`;
  };
  /** The row under `owner`; an expired one is deleted and reported as absent. */
  const live = (owner: string, hashed: string, now: number): StoredKey | null => {
    const row = find.get(owner, hashed) as StoredKey | undefined;
    if (!row) return null;
    if (row.createdAt < now - IDEMPOTENCY_TTL_MS) {
      remove.run(owner, hashed);
      return null;
    }
    return row;
  };

  return {
    /** The live record for a member's key, under their id or sealed (a key belongs to one request either way). */
    find(memberId: string, key: string, now: number): StoredKey | null {
      const hashed = keyHash(key);
      const row = live(memberId, hashed, now) ?? (anonymity ? live(sealedOwner(memberId, key), hashed, now) : null);
      if (!row) return null;
      const open = (value: string | null) => (value === null ? null : unseal(key, value));
      return { ...row, fingerprint: unseal(key, row.fingerprint), operation: open(row.operation), body: open(row.body) };
    },
    /** Stores the finished request's response (a success or its handler's refusal) under its key. */
    record(
      memberId: string,
      key: string,
      request: { fingerprint: string; operation: string },
      status: number,
      body: string,
      now: number,
      options: { sealed?: boolean } = {},
    ): void {
      const owner = options.sealed ? sealedOwner(memberId, key) : memberId;
      insert.run(owner, keyHash(key), seal(key, request.fingerprint), seal(key, request.operation), status, seal(key, body, true), now);
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
