/**
 * How an idempotency record is stored: the key only as a hash, the request fingerprint and
 * the response encrypted with a key derived from the `Idempotency-Key` itself. The server
 * needs them only when the same key comes back, and then it has the key; someone holding a
 * copy of the database does not. Without this, the records of an anonymous questionnaire
 * named the member next to their answers for a day: a draft's stored response holds them,
 * and the fingerprint of a submission (sha256 of its body) can be matched by trying the
 * anonymous answers. Responses are padded to a power of two (at least 1 KB), so their
 * length does not tell a long answer from a short one.
 *
 * Format `v1.` + base64url(iv ‖ tag ‖ AES-256-GCM ciphertext); a later format gets a new
 * prefix, and this one stays readable (migration 8 sealed the records stored before it).
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const FORMAT = 'v1.';
const MIN_PADDED = 1024;

function derive(label: string, key: string): Buffer {
  return createHash('sha256').update(`pb-idempotency ${label}\0${key}`).digest();
}

/** What the `key` column holds for a key. */
export function keyHash(key: string): string {
  return derive('lookup', key).toString('base64url');
}

/** The text's length, the text, and zeros up to the padded size. */
function framed(text: string, pad: boolean): Buffer {
  const bytes = Buffer.from(text, 'utf8');
  let size = bytes.length + 4;
  if (pad) {
    let bucket = MIN_PADDED;
    while (bucket < size) bucket *= 2;
    size = bucket;
  }
  const out = Buffer.alloc(size);
  out.writeUInt32BE(bytes.length, 0);
  bytes.copy(out, 4);
  return out;
}

/** Encrypts `text` under `key`; `pad` hides its length. */
export function seal(key: string, text: string, pad = false): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', derive('seal', key), iv);
  const data = Buffer.concat([cipher.update(framed(text, pad)), cipher.final()]);
  return FORMAT + Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64url');
}

/** The text sealed under `key`; throws if it was sealed under another key or altered. */
export function unseal(key: string, sealed: string): string {
  if (!sealed.startsWith(FORMAT)) throw new Error('not a sealed idempotency value');
  const raw = Buffer.from(sealed.slice(FORMAT.length), 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', derive('seal', key), raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  const plain = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]);
  return plain.subarray(4, 4 + plain.readUInt32BE(0)).toString('utf8');
}
