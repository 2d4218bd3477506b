/**
 * Idempotency keys per member, kept 24 h. The operation wrapper records a key in the same
 * transaction as the write it protects, so a write and its stored response land together.
 * A key belongs to one request (`operation` and `fingerprint`), whatever its handler
 * answered: a refusal is stored like a success, so the key cannot be spent elsewhere.
 * That transaction is never visible half-done, so the key is stored finished in one insert;
 * `running` exists for servers that record the key in a transaction of its own first (several
 * processes over one database), and is answered with 409 when found.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../db/database';
import type { Anonymity } from './anonymity';

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

/**
 * A sealed record (`{ sealed: true }`, for members' course-request writes) names neither the
 * member nor the request: it is kept under a keyed hash of member and key, and its
 * operation, fingerprint, status and response are encrypted together. A plain record would
 * pair the member with the anonymous request its response describes.
 */
interface SealedContent {
  fingerprint: string;
  operation: string;
  status: number;
  body: string;
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
  const live = (owner: string, key: string, now: number): StoredKey | null => {
    const row = find.get(owner, key) as StoredKey | undefined;
    if (!row) return null;
    if (row.createdAt < now - IDEMPOTENCY_TTL_MS) {
      remove.run(owner, key);
      return null;
    }
    return row;
  };

  return {
    /**
     * The live record for a member's key, plain or sealed (a key belongs to one request
     * either way); an expired one is deleted and reported as absent.
     */
    find(memberId: string, key: string, now: number): StoredKey | null {
      const plain = live(memberId, key, now);
      if (plain || !anonymity) return plain;
      const row = live(sealedOwner(memberId, key), key, now);
      const text = row?.body ? anonymity.open(row.body) : null;
      if (!row || text === null) return null;
      const content = JSON.parse(text) as SealedContent;
      return { fingerprint: content.fingerprint, operation: content.operation, state: row.state, status: content.status, body: content.body, createdAt: row.createdAt };
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
      if (options.sealed) {
        const content: SealedContent = { fingerprint: request.fingerprint, operation: request.operation, status, body };
        insert.run(sealedOwner(memberId, key), key, 'sealed', null, null, anonymity!.seal(JSON.stringify(content)), now);
      } else insert.run(memberId, key, request.fingerprint, request.operation, status, body, now);
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
