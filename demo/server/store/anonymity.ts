/**
 * The secret that keeps anonymous course requests anonymous in the database. The server
 * must know which anonymous request is a member's (to show it as theirs and count their
 * voice once) without the database saying so: such links are stored as keyed hashes of
 * the request and the member (`tag`), and the idempotency records of members' course-request
 * writes are sealed with it. Whoever reads the database without this key cannot pair an
 * anonymous request with anyone.
 *
 * The key is never stored in the database: `PB_ANONYMITY_KEY` (64 hex digits), or a file
 * beside the database created on first run (keep it elsewhere in production).
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export interface Anonymity {
  /** A keyed hash of the parts: names a member's link to a record without naming the member. */
  tag(...parts: string[]): string;
  /** Encrypts text (AES-256-GCM, a fresh nonce each time, so equal texts look different). */
  seal(text: string): string;
  /** The text `seal` made, or null when it was not made with this key. */
  open(sealed: string): string | null;
}

const KEY_BYTES = 32;

export function createAnonymity(key: Buffer): Anonymity {
  if (key.length !== KEY_BYTES) throw new Error(`the anonymity key must be ${KEY_BYTES} bytes`);
  const derive = (purpose: string) => createHmac('sha256', key).update(purpose).digest();
  const tagKey = derive('tag');
  const sealKey = derive('seal');
  return {
    tag: (...parts) => createHmac('sha256', tagKey).update(parts.join('\n')).digest('base64url'),
    seal(text) {
      const nonce = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', sealKey, nonce);
      const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return Buffer.concat([nonce, cipher.getAuthTag(), body]).toString('base64url');
    },
    open(sealed) {
      try {
        const bytes = Buffer.from(sealed, 'base64url');
        const decipher = createDecipheriv('aes-256-gcm', sealKey, bytes.subarray(0, 12));
        decipher.setAuthTag(bytes.subarray(12, 28));
        return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
      } catch {
        return null;
      }
    },
  };
}

/**
 * The key for a database: `PB_ANONYMITY_KEY`, else `<dbPath>.anonymity-key` (made on first
 * use, readable by the owner only); an in-memory database gets a fresh one.
 */
export function loadAnonymityKey(dbPath: string, env: NodeJS.ProcessEnv = process.env): Buffer {
  const fromEnv = env.PB_ANONYMITY_KEY;
  if (fromEnv) {
    if (!/^[0-9a-fA-F]{64}$/.test(fromEnv)) throw new Error('PB_ANONYMITY_KEY must be 64 hexadecimal digits (32 bytes)');
    return Buffer.from(fromEnv, 'hex');
  }
  if (dbPath === ':memory:') return randomBytes(KEY_BYTES);
  const file = `${dbPath}.anonymity-key`;
  if (existsSync(file)) {
    const text = readFileSync(file, 'utf8').trim();
    if (/^[0-9a-fA-F]{64}$/.test(text)) return Buffer.from(text, 'hex');
    throw new Error(`${file} does not hold a 64-digit hexadecimal key`);
  }
  const key = randomBytes(KEY_BYTES);
  writeFileSync(file, `${key.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  return key;
}
